// One fuzz target per public function of every package: how to make its arguments (hostile
// values, and structure-aware mutations of real documents), how to call it, and which thrown
// errors are its documented, coded ones. `exportsWithoutTarget` (see enumerate.ts) fails the
// suite when an export has none.
import fc from "fast-check";
import type { Corpus } from "./corpus.js";
import { anyValue, hostileValue, Lazy, marker, materialize, mutate, rng, withoutMarkers } from "./hostile.js";

/** The packages' entry points as the worker loads them. */
export interface Modules {
  readonly core: Record<string, unknown>;
  readonly compiled: Record<string, unknown>;
  readonly kommuner: Record<string, unknown>;
  readonly calendar: Record<string, unknown>;
  readonly document: Record<string, unknown>;
  readonly pdf: Record<string, unknown>;
  readonly cli: Record<string, unknown>;
}

/** Which entry point an export comes from. */
export type Entry = keyof Modules;

/** A fuzz target: one public function. */
export interface Target {
  /** `entry:path`, such as `core:scheduleObligations` or `kommuner:configurations.single.check`; the export it covers. */
  readonly name: string;
  /** The arguments of one call. */
  readonly args: (corpus: Corpus) => fc.Arbitrary<unknown[]>;
  /** Calls it (may return a promise). */
  readonly call: (fn: (...args: unknown[]) => unknown, args: unknown[], modules: Modules) => unknown;
  /** The names of the errors it documents throwing, each with a `code` (anything else thrown is a failure). */
  readonly throws?: readonly string[];
  /** Its output is the caller's text by design (the CLI's file names, a normalised name): only thrown errors and logs are checked for echoes. */
  readonly echoesByDesign?: boolean;
  /** Runs per CI pass, when fewer than the default (a slow function). */
  readonly ciRuns?: number;
  /** Its time limit per call in milliseconds, when longer than the default. */
  readonly timeoutMs?: number;
  /**
   * Why its failures do not fail the run yet (a package under rework by another change): they are
   * counted and shown, marked, and must be fixed there. Remove the flag once they are.
   */
  readonly pending?: string;
}

/** The thrown error of core's functions that return a plain value. */
const INVALID = ["InvalidArgumentError"];

// ---- argument makers ---------------------------------------------------------------------------

const seeded = fc.integer({ min: 0, max: 2 ** 31 - 1 });

/** A value drawn from `base` (fresh copies), mutated most of the time, or anything at all. */
function from(base: readonly unknown[], weights = { as: 1, mutated: 4, any: 1 }): fc.Arbitrary<unknown> {
  const arbs: fc.WeightedArbitrary<unknown>[] = [{ weight: weights.any, arbitrary: anyValue() }];
  if (base.length) {
    arbs.push({ weight: weights.as, arbitrary: fc.nat(base.length - 1).map((i) => structuredClone(base[i])) });
    arbs.push({ weight: weights.mutated, arbitrary: fc.tuple(fc.nat(base.length - 1), seeded).map(([i, s]) => new Lazy(() => mutate(base[i], s), null)) });
  }
  return fc.oneof(...arbs);
}

/** Validated documents (shared values: a function that changes one is caught by the mutation check), mutated copies, or anything. */
const documentArg = (c: Corpus) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...c.validated) },
    { weight: 5, arbitrary: from(c.documents, { as: 0, mutated: 1, any: 0 }) },
    { weight: 1, arbitrary: from(c.v1, { as: 1, mutated: 1, any: 0 }) },
    { weight: 2, arbitrary: anyValue() },
  );

const WINDOWS = [
  { window: { from: "2025-01-01", to: "2026-12-31" } },
  { window: { from: "2016-01-01", to: "2030-12-31" }, nonWorkingDays: "keep", summerPause: true },
  { window: { from: "2023-01-01", to: "2024-06-30" }, renewalLeadMonths: 12, followUpLagDays: 60, lawIntervalMonths: 12 },
  { window: { to: "2027-12-31" }, withoutLaw: true, annualReportDue: { month: 3, day: 31 }, signingDates: { x: "2024-01-01" } },
  { window: { from: "1950-01-01", to: "2049-12-31" }, safetySurveyCadence: { type: "yearly", anchor: { type: "month", month: 10 } } },
  { citizenPromiseCalendar: { signing: { from: 1, to: 3 } }, nonWorkingDays: { deadlines: "next", meetings: "drop" } },
  {},
];

const scheduleOptions = () => fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: from(WINDOWS) });

const statusOptions = (c: Corpus) =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc
        .tuple(from(WINDOWS, { as: 2, mutated: 1, any: 0 }), fc.constantFrom("2026-02-01", "2024-06-15", "2019-01-01"), fc.option(from(c.completions, { as: 2, mutated: 2, any: 1 })))
        .map(([w, today, completions]) => new Lazy(() => ({ ...(w as object), today, ...(completions !== null && { completions: materialize(completions) }) }), w)),
    },
    { weight: 2, arbitrary: from([{ today: "2026-02-01", completions: c.completions[0] ?? [], dueSoonDays: 14, horizonMonths: 6, lookbackMonths: 3 }]) },
    { weight: 1, arbitrary: anyValue() },
  );

const text = (c: Corpus) =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...c.texts) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...c.texts), seeded).map(([t, s]) => mutateText(t, s)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    { weight: 1, arbitrary: anyValue() },
  );

/** A text cut, spliced, with markers, control characters and long runs planted in it. */
function mutateText(t: string, seed: number): string {
  const r = rng(seed);
  let out = t;
  for (let k = 0, n = 1 + Math.floor(r() * 4); k < n; k++) {
    const at = Math.floor(r() * (out.length + 1));
    const pieces = [marker(k), "\u0000", "\r\n\r\n", "§".repeat(1000), "2024-13-45", "\ud800", " ".repeat(5000), "| a | b |\n| - | - |\n", "<script>", out.slice(0, 200)];
    const piece = pieces[Math.floor(r() * pieces.length)]!;
    out = r() < 0.2 ? out.slice(0, at) : out.slice(0, at) + piece + out.slice(at);
  }
  return out;
}


/**
 * The tier of a validator an input meets (validate/parsers.ts): zod alone for a validator's first
 * document, the fast path's tree from its second, its generated code from its 1,000th (decision
 * 36). Drawn with the input, so that a call run again alone (`--index`) meets the same tier.
 */
const TIERS = { zod: 0, tree: 1, generated: 999 } as const;
type Tier = keyof typeof TIERS;
const tier = (weights: Record<Tier, number>) => fc.oneof(...(Object.keys(TIERS) as Tier[]).map((t) => ({ weight: weights[t], arbitrary: fc.constant(t) })));

const warmed = new Map<string, unknown>();
/**
 * A validator at `t`: for `zod` a new one each call; otherwise one per worker and tier, made by
 * `make` and given `null` until its next document meets that tier (a validator counts every call).
 */
function validatorAt<V extends (d: unknown) => unknown>(key: string, t: Tier, make: () => V): V {
  if (t === "zod") return make();
  const id = `${key}/${t}`;
  let v = warmed.get(id) as V | undefined;
  if (!v) {
    v = make();
    for (let i = 0; i < TIERS[t]; i++) v(null);
    warmed.set(id, v);
  }
  return v;
}

/** Every public function's target, or a maker of them (rules, messages, adapters). */
export function targets(modules: Modules): Target[] {
  const list: Target[] = [];
  const add = (t: Target) => list.push(t);
  const plain = (name: string, args: (c: Corpus) => fc.Arbitrary<unknown[]>, extra: Partial<Target> = {}) =>
    add({ name, args, call: (fn, a) => fn(...a), throws: INVALID, ...extra });

  // core: validation, migration, scheduling, status
  plain("core:validateAgreement", (c) => fc.tuple(fc.oneof(documentArg(c), documentArg(c).map((d) => new Lazy(() => safeJson(materialize(d)), d))), fc.option(from([{ asOf: "2026-01-01", severity: { contact_missing: "error" }, lawIntervalMonths: 12 }]), { nil: undefined })));
  plain("core:assertValidAgreement", (c) => fc.tuple(documentArg(c), fc.option(from([{ asOf: "2026-01-01" }]), { nil: undefined })), { throws: ["AgreementValidationError"] });
  add({
    name: "core:createAgreementValidator",
    // Core's own schema, at each tier of the validator made of it; or anything else, made each time (its coded throw).
    args: (c) => fc.tuple(fc.oneof(fc.constant("schema"), anyValue()), documentArg(c), tier({ zod: 1, tree: 1, generated: 1 })),
    call: (fn, [schema, doc, t], m) => {
      const made = schema === "schema" ? validatorAt("core", t as Tier, () => fn(m.core.AgreementSchema) as (d: unknown) => unknown) : fn(schema);
      return typeof made === "function" ? (made as (d: unknown) => unknown)(doc) : made;
    },
    throws: INVALID,
  });
  // A schema (core's own, or anything at all: then its coded throw), and any value for the parser it
  // makes. Its results are safeParse's: the data is the caller's, and zod's issues name the caller's
  // keys (in paths, and in `unrecognized_keys`), by design.
  add({
    name: "core:createFastParser",
    echoesByDesign: true,
    args: (c) => fc.tuple(fc.oneof(fc.constantFrom("AgreementSchema", "ObligationSchema", "CitizenPromiseDocumentSchema"), anyValue()), documentArg(c)),
    call: (fn, [schema, value], m) => {
      const parse = fn(typeof schema === "string" && schema.endsWith("Schema") ? m.core[schema] : schema);
      return (parse as (v: unknown) => unknown)(value);
    },
    throws: INVALID,
  });
  // It takes no input: whatever it is given is ignored, and it gives the compiled schema (whose parse is zod's own).
  add({ name: "compiled:compileObligationSchema", args: () => fc.tuple(anyValue()), call: (fn, a) => ({ ok: typeof (fn(...a) as { safeParse?: unknown }).safeParse === "function" }), ciRuns: 20 });
  // It takes no input, and its validator takes each document at one of its tiers. Compiling costs
  // some 70 ms, so a new validator for the first tier is drawn for one input in twenty.
  add({
    name: "compiled:compileAgreementValidator",
    args: (c) => fc.tuple(documentArg(c), tier({ zod: 1, tree: 10, generated: 9 })),
    call: (fn, [doc, t]) => validatorAt("compiled", t as Tier, () => (fn() as { validate: (d: unknown) => unknown }).validate)(doc),
  });
  plain("core:migrate", (c) => fc.tuple(fc.oneof(from(c.v1), from(c.documents), from(c.v1).map((d) => new Lazy(() => safeJson(d), d)))));
  plain("core:compileAgreement", (c) => fc.tuple(documentArg(c), fc.option(from([{ asOf: "2026-01-01" }]), { nil: undefined })));
  plain("core:scheduleObligations", (c) => fc.tuple(documentArg(c), scheduleOptions()), { timeoutMs: 30_000 });
  plain("core:obligationStatuses", (c) => fc.tuple(documentArg(c), statusOptions(c)), { timeoutMs: 30_000 });
  plain("core:statusesOf", (c) => fc.tuple(from(c.obligations), statusOptions(c)));
  plain("core:resolveValidity", (c) => fc.tuple(documentArg(c)));
  plain("core:signingDate", (c) => fc.tuple(documentArg(c)));
  plain("core:formatIssue", () => fc.tuple(from(ISSUES), fc.option(from([{ locale: "en" }, { locale: "sv" }, { messages: {} }]), { nil: undefined })));
  plain("core:fromZodIssues", (c) => fc.tuple(fc.oneof(from([[{ code: "invalid_type", expected: "string", path: ["title"], message: "" }, { code: "unrecognized_keys", keys: ["x"], path: [], message: "" }, { code: "too_big", origin: "array", maximum: 3, path: ["a"], message: "" }]]), anyValue()), documentArg(c)), { throws: INVALID });
  plain("core:formatPath", () => fc.tuple(from([[], ["parties", "municipalities", 0, "code"], ["agreements", 2]])));
  // core: dates, holidays, registers
  const date = () => from(["2024-01-31", "2025-12-24", "2026-06-19"], { as: 3, mutated: 1, any: 2 });
  plain("core:addMonthsToDate", () => fc.tuple(date(), fc.oneof(fc.integer({ min: -2400, max: 2400 }), anyValue())));
  plain("core:isCivilDate", () => fc.tuple(date()));
  plain("core:isNonWorkingDay", () => fc.tuple(date()));
  plain("core:shiftToWorkingDay", () => fc.tuple(date(), fc.oneof(fc.constantFrom("next", "previous"), anyValue())));
  const year = () => fc.oneof(fc.integer({ min: 1800, max: 2300 }), fc.integer(), anyValue());
  plain("core:easterSunday", () => fc.tuple(year()));
  plain("core:swedishHolidays", () => fc.tuple(year()));
  plain("core:electionDay", () => fc.tuple(year()));
  plain("core:policeRegionOf", () => fc.tuple(fc.oneof(fc.constantFrom("1290", "2505", "0180"), fc.string({ maxLength: 5 }), anyValue())));
  plain("core:isKnownMunicipalityCode", () => fc.tuple(fc.oneof(fc.constantFrom("1290", "2505", "9999"), anyValue())));
  plain("core:isPoliceDiarienummer", () => fc.tuple(fc.oneof(fc.constantFrom("A123.456/2024", "A1.2/3"), fc.string({ maxLength: 20 }), anyValue())));
  add({
    name: "core:InvalidArgumentError",
    args: () => fc.tuple(anyValue(), anyValue()),
    // An error's message is what must not echo (its fields hold back what a program gave it).
    call: (fn, a) => ({ message: (new (fn as unknown as new (...x: unknown[]) => Error)(...a)).message }),
    throws: INVALID,
    // It names the function and parameter it is given: a program that passes its own text gets it back.
    echoesByDesign: true,
  });
  add({
    name: "core:AgreementValidationError",
    args: () => fc.tuple(from([ISSUES])),
    call: (fn, [issues]) => ({ message: (new (fn as unknown as new (i: unknown) => Error)(issues)).message }),
    throws: INVALID,
  });
  // core: each rule, on its own
  for (const rule of modules.core.rules as { code: string; scope: string; check: (...a: unknown[]) => unknown }[]) {
    add({
      name: `core:rules[${rule.code}:${rule.scope}].check`,
      args: (c) => fc.tuple(documentArg(c), fc.option(from([{ asOf: "2026-01-01" }]), { nil: undefined })),
      call: (fn, [doc, context]) => {
        const found: unknown[] = [];
        fn(doc, (path: unknown, params: unknown) => found.push({ path, params }), context ?? { indexes: new Map() });
        return found;
      },
      throws: INVALID,
    });
  }
  // core: each message of each catalogue
  for (const locale of ["sv", "en"] as const) {
    for (const code of Object.keys(modules.core[locale] as object)) {
      plain(`core:${locale}.${code}`, () => fc.tuple(from([{ expected: "string", received: "number", maximum: 3, minimum: 1, allowed: ["a", "b"], limit: 10, from: 1, to: 2 }, {}])));
    }
  }

  // kommuner
  const kommunQuery = () => fc.oneof(fc.constantFrom("Kävlinge", "1290", "ostra goinge", "Göteborg", "Arjeplog"), fc.string({ maxLength: 30 }), anyValue());
  plain("kommuner:findKommun", () => fc.tuple(kommunQuery()));
  plain("kommuner:getKommun", () => fc.tuple(kommunQuery()));
  plain("kommuner:normalizeKommunName", () => fc.tuple(kommunQuery()), { echoesByDesign: true });
  plain("kommuner:kommunerInCounty", () => fc.tuple(fc.oneof(fc.constantFrom("12", "25", "01"), anyValue())));
  plain("kommuner:kommunerInPoliceRegion", () => fc.tuple(fc.oneof(fc.constantFrom("Syd", "Nord", "Stockholm"), anyValue())));
  plain("kommuner:toMunicipalityParty", () => fc.tuple(from([KOMMUN]), fc.option(kommunQuery(), { nil: undefined })), { echoesByDesign: true });
  plain("kommuner:toLocalPoliceArea", () => fc.tuple(fc.oneof(fc.constantFrom("LPO Järva", "Lokalpolisområde Arvidsjaur"), fc.string({ maxLength: 40 }), anyValue())), { echoesByDesign: true });
  plain("kommuner:formatKommunLookupError", () => fc.tuple(from([{ code: "unknown_kommun", query: "x", suggestions: [] }, { code: "ambiguous_kommun", query: "x", matches: [] }, { code: "invalid_query" }]), fc.option(from([{ locale: "en" }]), { nil: undefined })));
  plain("kommuner:formatFinding", () => fc.tuple(from([{ code: "municipality_without_local", severity: "warning", kind: "missing", path: ["agreements", 0], params: {} }]), fc.option(from([{ locale: "en" }]), { nil: undefined })));
  plain("kommuner:formatPortfolioIssue", () => fc.tuple(from([...ISSUES, { code: "duplicate_agreement_id", severity: "error", path: [1], params: {} }]), fc.option(from([{ locale: "en" }]), { nil: undefined })));
  plain("kommuner:splitJoint", (c) => fc.tuple(from([...c.joints, ...c.documents.slice(0, 3)]), fc.option(fc.oneof(fc.constant("set-id"), anyValue()), { nil: undefined })));
  plain("kommuner:joinStrategic", (c) => fc.tuple(from([...c.sets, ...c.documents.slice(0, 3)])));
  // A profile's text is the kommun's own, shown in its findings by design: profiles are mutated without planted markers.
  const profileArg = (m: Modules) =>
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...(m.kommuner.profiles as unknown[])) },
      { weight: 2, arbitrary: fc.tuple(fc.nat((m.kommuner.profiles as unknown[]).length - 1), seeded).map(([i, s]) => new Lazy(() => withoutMarkers(() => mutate((m.kommuner.profiles as unknown[])[i], s)), null)) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat(99)).map(([s, n]) => new Lazy(() => withoutMarkers(() => hostileValue(rng(s), n)))) },
    );
  // A profile's findings carry its own text (a required forum by the profile's name for it), by design.
  plain("kommuner:validateWithProfile", (c) => fc.tuple(documentArg(c), profileArg(modules), fc.option(from([{ asOf: "2026-01-01" }]), { nil: undefined })), { echoesByDesign: true });
  plain("kommuner:scheduleWithProfile", (c) => fc.tuple(documentArg(c), profileArg(modules), scheduleOptions()), { timeoutMs: 30_000 });
  plain("kommuner:profileFindings", (c) => fc.tuple(documentArg(c), profileArg(modules)), { echoesByDesign: true });
  const startOptions = [
    { kommuner: ["Kävlinge"], from: "2027-01-01", years: 4 },
    { kommuner: ["Arjeplog", "Arvidsjaur"], kind: "strategic_local", from: "2027-01-01", years: 3, profile: true },
    { kommuner: ["Stockholm"], kind: "multi_lpo", localPoliceAreas: ["LPO Järva", "LPO Rinkeby"], from: "2027-01-01" },
    { kommuner: ["Osby", "Östra Göinge"], kind: "lpo_group", from: "2026-01-01", empty: true },
  ];
  plain("kommuner:startAgreement", () => fc.tuple(from(startOptions)), { ciRuns: 100 });
  plain("kommuner:schedulePortfolio", (c) => fc.tuple(from([c.documents.slice(0, 6), c.documents.slice(0, 2).map((d) => JSON.stringify(d))], { as: 1, mutated: 3, any: 1 }), from([{ window: { from: "2025-01-01", to: "2025-12-31" } }, { window: { from: "2024-01-01", to: "2026-12-31" }, filter: { policeRegions: ["Syd"], kinds: ["renewal"] } }])), { ciRuns: 100, timeoutMs: 30_000 });
  const startInputs = [
    { kommuner: ["Kävlinge"], validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } }, localPoliceAreas: ["LPO Kävlinge"] },
    { kommuner: ["Arjeplog", "2505"], validity: { start: { type: "year", year: 2027 }, end: { type: "year", year: 2030 } }, localPoliceAreas: ["Lokalpolisområde Arvidsjaur"], empty: true },
    { kommuner: ["Stockholm"], validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "open_ended" } }, localPoliceAreas: ["LPO Järva", "LPO Rinkeby"] },
  ];
  for (const kind of modules.kommuner.CONFIGURATION_KINDS as string[]) {
    const adapter = (m: Modules) => (m.kommuner.configurations as Record<string, Record<string, unknown>>)[kind]!;
    const method = (name: string, args: (c: Corpus) => fc.Arbitrary<unknown[]>, extra: Partial<Target> = {}) =>
      add({ name: `kommuner:configurations.${kind}.${name}`, args, call: (_fn, a, m) => (adapter(m)[name] as (...x: unknown[]) => unknown)(...a), throws: INVALID, ...extra });
    method("start", () => fc.tuple(from(startInputs)), { ciRuns: 100 });
    method("check", (c) => fc.tuple(documentArg(c)));
    method("read", (c) => fc.tuple(documentArg(c)));
    method("build", (c) => fc.tuple(documentArg(c).map((d) => new Lazy(() => partsOf(modules, kind, materialize(d)), d))));
  }
  for (const [pi, profile] of (modules.kommuner.profiles as { id: string; rules?: { code: string }[] }[]).entries()) {
    for (const [ri, rule] of (profile.rules ?? []).entries()) {
      add({
        name: `kommuner:profiles[${profile.id}].rules[${rule.code}].check`,
        args: (c) => fc.tuple(documentArg(c)),
        call: (_fn, [doc], m) => ((m.kommuner.profiles as { rules: { check: (d: unknown) => unknown }[] }[])[pi]!.rules[ri]!.check)(doc),
        throws: INVALID,
      });
    }
  }

  // calendar: toICalendar returns a result and never throws; obligationUid throws only core's InvalidArgumentError.
  plain("calendar:toICalendar", (c) => fc.tuple(fc.oneof(from(c.obligations), fc.constant(c.obligations[0] ?? [])), fc.option(fc.oneof(from([{ locale: "en", name: "x", span: "window" }, { stamp: "not a date" }]), fc.constant(0).map(() => ({ stamp: new Date(Date.UTC(2026, 0, 1)) })), anyValue().map((stamp) => ({ stamp }))), { nil: undefined })), {});
  plain("calendar:obligationUid", (c) => fc.tuple(fc.oneof(fc.constantFrom(...(c.obligations[0] ?? []).map((o) => (o as { id: string }).id).slice(0, 20), "x"), anyValue())), { throws: INVALID });

  // document
  plain("document:renderDocument", (c) => fc.tuple(documentArg(c), fc.option(from([{ format: "html", lang: "en" }, { format: "markdown" }]), { nil: undefined })), { echoesByDesign: false });
  plain("document:extractDraft", (c) => fc.tuple(text(c), fc.option(from([{ format: "markdown" }, { format: "html" }, {}]), { nil: undefined })), { ciRuns: 100 });
  add({
    name: "document:explainExtraction",
    args: (c) => fc.tuple(text(c), fc.option(from([{ format: "html", lang: "en" }]), { nil: undefined }), seeded, fc.boolean()),
    call: (fn, [t, options, seed, real], m) => {
      // The fields of a real extraction of the text (mutated), or anything.
      const draft = typeof t === "string" ? (m.document.extractDraft as (x: string) => { ok: boolean; value?: { fields: unknown } })(t) : undefined;
      const fields = real && draft?.ok ? materialize(new Lazy(() => mutate(draft.value!.fields, seed as number), null)) : hostileValue(rng(seed as number), 1);
      return fn(t, fields, options);
    },
    ciRuns: 100,
  });
  plain("document:factsOf", (c) => fc.tuple(documentArg(c)));
  plain("document:scoreFacts", (c) => fc.tuple(documentArg(c), documentArg(c)).map(([a, b]) => [new Lazy(() => factsLike(modules, materialize(a)), a), new Lazy(() => factsLike(modules, materialize(b)), b)]));
  plain("document:sameFact", () => fc.tuple(fc.oneof(fc.constantFrom("municipality", "reference", "date", "title"), anyValue()), fc.oneof(fc.string({ maxLength: 30 }), anyValue()), fc.oneof(fc.string({ maxLength: 30 }), anyValue())));
  plain("document:normalizeFactText", () => fc.tuple(fc.oneof(fc.string({ maxLength: 60 }), anyValue())), { echoesByDesign: true });
  // The field it names is the caller's own (the name of a field of theirs): given back by design.
  plain("document:documentError", () => fc.tuple(fc.oneof(fc.constantFrom("invalid_input", "text_too_large", "not_an_agreement"), anyValue()), fc.option(from([{ field: "text", limit: 3 }]), { nil: undefined })), { echoesByDesign: true });
  add({
    name: "pdf:readPdfText",
    args: (c) => fc.tuple(fc.oneof(fc.constantFrom(...c.pdfs), fc.tuple(fc.constantFrom(...c.pdfs), seeded).map(([p, s]) => mutateBytes(p, s)), anyValue()), fc.option(from([{ maxPages: 2 }, {}]), { nil: undefined })),
    call: (fn, a) => fn(...a),
    throws: INVALID,
    ciRuns: 100,
    timeoutMs: 30_000,
  });

  // cli: argv of the commands, their options and files that exist or not, in a scratch folder
  add({
    name: "cli:run",
    args: () => fc.tuple(fc.array(fc.oneof(fc.constantFrom(...CLI_WORDS), fc.string({ maxLength: 12 }), fc.nat(999).map(marker)), { maxLength: 6 }), fc.option(anyValue(), { nil: undefined })),
    call: (fn, [argv, stdinValue]) => {
      const sink = { write: () => true, isTTY: false };
      const stdin = (async function* () {
        yield typeof stdinValue === "string" ? stdinValue : String(safeJson(stdinValue));
      })();
      return fn(argv, { stdout: sink, stderr: sink, stdin, env: { NO_COLOR: "1" } });
    },
    echoesByDesign: true,
    ciRuns: 100,
    timeoutMs: 30_000,
  });
  return list;
}

// ---- helpers -----------------------------------------------------------------------------------

/** JSON text of a value when it has one, else the value itself (so a string argument is sometimes JSON). */
function safeJson(value: unknown): unknown {
  try {
    return JSON.stringify(value) ?? value;
  } catch {
    return value;
  }
}

/** An adapter's parts: read from the document when the adapter reads it, else the document itself (mutated or not). */
function partsOf(m: Modules, kind: string, doc: unknown): unknown {
  try {
    const adapter = (m.kommuner.configurations as Record<string, { read: (d: unknown) => { ok: boolean; parts?: unknown } }>)[kind]!;
    const read = adapter.read(doc);
    if (read.ok) return mutate(read.parts, JSON.stringify(read.parts).length);
  } catch {
    // not readable: the document itself is the hostile parts
  }
  return doc;
}

/** Facts of a document (through factsOf), or the value itself when it has none. */
function factsLike(m: Modules, doc: unknown): unknown {
  try {
    return (m.document.factsOf as (d: unknown) => unknown)(doc);
  } catch {
    return doc;
  }
}

/** Bytes with a few changed, cut or repeated. */
function mutateBytes(bytes: Uint8Array, seed: number): Uint8Array {
  const r = rng(seed);
  const out = new Uint8Array(bytes);
  for (let k = 0; k < 1 + Math.floor(r() * 8); k++) out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
  return r() < 0.3 ? out.slice(0, Math.floor(r() * out.length)) : out;
}

const ISSUES: unknown[] = [
  { code: "missing_field", severity: "error", path: ["parties"], params: { expected: "object" } },
  { code: "too_big", severity: "error", path: ["forums"], params: { origin: "array", maximum: 500 } },
  { code: "contact_missing", severity: "warning", path: ["parties", "municipalities", 0], params: {} },
  { code: "schedule_window_too_long", severity: "error", path: ["window"], params: { maximumYears: 100 } },
];

const KOMMUN = { code: "1290", name: "Kristianstad", id: "kristianstad", countyCode: "12", county: "Skåne län", policeRegion: "Syd" };

const CLI_WORDS = [
  "validate", "schedule", "status", "new", "migrate", "render", "extract", "--json", "--csv", "--ics", "--lang", "en", "--from", "2025-01-01", "--to", "2025-12-31",
  "--today", "2026-01-01", "--profile", "kristianstad", "--as-of", "--format", "html", "--kind", "single", "--kommun", "Kävlinge", "--years", "0", "-",
  "examples/agreements/kristianstad-2025-2028.json", "examples/agreements", "packages/test-utils/fixtures/v1/kavlinge-2019-2022.json", "--help", "--version", "--severity", "contact_missing=off",
];
