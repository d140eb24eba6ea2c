import type { IssuePath, ReferenceTarget } from "../issues/issue.js";
import type { Agreement, CitizenPromiseDocument } from "../model/agreement.js";
import type { Cadence } from "../model/cadence.js";

/** A document that rules of scope `document` check: an agreement, or a medborgarlöfte of its own. */
export type RuledDocument = Agreement | CitizenPromiseDocument;

/** What an id names, so a reference can say what it should point to. */
export type IdKind = ReferenceTarget | "agreement" | "goal" | "activity" | "deliverable" | "follow_up" | "contact" | "signatory" | "change" | "annex";

type Node = Record<string, unknown>;

// The lists whose items declare ids, and what the ids name.
const LIST_KIND: Readonly<Record<string, IdKind>> = {
  municipalities: "party",
  others: "party",
  actors: "actor",
  forums: "forum",
  focusAreas: "focus_area",
  goals: "goal",
  plans: "plan",
  activities: "activity",
  citizenPromises: "citizen_promise",
  commitments: "commitment",
  deliverables: "deliverable",
  followUps: "follow_up",
  contacts: "contact",
  signatories: "signatory",
  decisions: "decision",
  changes: "change",
  annexes: "annex",
};

// The fields that refer to an id, and what they must name.
const REFERENCE: Readonly<Record<string, ReferenceTarget>> = {
  partyId: "party",
  forumId: "forum",
  forumIds: "forum",
  actorId: "actor",
  actorIds: "actor",
  focusAreaIds: "focus_area",
  planId: "plan",
  commitmentId: "commitment",
  decisionId: "decision",
};

// Subtrees that are not this document's own parts: other agreements named in its lineage, and the
// free-form patches of its changes (which compileAgreement checks once applied).
const FOREIGN = new Set(["lineage", "patch"]);

const isNode = (value: unknown): value is Node => value !== null && typeof value === "object";

/** Calls `visit` for every object in a document (not in its lineage or change patches), with its path. */
export function eachNode(document: RuledDocument, visit: (node: Node, path: IssuePath) => void): void {
  const walk = (value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => isNode(item) && walk(item, [...path, i]));
      return;
    }
    if (!isNode(value)) return;
    visit(value, path);
    for (const key in value) if (!FOREIGN.has(key) && isNode(value[key])) walk(value[key], [...path, key]);
  };
  walk(document, []);
}

/** Calls `visit` for an id, with what it names and a function that gives where it is (built only when asked). */
export type IdVisitor = (id: string, kind: IdKind, path: () => IssuePath) => void;

/**
 * Calls `visit` for every id a document declares: its own, the parties', and every item of a list
 * whose items have ids (forums, focus areas, commitments wherever they are, …). Paths are built
 * only for the ids a rule reports, which keeps valid documents fast.
 */
export function eachDeclaredId(document: RuledDocument, visit: IdVisitor): void {
  eachNode(document, (node, path) => {
    if (typeof node.id !== "string") return;
    const kind = path.length === 0 ? (document.type === "agreement" ? "agreement" : "citizen_promise") : path[path.length - 1] === "police" ? "party" : LIST_KIND[path[path.length - 2] as string];
    if (kind !== undefined) visit(node.id, kind, () => [...path, "id"]);
  });
}

/**
 * Calls `visit` for every reference to an id in a document: `partyId`, `forumId(s)`, `actorId(s)`,
 * `focusAreaIds`, `planId`, `commitmentId`, `decisionId`, and an annex's `ref` (a medborgarlöfte or
 * a plan, by the annex's kind).
 */
export function eachReference(document: RuledDocument, visit: (id: string, target: ReferenceTarget, path: IssuePath) => void): void {
  eachNode(document, (node, path) => {
    for (const key in node) {
      const target = REFERENCE[key];
      const value = node[key];
      if (target === undefined) continue;
      if (typeof value === "string") visit(value, target, [...path, key]);
      else if (Array.isArray(value)) value.forEach((id, i) => typeof id === "string" && visit(id, target, [...path, key, i]));
    }
    if (path[path.length - 2] === "annexes" && typeof node.ref === "string") visit(node.ref, node.kind === "citizen_promise" ? "citizen_promise" : "plan", [...path, "ref"]);
  });
}

/**
 * Calls `visit` for every kommunkod a document names outside its parties: a del 2's kommun, and the
 * `municipality` of any part (forums, goals, plans, commitments, deliverables, medborgarlöften,
 * follow-ups, law duties, decisions, signatories), and the kommuner a contact serves.
 */
export function eachMunicipalityReference(document: RuledDocument, visit: (code: string, path: IssuePath) => void): void {
  eachNode(document, (node, path) => {
    if (typeof node.municipality === "string") visit(node.municipality, [...path, "municipality"]);
    if (path[0] === "contacts" && Array.isArray(node.municipalities)) {
      node.municipalities.forEach((code, j) => typeof code === "string" && visit(code, [...path, "municipalities", j]));
    }
  });
}

// The fields that hold a cadence: a forum's or follow-up's, a plan's revision, an activity's, a commitment's frequency.
const CADENCE_KEYS = ["cadence", "revision", "frequency"] as const;

/** Calls `visit` for every cadence in an agreement, with a function that gives its path. */
export function eachCadence(agreement: Agreement, visit: (cadence: Cadence, path: () => IssuePath) => void): void {
  eachNode(agreement, (node, path) => {
    // `validity.terms.revision` is a term clause, not a cadence.
    if (path[0] === "validity") return;
    for (const key of CADENCE_KEYS) {
      const cadence = node[key];
      if (isNode(cadence) && typeof cadence.type === "string") visit(cadence as Cadence, () => [...path, key]);
    }
  });
}
