// The projection of a document onto the fact vocabulary of facts.ts: what a careful reader of the
// document's render can point to, fact by fact, so that extract(render(doc)) can be scored against
// the document itself.
import type {
  Agreement,
  AgreementDocument,
  Cadence,
  CitizenPromise,
  CitizenPromiseDocument,
  Commitment,
  Forum,
  Signatory,
  ValidityEnd,
  ValidityStart,
} from "@samverkan/core";
import { InvalidArgumentError } from "@samverkan/core";

import { cadenceCode } from "./cadence.js";
import { FACT_KINDS, type Fact, type FactKind } from "./facts.js";

const fact = (kind: FactKind, value: string): Fact => ({ kind, value });

function startValue(start: ValidityStart): string | undefined {
  switch (start.type) {
    case "year":
      return String(start.year);
    case "date":
      return start.date;
    case "from_signing":
      return "signing";
    case "unknown":
      return undefined;
  }
}

function endValue(end: ValidityEnd): string | undefined {
  switch (end.type) {
    case "year":
      return String(end.year);
    case "date":
      return end.date;
    case "open_ended":
      return "open";
    case "duration":
      // A length in whole years is "P2Y"; one with months is said in months ("P18M").
      if (end.months === undefined) return end.years === undefined ? undefined : `P${end.years}Y`;
      return `P${(end.years ?? 0) * 12 + end.months}M`;
    case "unknown":
      return undefined;
  }
}

const two = (n: number): string => String(n).padStart(2, "0");

/** A signature's date in the fact form: the whole date, or what the partial date has ("2019-03", "2019", "--11"). */
function signingDateValue(signatory: Signatory): string | undefined {
  const sig = signatory.signature;
  if (sig?.date !== undefined) return sig.date;
  const p = sig?.partialDate;
  if (p === undefined) return undefined;
  if (p.year !== undefined && p.month !== undefined && p.day !== undefined) return `${p.year}-${two(p.month)}-${two(p.day)}`;
  if (p.year !== undefined && p.month !== undefined) return `${p.year}-${two(p.month)}`;
  if (p.year !== undefined) return String(p.year);
  if (p.month !== undefined && p.day !== undefined) return `--${two(p.month)}-${two(p.day)}`;
  if (p.day !== undefined) return `--${two(p.day)}`;
  return undefined;
}

function cadenceFacts(kind: "forumCadence" | "followUp", cadence: Cadence | undefined): Fact[] {
  return cadence === undefined ? [] : [fact(kind, cadenceCode(cadence))];
}

/** A commitment whose side is named; one that names no side is no fact (the text does not say whose it is). */
function commitmentFacts(commitments: readonly Commitment[] | undefined): Fact[] {
  return (commitments ?? []).flatMap((c) => (c.by === undefined ? [] : [fact("commitment", `${c.by === "actor" ? "other" : c.by}: ${c.text}`)]));
}

function forumFacts(forums: readonly Forum[] | undefined): Fact[] {
  return (forums ?? []).flatMap((f) => [fact("forum", f.name), ...cadenceFacts("forumCadence", f.cadence)]);
}

function signatoryFacts(signatories: readonly Signatory[] | undefined): Fact[] {
  return (signatories ?? []).flatMap((s) => {
    const date = signingDateValue(s);
    return [
      ...(s.name === undefined ? [] : [fact("signatory", s.name)]),
      ...(s.title === undefined ? [] : [fact("signatoryRole", s.title)]),
      ...(s.signature?.place === undefined ? [] : [fact("signingPlace", s.signature.place)]),
      ...(date === undefined ? [] : [fact("signingDate", date)]),
    ];
  });
}

/** What every document has: its parties, decisions and references. */
function commonFacts(doc: Agreement | CitizenPromiseDocument): Fact[] {
  const police = doc.parties.police;
  return [
    ...doc.parties.municipalities.map((m) => fact("kommun", m.code)),
    fact("police", police.asWritten ?? police.localPoliceArea?.asWritten ?? police.name),
    ...(doc.decisions ?? []).flatMap((d) => (d.body === undefined ? [] : [fact("decisionBody", d.body)])),
    ...(doc.references ?? []).map((r) => fact("reference", r.value)),
  ];
}

/** The parts of a medborgarlöfte, wherever it is recorded (its period is the caller's). */
function promiseFacts(promise: CitizenPromise | CitizenPromiseDocument): Fact[] {
  return [
    ...commitmentFacts(promise.commitments),
    ...forumFacts(promise.forums),
    ...(promise.forums ?? []).flatMap((f) => commitmentFacts(f.commitments)),
    ...(promise.followUps ?? []).flatMap((f) => cadenceFacts("followUp", f.cadence)),
    ...signatoryFacts(promise.signatories),
  ];
}

function agreementFacts(a: Agreement): Fact[] {
  const start = startValue(a.validity.start);
  const end = endValue(a.validity.end);
  return [
    ...commonFacts(a),
    ...(start === undefined ? [] : [fact("start", start)]),
    ...(end === undefined ? [] : [fact("end", end)]),
    ...forumFacts(a.forums),
    ...(a.forums ?? []).flatMap((f) => commitmentFacts(f.commitments)),
    ...(a.focusAreas ?? []).flatMap((area) => [fact("focusArea", area.title), ...commitmentFacts(area.commitments)]),
    ...commitmentFacts(a.commitments),
    ...(a.citizenPromises ?? []).flatMap(promiseFacts),
    ...(a.followUps ?? []).flatMap((f) => cadenceFacts("followUp", f.cadence)),
    ...(a.deliverables ?? []).map((d) => fact("deliverable", d.text)),
    ...signatoryFacts(a.signatories),
  ];
}

function promiseDocumentFacts(doc: CitizenPromiseDocument): Fact[] {
  const period = doc.period;
  const end = period.untilReplaced === true ? "open" : period.end;
  return [
    ...commonFacts(doc),
    fact("start", period.start),
    ...(end === undefined ? [] : [fact("end", end)]),
    ...promiseFacts(doc),
    ...(doc.commitments ?? []).map((c) => fact("citizenPromise", c.text)),
  ];
}

/**
 * Whether a value is an object tree that can be walked in bounded time: no list longer than 10,000
 * items, at most a million values in all (a cycle exceeds it), nothing that throws when read.
 */
function isBounded(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  let budget = 1_000_000;
  const stack: object[] = [value];
  try {
    while (stack.length) {
      const node = stack.pop()!;
      // Every value read counts, a list's items as much as an object: a list of 501 items that
      // holds itself is 501 values each time round, not one.
      const keys = Array.isArray(node) ? undefined : Object.keys(node);
      const size = keys ? keys.length : (node as unknown[]).length;
      if (size > 10_000 || (budget -= size) < 0) return false;
      for (let i = 0; i < size; i++) {
        const child = keys ? (node as Record<string, unknown>)[keys[i]!] : (node as unknown[])[i];
        if (child !== null && typeof child === "object") stack.push(child);
      }
    }
  } catch {
    return false;
  }
  return true;
}

/**
 * **Projects** a document onto the fact vocabulary ({@link FactKind}): the facts a careful reader
 * of its text can point to, in the same terms as extraction reports them, so that
 * `extractDraft(renderDocument(doc).text)` can be scored against `doc` with `scoreFacts`.
 *
 * - `kommun`: the kommunkod of each kommun party; `police`: the police side as written
 *   (`asWritten`, else the lokalpolisområde as written, else its name).
 * - `start` / `end`: the validity (`"2019"`, `"2019-03-25"`, `"signing"`, `"open"`, `"P2Y"`,
 *   `"P18M"`; nothing for `unknown`); for a medborgarlöfte document its period (`"open"` when it
 *   runs until replaced).
 * - `forum` and, where it has a cadence, `forumCadence`; `focusArea` by title; `followUp` per
 *   follow-up with a cadence; `deliverable` by text; `decisionBody` per decision with a body;
 *   `reference` per reference.
 * - `commitment`: `"<by>: <text>"` for every commitment whose side is named (top level, in focus
 *   areas, in forums, in medborgarlöften), `by` one of `police`, `municipality`, `joint` and
 *   `other` (an actor); a medborgarlöfte document also gives each commitment as a `citizenPromise`.
 * - `signatory` (name), `signatoryRole` (title as written), `signingPlace`, `signingDate`
 *   (`"2019-03-25"`, `"2019-03"`, `"2019"`, `"--11"` for a day alone).
 *
 * A set gives the facts of each of its agreements. A fact the document states twice is listed once;
 * the facts are in the order of {@link FACT_KINDS}. Never throws on a valid document.
 *
 * @param doc - a valid document (as `validateAgreement` returns it)
 * @returns its facts
 * @example
 * const facts = factsOf({
 *   schemaVersion: 2,
 *   type: "agreement",
 *   id: "kavlinge-2019-2022",
 *   title: "Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022",
 *   structure: { type: "single" },
 *   parties: {
 *     police: { id: "polisen", name: "Polismyndigheten", asWritten: "Lokalpolisområde Kävlinge" },
 *     municipalities: [{ id: "kavlinge", code: "1261", name: "Kävlinge kommun" }],
 *   },
 *   validity: { start: { type: "year", year: 2019 }, end: { type: "year", year: 2022 } },
 * });
 * // [{ kind: "kommun", value: "1261" }, { kind: "police", value: "Lokalpolisområde Kävlinge" },
 * //  { kind: "start", value: "2019" }, { kind: "end", value: "2022" }]
 */
export function factsOf(doc: AgreementDocument): Fact[] {
  // Plain data with lists it can read (not a sparse list of billions, not a cycle): anything else is not read.
  if (!isBounded(doc)) throw new InvalidArgumentError("factsOf", "doc");
  try {
    return factsOfDocument(doc);
  } catch {
    throw new InvalidArgumentError("factsOf", "doc");
  }
}

function factsOfDocument(doc: AgreementDocument): Fact[] {
  const all =
    doc.type === "agreement" ? agreementFacts(doc) : doc.type === "agreement_set" ? doc.agreements.flatMap(agreementFacts) : promiseDocumentFacts(doc);
  const seen = new Set<string>();
  const unique = all.filter((f) => {
    const key = `${f.kind}\u0000${f.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (kind: FactKind) => FACT_KINDS.indexOf(kind);
  // A stable sort: within a kind, the order of the document.
  return unique.map((f, i) => [f, i] as const).sort((a, b) => rank(a[0].kind) - rank(b[0].kind) || a[1] - b[1]).map(([f]) => f);
}
