import type { IssuePath, ReferenceTarget } from "../issues/issue.js";
import type { Agreement, CitizenPromiseDocument } from "../model/agreement.js";
import type { Cadence } from "../model/cadence.js";
import type { RuleContext } from "./rule.js";

/** A document that rules of scope `document` check: an agreement, or a medborgarlöfte of its own. */
export type RuledDocument = Agreement | CitizenPromiseDocument;

/** What an id names: something a reference can point to, or `other` (a goal, a contact, a change, …). */
export type IdKind = ReferenceTarget | "agreement" | "other";

type Node = Record<string, unknown>;

// The lists whose items' ids a reference can point to, and what they name; the ids of the items of
// any other list (goals, activities, deliverables, follow-ups, contacts, signatories, changes,
// annexes) are declared too, as `other`.
const LIST_KIND: Readonly<Record<string, ReferenceTarget>> = {
  municipalities: "party",
  others: "party",
  actors: "actor",
  forums: "forum",
  focusAreas: "focus_area",
  plans: "plan",
  citizenPromises: "citizen_promise",
  commitments: "commitment",
  decisions: "decision",
};

// The fields that refer to an id, and what they must name; undefined for any other field. (A
// switch, not a table: the walk asks it of every key of a document, and on the real documents the
// whole walk took 7% less time with it than with a Map; decision 36.)
function referenceOf(key: string): ReferenceTarget | undefined {
  switch (key) {
    case "partyId":
      return "party";
    case "forumId":
    case "forumIds":
      return "forum";
    case "actorId":
    case "actorIds":
      return "actor";
    case "focusAreaIds":
      return "focus_area";
    case "planId":
      return "plan";
    case "commitmentId":
      return "commitment";
    case "decisionId":
      return "decision";
    default:
      return undefined;
  }
}

// The fields that hold a cadence: a forum's or follow-up's, a plan's revision, an activity's, a commitment's frequency.
const isCadenceKey = (key: string): boolean => key === "cadence" || key === "revision" || key === "frequency";

// Subtrees the index skips: other agreements named in its lineage, the free-form patches of its
// changes (which compileAgreement checks once applied), and the validity, which holds no ids,
// references or kommunkoder, and whose `terms.revision` is a term clause, not a cadence.
const isForeign = (key: string): boolean => key === "lineage" || key === "patch" || key === "validity";

/**
 * Where something is, as a chain of keys from the document's root, made while walking without
 * copying arrays; {@link pathOf} turns it into an issue's path when a rule reports.
 */
export interface Trail {
  readonly up: Trail | undefined;
  readonly key: string | number;
}

/** The issue path of a trail. */
export function pathOf(trail: Trail | undefined): IssuePath {
  const path: (string | number)[] = [];
  for (let t = trail; t; t = t.up) path.push(t.key);
  return path.reverse();
}

const step = (up: Trail | undefined, key: string | number): Trail => ({ up, key });

/** An id a document declares: what it names, and where (the trail of its `id` field). */
export interface DeclaredId {
  readonly id: string;
  readonly kind: IdKind;
  readonly at: Trail;
}

/** What the rules that look all through a document need, gathered in one walk. */
export interface DocumentIndex {
  /** Every id declared: the document's, the parties', every item of a list whose items have ids. */
  readonly ids: readonly DeclaredId[];
  /** Every reference to an id: `partyId`, `forumId(s)`, `actorId(s)`, `focusAreaIds`, `planId`, `commitmentId`, `decisionId`, an annex's `ref`. */
  readonly references: readonly { readonly id: string; readonly target: ReferenceTarget; readonly at: Trail }[];
  /** Every kommunkod named outside the parties: any part's `municipality`, and the kommuner a contact serves. */
  readonly municipalities: readonly { readonly code: string; readonly at: Trail; readonly contact: boolean }[];
  /** Every cadence outside the validity's term clauses. */
  readonly cadences: readonly { readonly cadence: Cadence; readonly at: Trail }[];
  /** Every follow-up: the document's own, a medborgarlöfte's. */
  readonly followUps: readonly { readonly followUp: Node; readonly at: Trail | undefined }[];
}

/**
 * Indexes a document in one walk (not into its lineage or its changes' patches): the ids it
 * declares, its references, kommunkoder, cadences and follow-ups, each with the trail to it.
 */
export function indexDocument(document: RuledDocument): DocumentIndex {
  const index = {
    ids: [] as DeclaredId[],
    references: [] as DocumentIndex["references"][number][],
    municipalities: [] as DocumentIndex["municipalities"][number][],
    cadences: [] as DocumentIndex["cadences"][number][],
    followUps: [] as DocumentIndex["followUps"][number][],
  };
  const root = document.type === "agreement" ? "agreement" : "citizen_promise";
  // `list` is the key of the list the node is an item of; `contact` whether it is within `contacts`.
  const visit = (node: Node, at: Trail | undefined, list: string | undefined, contact: boolean): void => {
    if (list === "followUps") index.followUps.push({ followUp: node, at });
    if (list === "annexes" && typeof node.ref === "string") index.references.push({ id: node.ref, target: node.kind === "citizen_promise" ? "citizen_promise" : "plan", at: step(at, "ref") });
    // The node's own fields first, then what is inside them (document order, part by part): one
    // pass over the keys, which keeps the parts to go into for after it. The id and kommunkod are
    // found in the pass too: asking every node for them by name costs more than the whole pass.
    let id: string | undefined;
    let municipality: string | undefined;
    let codes: unknown[] | undefined;
    let inner: (string | object)[] | undefined;
    for (const key in node) {
      const value = node[key];
      if (typeof value === "string") {
        if (key === "id") id = value;
        else if (key === "municipality") municipality = value;
        else {
          const target = referenceOf(key);
          if (target !== undefined) index.references.push({ id: value, target, at: step(at, key) });
        }
        continue;
      }
      if (value === null || typeof value !== "object") continue;
      const target = referenceOf(key);
      if (target !== undefined) {
        if (Array.isArray(value)) value.forEach((item, i) => typeof item === "string" && index.references.push({ id: item, target, at: step(step(at, key), i) }));
        continue;
      }
      if (contact && key === "municipalities" && Array.isArray(value)) codes = value;
      else if (isCadenceKey(key) && typeof (value as Node).type === "string") index.cadences.push({ cadence: value as Cadence, at: step(at, key) });
      if (!isForeign(key)) (inner ??= []).push(key, value);
    }
    if (id !== undefined) {
      const kind = at === undefined ? root : at.key === "police" ? "party" : list === undefined ? undefined : (LIST_KIND[list] ?? "other");
      if (kind !== undefined) index.ids.push({ id, kind, at: step(at, "id") });
    }
    if (municipality !== undefined) index.municipalities.push({ code: municipality, at: step(at, "municipality"), contact });
    codes?.forEach((code, i) => typeof code === "string" && index.municipalities.push({ code, at: step(step(at, "municipalities"), i), contact }));
    if (inner === undefined) return;
    for (let k = 0; k < inner.length; k += 2) {
      const key = inner[k] as string;
      const value = inner[k + 1] as object;
      const field = step(at, key);
      if (!Array.isArray(value)) {
        visit(value as Node, field, undefined, contact);
        continue;
      }
      const itemContact = contact || key === "contacts";
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        if (item !== null && typeof item === "object") visit(item as Node, step(field, i), key, itemContact);
      }
    }
  };
  visit(document as unknown as Node, undefined, undefined, false);
  return index;
}

/**
 * A document's index, made once per validation: the rules of one run share it through the run's
 * `context.indexes`; without one (a rule called on its own), it is made anew.
 */
export function indexOf(document: RuledDocument, context: RuleContext): DocumentIndex {
  const memo = context.indexes;
  let index = memo?.get(document) as DocumentIndex | undefined;
  if (!index) {
    index = indexDocument(document);
    memo?.set(document, index);
  }
  return index;
}
