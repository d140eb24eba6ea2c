import { InvalidArgumentError } from "@samverkan/core";
/**
 * The kinds of fact that extraction reads from an agreement's text, and the form of each value.
 * A fact is one thing a careful reader can point to in the text: one kommun, the start, one forum,
 * one signatory's name. Extraction is measured fact by fact against a ground truth in the same
 * terms, and {@link factsOf} projects a document onto them, so that `extract(render(doc))` can be
 * checked against `doc`.
 *
 * | `kind` | value |
 * | --- | --- |
 * | `kommun` | the kommunkod of a kommun that is a party (`"1261"`) |
 * | `police` | the police side as written (`"Lokalpolisområde Kävlinge"`, `"LPO Järva"`) |
 * | `start` | when the agreement (or medborgarlöfte) starts: `"2019"`, `"2019-03"`, `"2019-03-25"` or `"signing"` |
 * | `end` | when it ends: `"2022"`, `"2022-12"`, `"2022-12-31"`, `"open"` (tills vidare, löpande) or a length, `"P2Y"`, `"P18M"` |
 * | `forum` | the name of a forum the parties meet in, as written (`"Rådet för trygghet och hälsa"`) |
 * | `forumCadence` | how often a named forum meets, as a cadence code (below) |
 * | `focusArea` | the title of a prioriterat område, fokusområde or insatsområde, as written |
 * | `commitment` | one commitment of one side, `"<by>: <text>"` with `by` one of `police`, `municipality`, `joint`, `other` |
 * | `followUp` | how often the work is followed up, as a cadence code |
 * | `deliverable` | a one-off thing to produce (a lägesbild, an action plan, a report), as written |
 * | `citizenPromise` | one promise of a medborgarlöfte, as written |
 * | `decisionBody` | a body that decides on or adopts the agreement (`"kommunstyrelsen"`) |
 * | `signatory` | a signatory's name, as written |
 * | `signatoryRole` | a signatory's role or title, as written (`"kommunstyrelsens ordförande"`) |
 * | `signingPlace` | where it was signed (`"Kävlinge"`) |
 * | `signingDate` | when it was signed: `"2019-03-25"`, `"2019-03"`, `"2019"`, or a day alone as `"--11"` ("Kävlinge den 11") |
 * | `reference` | a diarienummer or other reference, as written (`"KSN-2014-1450"`) |
 *
 * Cadence codes are core's cadence types (`weekly`, `monthly`, `quarterly`, `tertial`,
 * `half_yearly`, `yearly`, `per_mandate_period`, `when_needed`, `continuous`, …), with the number
 * for the kinds that have one: `every_n_weeks:2`, `every_n_years:3`; and `times_per_year:4` where the
 * text says "fyra gånger per år" without a calendar unit.
 *
 * @example
 * const fact: FactKind = "signingPlace";
 */
export type FactKind =
  | "kommun"
  | "police"
  | "start"
  | "end"
  | "forum"
  | "forumCadence"
  | "focusArea"
  | "commitment"
  | "followUp"
  | "deliverable"
  | "citizenPromise"
  | "decisionBody"
  | "signatory"
  | "signatoryRole"
  | "signingPlace"
  | "signingDate"
  | "reference";

/**
 * Every {@link FactKind}, in the order a report lists them.
 *
 * @example
 * for (const kind of FACT_KINDS) console.log(kind); // "kommun", "police", "start", …
 */
export const FACT_KINDS: readonly FactKind[] = [
  "kommun",
  "police",
  "start",
  "end",
  "forum",
  "forumCadence",
  "focusArea",
  "commitment",
  "followUp",
  "deliverable",
  "citizenPromise",
  "decisionBody",
  "signatory",
  "signatoryRole",
  "signingPlace",
  "signingDate",
  "reference",
];

/**
 * What each {@link FactKind} is called, in Swedish and English: the labels of
 * {@link explainExtraction}'s report, for an app that lists facts in its own way.
 *
 * @example
 * for (const kind of FACT_KINDS) console.log(FACT_LABELS.sv[kind]); // "Kommun", "Polisen", "Gäller från", …
 */
export const FACT_LABELS: Readonly<Record<"sv" | "en", Readonly<Record<FactKind, string>>>> = {
  sv: {
    kommun: "Kommun",
    police: "Polisen",
    start: "Gäller från",
    end: "Gäller till",
    forum: "Forum",
    forumCadence: "Forumets mötesfrekvens",
    focusArea: "Prioriterat område",
    commitment: "Åtagande",
    followUp: "Uppföljning",
    deliverable: "Ska tas fram",
    citizenPromise: "Medborgarlöfte",
    decisionBody: "Beslutande organ",
    signatory: "Undertecknare",
    signatoryRole: "Undertecknarens roll",
    signingPlace: "Ort",
    signingDate: "Datum",
    reference: "Diarienummer",
  },
  en: {
    kommun: "Kommun",
    police: "Police",
    start: "Valid from",
    end: "Valid until",
    forum: "Forum",
    forumCadence: "Forum meets",
    focusArea: "Priority area",
    commitment: "Commitment",
    followUp: "Follow-up",
    deliverable: "To be produced",
    citizenPromise: "Citizen promise",
    decisionBody: "Deciding body",
    signatory: "Signatory",
    signatoryRole: "Signatory's role",
    signingPlace: "Place",
    signingDate: "Date",
    reference: "Reference",
  },
};

/**
 * One fact: its kind and its value in the form {@link FactKind} gives.
 *
 * @example
 * const fact: Fact = { kind: "start", value: "2019" };
 */
export interface Fact {
  /** What the fact is, see {@link FactKind}. */
  readonly kind: FactKind;
  /** Its value, in the form the kind gives. */
  readonly value: string;
}

// Kinds whose values are codes and compare exactly; names, where one written form contained in
// another names the same thing; and sentences, which compare loosely.
const CODE_KINDS: ReadonlySet<FactKind> = new Set(["kommun", "start", "end", "forumCadence", "followUp", "signingDate"]);
const NAME_KINDS: ReadonlySet<FactKind> = new Set(["police", "forum", "focusArea", "deliverable", "decisionBody", "signatory", "signatoryRole", "signingPlace"]);

// The most facts `scoreFacts` compares pairwise in one list (a document has tens), and the longest
// fact text `sameFact` compares: more is not a fact of an agreement.
const MAX_FACTS = 1_000;
const MAX_FACT_LENGTH = 100_000;

/**
 * Text as facts compare it: lower case, Swedish letters kept, punctuation and repeated space
 * dropped, "LPO" read as "lokalpolisområde".
 *
 * @example
 * normalizeFactText("LPO Luleå/Boden"); // "lokalpolisområde luleå boden"
 */
export function normalizeFactText(text: string): string {
  if (typeof text !== "string") throw new InvalidArgumentError("normalizeFactText", "text");
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\blpo\b/g, "lokalpolisområde")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function stems(text: string): string {
  return text
    .split(" ")
    .map((word) => (word.length > 4 ? word.replace(/(?:erna|arna|orna|en|et|er|ar|or|a|n)$/u, "") : word))
    .join(" ");
}

function tokens(text: string): string[] {
  return normalizeFactText(text).split(" ").filter(Boolean);
}

/**
 * Whether two values of the same kind say the same thing. Codes (kommunkod, dates, cadences) must be
 * equal; references equal up to spaces and case; names (a forum, a focus area, a role) equal once
 * normalised or one containing the other as whole words, without their Swedish endings ("EST" in
 * "Effektiv samordning för trygghet (EST)", "strategiska samverkansgruppen" in "Central strategisk
 * samverkansgrupp"); sentences (a commitment, a promise) equal once normalised, opening with the
 * same sentence (of five words or more), or sharing at least 80% of the longer one's words.
 *
 * @example
 * sameFact("forum", "EST", "Effektiv samordning för trygghet (EST)"); // true
 * sameFact("start", "2019", "2019-01-01"); // false: codes compare exactly
 */
export function sameFact(kind: FactKind, a: string, b: string): boolean {
  if (typeof kind !== "string" || !FACT_KINDS.includes(kind)) throw new InvalidArgumentError("sameFact", "kind");
  if (typeof a !== "string" || a.length > MAX_FACT_LENGTH) throw new InvalidArgumentError("sameFact", "a");
  if (typeof b !== "string" || b.length > MAX_FACT_LENGTH) throw new InvalidArgumentError("sameFact", "b");
  if (CODE_KINDS.has(kind)) return a === b;
  if (kind === "reference") return a.replace(/\s+/g, "").toUpperCase() === b.replace(/\s+/g, "").toUpperCase();
  const na = normalizeFactText(a);
  const nb = normalizeFactText(b);
  if (na === nb) return true;
  const [shorter, longer] = na.length <= nb.length ? [na, nb] : [nb, na];
  if (NAME_KINDS.has(kind)) {
    // Names compare without their Swedish endings: "strategiska samverkansgruppen" is the
    // "Central strategisk samverkansgrupp".
    const [ls, ll] = [stems(shorter), stems(longer)];
    return ls.length > 0 && ` ${ll} `.includes(` ${ls} `);
  }
  // A list item of several sentences is the same item when it opens with the same sentence.
  const first = (text: string) => normalizeFactText(text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? "");
  const [fa, fb] = [first(a), first(b)];
  if (fa === fb && fa.split(" ").length >= 5) return true;
  // Sentences: at least 80% of the longer one's words are in the other (as many times).
  const counts = new Map<string, number>();
  for (const word of tokens(shorter)) counts.set(word, (counts.get(word) ?? 0) + 1);
  let shared = 0;
  for (const word of tokens(longer)) {
    const n = counts.get(word) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(word, n - 1);
    }
  }
  return shared >= 0.8 * tokens(longer).length;
}

/**
 * How well a list of facts found matches the facts expected: each expected fact is matched to at
 * most one found fact of the same kind ({@link sameFact}), in order.
 *
 * @example
 * const score = scoreFacts([{ kind: "kommun", value: "1261" }], [{ kind: "kommun", value: "1261" }]);
 * score.recall; // 1
 */
export function scoreFacts(
  expected: readonly Fact[],
  found: readonly Fact[],
): { readonly matched: number; readonly missed: readonly Fact[]; readonly invented: readonly Fact[]; readonly recall: number; readonly precision: number } {
  // Every pair is compared: lists of facts (a document has tens) longer than MAX_FACTS are not scored.
  const [wanted, got] = [readFacts(expected, "expected"), readFacts(found, "found")];
  const used = new Array<boolean>(got.length).fill(false);
  const missed: Fact[] = [];
  for (const fact of wanted) {
    const at = got.findIndex((f, i) => !used[i] && f.kind === fact.kind && sameFact(fact.kind, fact.value, f.value));
    if (at < 0) missed.push(fact.fact);
    else used[at] = true;
  }
  const invented = got.filter((_, i) => !used[i]).map((f) => f.fact);
  const matched = wanted.length - missed.length;
  return {
    matched,
    missed,
    invented,
    recall: wanted.length === 0 ? 1 : matched / wanted.length,
    precision: got.length === 0 ? 1 : (got.length - invented.length) / got.length,
  };
}

/**
 * A list of facts read once, item by item (a hole is not a fact), each with the kind and value it
 * had when read: what `scoreFacts` compares, whatever a getter or a proxy returns later.
 *
 * @throws InvalidArgumentError when `list` is not a list of at most MAX_FACTS facts
 */
function readFacts(list: readonly Fact[], name: "expected" | "found"): { readonly fact: Fact; readonly kind: FactKind; readonly value: string }[] {
  const out: { fact: Fact; kind: FactKind; value: string }[] = [];
  try {
    // The length read once: the list checked against MAX_FACTS is the list walked.
    const length = Array.isArray(list) ? list.length : Infinity;
    if (length <= MAX_FACTS) {
      for (let i = 0; i < length; i++) {
        const fact: unknown = list[i];
        if (fact === null || typeof fact !== "object") break;
        const { kind, value } = fact as Partial<Record<"kind" | "value", unknown>>;
        if (typeof kind !== "string" || !FACT_KINDS.includes(kind as FactKind) || typeof value !== "string" || value.length > MAX_FACT_LENGTH) break;
        out.push({ fact: fact as Fact, kind: kind as FactKind, value });
      }
      if (out.length === length) return out;
    }
  } catch {
    // a revoked proxy, a getter that throws: not a list of facts
  }
  throw new InvalidArgumentError("scoreFacts", name);
}
