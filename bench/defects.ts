// Realistic defects for the benchmark's invalid documents: the mistakes people make when they
// write an agreement down as data. Structural ones break the shape (the schema rejects them, and
// so does the JSON Schema); semantic ones keep the shape and break a rule only
// `validateAgreement` knows (ajv accepts those documents).
/* eslint-disable @typescript-eslint/no-explicit-any -- defects deliberately break the types */
import type { Agreement, IssueCode, IssuePath } from "@samverkan/core";
import { addDays, isLeap } from "./dates.js";
import type { Random } from "./random.js";
import { KOMMUNKODER } from "./swedish.js";

/** One defect put into a document, with the issue it must produce. */
export interface Defect {
  /** What was done, e.g. `impossible_date`. */
  readonly name: DefectName;
  /** `structural`: the shape is wrong; `semantic`: a rule is broken. */
  readonly kind: "structural" | "semantic";
  /** The issue code `validateAgreement` must report for it. */
  readonly code: IssueCode;
  /** Where that issue must be, when the defect determines it. */
  readonly path?: IssuePath;
}

/** The kinds of defect. */
export type DefectName =
  | "impossible_date"
  | "short_municipality_code"
  | "missing_title"
  | "unknown_key"
  | "wrong_type"
  | "unknown_enum_value"
  | "end_before_start"
  | "unknown_municipality_code"
  | "duplicate_id"
  | "signature_after_validity"
  | "dangling_party_id";

type Doc = any;

interface Site {
  readonly path: IssuePath;
  /** Writes the broken value. */
  readonly apply: () => void;
  /** The issue code at this site, where it is not the spec's. */
  readonly code?: IssueCode;
}

interface DefectSpec {
  readonly name: DefectName;
  readonly kind: Defect["kind"];
  readonly code: IssueCode;
  /** Where this defect could go in `doc`; empty when it does not fit this document. */
  sites(doc: Doc, rng: Random): Site[];
  /** Whether the reported path is the site's path (not so for duplicates, reported at the later one). */
  readonly exactPath?: boolean;
}

const key = (path: IssuePath) => path.join(".");

// The highest code in län `lan` that is no kommun's ("1299" in Skåne).
function unknownCode(lan: string): string {
  for (let n = 99; n > 0; n--) {
    const code = `${lan}${String(n).padStart(2, "0")}`;
    if (!KOMMUNKODER.includes(code)) return code;
  }
  return "9999";
}

// Every civil date in the document, with a setter.
// A medborgarlöfte's period is a partial date ("2024", "2024-05" or a civil date): an impossible day
// there fails the partial date's format (`invalid_format`), not the civil date's (`invalid_date`).
function dateSites(doc: Doc): { path: IssuePath; partial: boolean; get: () => string; set: (v: string) => void }[] {
  const out: { path: IssuePath; partial: boolean; get: () => string; set: (v: string) => void }[] = [];
  const at = (obj: any, field: string, path: IssuePath) => {
    if (obj && typeof obj[field] === "string") out.push({ path, partial: path[0] === "citizenPromises", get: () => obj[field], set: (v) => (obj[field] = v) });
  };
  at(doc.validity?.start, "date", ["validity", "start", "date"]);
  at(doc.validity?.end, "date", ["validity", "end", "date"]);
  doc.signatories?.forEach((s: any, i: number) => at(s.signature, "date", ["signatories", i, "signature", "date"]));
  doc.plans?.forEach((p: any, i: number) => p.activities?.forEach((a: any, j: number) => at(a, "due", ["plans", i, "activities", j, "due"])));
  doc.citizenPromises?.forEach((p: any, i: number) => {
    at(p.period, "start", ["citizenPromises", i, "period", "start"]);
    at(p.period, "end", ["citizenPromises", i, "period", "end"]);
  });
  return out;
}

// The agreement's validity as civil dates, as the rules resolve it (start may be unknown).
function resolved(doc: Agreement): { start: string | undefined; end: string | "open" } {
  const { start, end } = doc.validity;
  const signed = (doc.signatories ?? []).map((s) => s.signature?.date).filter((d): d is string => d !== undefined).sort();
  return {
    start: start.type === "date" ? start.date : start.type === "year" ? `${start.year}-01-01` : signed[signed.length - 1],
    end: end.type === "date" ? end.date : end.type === "year" ? `${end.year}-12-31` : "open",
  };
}

const SPECS: readonly DefectSpec[] = [
  {
    // 2023-02-30, 2025-04-31, 29 February in a common year: typed by hand, never by a calendar.
    name: "impossible_date",
    kind: "structural",
    code: "invalid_date",
    exactPath: true,
    sites: (doc, rng) =>
      dateSites(doc).map((site) => ({
        path: site.path,
        ...(site.partial ? { code: "invalid_format" as const } : {}),
        apply: () => {
          const y = Number(site.get().slice(0, 4));
          site.set(rng.pick([`${y}-02-30`, `${y}-04-31`, `${y}-06-31`, `${y}-09-31`, `${y}-11-31`, isLeap(y) ? `${y}-02-30` : `${y}-02-29`]));
        },
      })),
  },
  {
    // A kommunkod that lost a digit (a spreadsheet ate the leading zero, or a digit was dropped).
    name: "short_municipality_code",
    kind: "structural",
    code: "invalid_format",
    exactPath: true,
    sites: (doc) =>
      doc.parties.municipalities.map((m: any, i: number) => ({
        path: ["parties", "municipalities", i, "code"],
        apply: () => (m.code = m.code.startsWith("0") ? m.code.slice(1) : m.code.slice(0, 3)),
      })),
  },
  {
    name: "missing_title",
    kind: "structural",
    code: "missing_field",
    exactPath: true,
    sites: (doc) => ("title" in doc ? [{ path: ["title"], apply: () => delete doc.title }] : []),
  },
  {
    // A Swedish key where the format has an English one: "titel", "namn", "beskrivning".
    name: "unknown_key",
    kind: "structural",
    code: "unknown_field",
    exactPath: true,
    sites: (doc) => [
      ...("title" in doc ? [{ path: ["titel"], apply: () => ((doc.titel = doc.title), delete doc.title) }] : []),
      ...(doc.forums ?? []).map((f: any, i: number) => ({ path: ["forums", i, "namn"], apply: () => ((f.namn = f.name), delete f.name) })),
      ...(doc.focusAreas ?? []).map((a: any, i: number) => ({ path: ["focusAreas", i, "beskrivning"], apply: () => (a.beskrivning = a.description ?? a.title) })),
    ],
  },
  {
    // A number as text, "ja" for true, a list written as one string.
    name: "wrong_type",
    kind: "structural",
    code: "invalid_type",
    exactPath: true,
    sites: (doc) => [
      ...(doc.citizenPromises ?? []).flatMap((p: any, i: number) =>
        p.commitments.flatMap((c: any, j: number) =>
          c.quantity ? [{ path: ["citizenPromises", i, "commitments", j, "quantity", "count"], apply: () => (c.quantity.count = String(c.quantity.count)) }] : [],
        ),
      ),
      ...(doc.signatories ?? []).map((s: any, i: number) => ({ path: ["signatories", i, "acting"], apply: () => (s.acting = "ja") })),
      ...(doc.validity.start.type === "year" ? [{ path: ["validity", "start", "year"], apply: () => (doc.validity.start.year = String(doc.validity.start.year)) }] : []),
      ...(doc.forums ?? []).map((f: any, i: number) => ({ path: ["forums", i, "members"], apply: () => (f.members = "Kommunpolis, säkerhetschef och Brå-samordnare") })),
    ],
  },
  {
    // A value outside a closed list, as people say it: forum kind "brå", role "kommunpolis".
    name: "unknown_enum_value",
    kind: "structural",
    code: "invalid_value",
    exactPath: true,
    sites: (doc) => [
      ...(doc.forums ?? []).map((f: any, i: number) => ({ path: ["forums", i, "kind"], apply: () => (f.kind = "brå") })),
      ...(doc.focusAreas ?? []).map((a: any, i: number) => ({ path: ["focusAreas", i, "kind"], apply: () => (a.kind = "trygghet") })),
      ...(doc.contacts ?? []).map((c: any, i: number) => ({ path: ["contacts", i, "role"], apply: () => (c.role = "kommunpolis") })),
    ],
  },
  {
    // The end year typed before the start year ("2019–2017"), or a date a year too early.
    name: "end_before_start",
    kind: "semantic",
    code: "validity_end_before_start",
    exactPath: true,
    sites: (doc) => {
      const { start } = resolved(doc);
      if (start === undefined) return [];
      const y = Number(start.slice(0, 4));
      return [
        {
          path: ["validity", "end"],
          apply: () => {
            doc.validity.end = doc.validity.start.type === "year" ? { type: "year", year: y - 1 } : { type: "date", date: addDays(start, -365) };
            delete doc.validity.asWritten;
          },
        },
      ];
    },
  },
  {
    // A four-digit code that is no kommun's, in the right län: 1299 in Skåne.
    name: "unknown_municipality_code",
    kind: "semantic",
    code: "unknown_municipality_code",
    exactPath: true,
    sites: (doc) =>
      doc.parties.municipalities.map((m: any, i: number) => ({
        path: ["parties", "municipalities", i, "code"],
        apply: () => (m.code = unknownCode(m.code.slice(0, 2))),
      })),
  },
  {
    // A copied item whose id was not changed.
    name: "duplicate_id",
    kind: "semantic",
    code: "duplicate_id",
    exactPath: true,
    sites: (doc) => {
      const lists: { path: IssuePath; items: any[] }[] = [
        { path: ["goals"], items: doc.goals ?? [] },
        { path: ["followUps"], items: doc.followUps ?? [] },
        ...(doc.plans ?? []).map((p: any, i: number) => ({ path: ["plans", i, "activities"], items: p.activities ?? [] })),
        ...(doc.citizenPromises ?? []).map((p: any, i: number) => ({ path: ["citizenPromises", i, "commitments"], items: p.commitments })),
      ];
      return lists
        .filter((l) => l.items.length >= 2)
        .map((l) => ({ path: [...l.path, 1, "id"], apply: () => (l.items[1].id = l.items[0].id) }));
    },
  },
  {
    // A signature dated after the agreement ended: the wrong year, or signed far too late.
    name: "signature_after_validity",
    kind: "semantic",
    code: "signature_after_validity",
    exactPath: true,
    sites: (doc, rng) => {
      const { end } = resolved(doc);
      if (end === "open") return [];
      return (doc.signatories ?? []).map((s: any, i: number) => ({
        path: ["signatories", i, "signature", "date"],
        apply: () => {
          s.signature = { ...s.signature, date: addDays(end, rng.int(10, 400)) };
          delete s.signature.partialDate;
        },
      }));
    },
  },
  {
    // A partyId that names the party in words instead of by its id.
    name: "dangling_party_id",
    kind: "semantic",
    code: "unknown_reference",
    exactPath: true,
    sites: (doc, rng) => [
      ...(doc.contacts ?? []).map((c: any, i: number) => ({ path: ["contacts", i, "partyId"], apply: () => (c.partyId = rng.pick(["kommunen", "polismyndigheten"])) })),
      ...(doc.signatories ?? []).map((s: any, i: number) => ({ path: ["signatories", i, "partyId"], apply: () => (s.partyId = rng.pick(["kommunen", "polismyndigheten"])) })),
    ],
  },
];

/**
 * Puts 1–3 different defects, structural and semantic mixed, into a valid agreement (in place).
 * No two defects touch the same field, so each still produces its issue.
 *
 * @param doc - a valid agreement; it is changed
 * @param rng - the random source
 * @returns what was done, with the issue each must produce
 */
export function addDefects(doc: Agreement, rng: Random): Defect[] {
  const wanted = rng.weighted([[1, 50], [2, 30], [3, 20]] as const);
  const touched = new Set<string>(); // paths written, and the paths above them
  const defects: Defect[] = [];
  const conflicts = (path: IssuePath) => {
    const k = key(path);
    for (const t of touched) if (t === k || t.startsWith(`${k}.`) || k.startsWith(`${t}.`)) return true;
    return false;
  };
  for (const spec of rng.sample(SPECS, SPECS.length)) {
    if (defects.length === wanted) break;
    const sites = spec.sites(doc, rng).filter((s) => !conflicts(s.path));
    if (!sites.length) continue;
    const site = rng.pick(sites);
    site.apply();
    touched.add(key(site.path));
    // Fields the validity rules read: keep later defects off them so the rule still fires.
    if (spec.name === "end_before_start" || spec.name === "signature_after_validity") {
      touched.add("validity");
      (doc.signatories ?? []).forEach((_, i) => touched.add(key(["signatories", i, "signature"])));
    }
    if (spec.name === "missing_title" || (spec.name === "unknown_key" && key(site.path) === "titel")) touched.add("title");
    defects.push({ name: spec.name, kind: spec.kind, code: site.code ?? spec.code, ...(spec.exactPath ? { path: site.path } : {}) });
  }
  return defects;
}
