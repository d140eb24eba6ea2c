// Stands in for codemirror-json-schema's JSON5 and YAML parsers (see `build/stubs.ts`): the page
// edits JSON only, so these modes are never asked for.

function unused(): never {
  throw new Error("The playground edits JSON only");
}

/** Not used: the page has no JSON5 mode. */
export const parseJSON5DocumentState = unused;
/** Not used: the page has no JSON5 mode. */
export const parseJSON5Document = unused;
/** Not used: the page has no YAML mode. */
export const parseYAMLDocumentState = unused;
/** Not used: the page has no YAML mode. */
export const parseYAMLDocument = unused;
