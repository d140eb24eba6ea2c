// The examples the page offers, built into their own chunk by `build/examples.ts` and loaded as
// soon as the page has rendered.

/** One example: a seed's or a corpus page's text, or a document as JSON. */
export interface ExampleData {
  /** Stable, for the tests and the address: `seed-text/kavlinge-2019-2022`. */
  readonly id: string;
  readonly group: "seed-text" | "seed-json" | "v1" | "corpus-text" | "corpus-json";
  readonly label: string;
  readonly format: "text" | "json";
  readonly content: string;
  /** Where the text was published, for a corpus page. */
  readonly source?: string;
}

/** The examples, and whether the seeds' and corpus's texts were there when the page was built. */
export async function loadExamples(): Promise<{ list: readonly ExampleData[]; sharedFound: boolean }> {
  const module = await import("virtual:samverkan-examples");
  return { list: module.examples as readonly ExampleData[], sharedFound: module.sharedFound };
}
