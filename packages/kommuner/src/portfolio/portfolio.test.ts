import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPath, scheduleObligations, statusesOf, validateAgreement, type Agreement, type AgreementDocument, type Obligation, type Validity } from "@samverkan/core";
import { agreement, citizenPromiseDocument, sparseList } from "@samverkan/test-utils";
import { configurations, getKommun, schedulePortfolio, type PortfolioOptions, type PortfolioResult } from "@samverkan/kommuner";
import { formatPortfolioIssue } from "./portfolio.js";

// ---------------------------------------------------------------------------------------------
// The example folders, as a user has them: every .json file, in name order.

const folder = (dir: string) =>
  readdirSync(new URL(`../../../../examples/${dir}/`, import.meta.url))
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(new URL(`../../../../examples/${dir}/${f}`, import.meta.url), "utf8") }));
const files = [...folder("agreements"), ...folder("corpus")];

// A set file and the files of its parts are the same agreements twice: keep the set.
function withoutPartsOfSets(list: typeof files): typeof files {
  const docs = list.map((f) => JSON.parse(f.text) as AgreementDocument);
  const inSets = new Set(docs.flatMap((d) => (d.type === "agreement_set" ? d.agreements.map((a) => a.id) : [])));
  return list.filter((_, i) => docs[i]!.type === "agreement_set" || !inSets.has(docs[i]!.id));
}
const documents = withoutPartsOfSets(files);

function ok(result: PortfolioResult) {
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.code} ${formatPath(i.path)}: ${formatPortfolioIssue(i, { locale: "en" })}`).join("\n"));
  return result;
}

/** Each kommun (by kommunkod) with the kinds of its obligations; an obligation for no one kommun counts for each of its agreement's. */
function kindsByKommun(result: Extract<PortfolioResult, { ok: true }>): Record<string, string[]> {
  const kommunerOf = new Map(result.agreements.map((a) => [a.id, a.kommuner]));
  const out: Record<string, Set<string>> = {};
  for (const o of result.obligations) {
    for (const code of o.municipality !== undefined ? [o.municipality] : (kommunerOf.get(o.agreementId) ?? [])) (out[code] ??= new Set()).add(o.kind);
  }
  return Object.fromEntries(Object.entries(out).map(([code, kinds]) => [code, [...kinds].sort()]));
}

const Q1_2027 = { from: "2027-01-01", to: "2027-03-31" } as const;
const Q4_2026 = { from: "2026-10-01", to: "2026-12-31" } as const;
const NORD = ["2505", "2506", "2280", "2418", "2510", "2580", "2583"].sort();

describe("schedulePortfolio: a polisregion from the registry and a folder of agreements", () => {
  it("answers what is due in Q1 2027 in polisregion Nord", () => {
    const result = ok(schedulePortfolio(documents.map((d) => d.text), { window: Q1_2027, filter: { policeRegions: ["Nord"] } }));
    // Every Nord document of the folders, and nothing else: Arjeplog and Arvidsjaur (a del 1 with two del 2s), Haparanda, Härnösand (two medborgarlöften), Jokkmokk, Luleå and Malå.
    expect(result.agreements.map((a) => a.id)).toEqual([
      "arjeplog-arvidsjaur-2023-2026",
      "arjeplog-del-2",
      "arvidsjaur-del-2",
      "haparanda-2020-2022",
      "harnosand-2020-2021",
      "harnosand-2022-2023",
      "jokkmokk-2020-2022",
      "lulea-2024-2027",
      "mala-2024",
    ]);
    expect([...new Set(result.agreements.flatMap((a) => a.kommuner))].sort()).toEqual(NORD);
    expect(result.agreements.flatMap((a) => a.kommuner).every((code) => getKommun(code)?.policeRegion === "Nord")).toBe(true);
    // The answer: only Luleå runs into 2027, and its text gives nothing but its validity; the
    // lägesbild of lag (2023:196) falls due at the end of 2025 and 2027, its renewal later in 2027.
    expect(kindsByKommun(result)).toEqual({});
    expect(result.expiring).toEqual([]);
    // Arjeplog and Arvidsjaur's del 1 runs from its signing, which the text does not date.
    expect(result.notes.map((n) => `${n.code} ${documents[n.path[0] as number]?.file} ${formatPath(n.path.slice(1))}`)).toEqual([
      "schedule_start_unknown agreements/arjeplog-arvidsjaur-set.json agreements[0].validity.start",
    ]);
  });

  it("answers the quarter before, when Arjeplog and Arvidsjaur's agreements end", () => {
    const result = ok(schedulePortfolio(documents.map((d) => d.text), { window: Q4_2026, filter: { policeRegions: ["nord"] } }));
    expect(Object.keys(kindsByKommun(result)).sort()).toEqual(["2505", "2506"]);
    for (const kinds of Object.values(kindsByKommun(result))) expect(kinds).toEqual(expect.arrayContaining(["forum_meeting", "activity", "leadership_report", "renewal"]));
    expect(result.expiring.map((e) => [e.id, e.end, e.kommuner])).toEqual([
      ["arjeplog-arvidsjaur-2023-2026", "2026-12-31", ["2506", "2505"]],
      ["arjeplog-del-2", "2026-12-31", ["2506"]],
      ["arvidsjaur-del-2", "2026-12-31", ["2505"]],
    ]);
    for (const e of result.expiring) expect(e.renewal === undefined || (e.renewal.window.start <= Q4_2026.to && e.renewal.date >= Q4_2026.from)).toBe(true);
    expect(result.expiring.some((e) => e.renewal?.kind === "renewal")).toBe(true);
    // The same kommuner and kinds as the Nord documents scheduled one by one (however the schedule shares duties out).
    const alone: Obligation[] = [];
    for (const { text } of documents) {
      const checked = validateAgreement(text);
      if (!checked.ok) continue;
      const doc = checked.value;
      const codes = doc.type === "agreement_set" ? doc.agreements.flatMap((a) => a.parties.municipalities.map((m) => m.code)) : doc.parties.municipalities.map((m) => m.code);
      if (!codes.some((code) => getKommun(code)?.policeRegion === "Nord")) continue;
      const schedule = scheduleObligations(doc, { window: Q4_2026 });
      if (schedule.ok) alone.push(...schedule.obligations);
    }
    expect(new Set(result.obligations.map((o) => o.kind))).toEqual(new Set(alone.map((o) => o.kind)));
    expect(new Set(result.obligations.map((o) => o.municipality))).toEqual(new Set(alone.map((o) => o.municipality)));
    // In date order.
    expect(result.obligations.map((o) => o.date)).toEqual(result.obligations.map((o) => o.date).sort());
  });

  it("refuses the folder as it is: a set and the files of its parts are the same agreements twice", () => {
    const result = schedulePortfolio(files.map((f) => f.text), { window: Q1_2027 });
    expect(result.ok).toBe(false);
    const at = (path: readonly (string | number)[]) => `${files[path[0] as number]?.file} ${formatPath(path.slice(1))}`;
    expect(!result.ok && result.issues.map((i) => [i.code, at(i.path), "params" in i && "firstPath" in i.params ? at(i.params.firstPath) : ""])).toEqual([
      ["duplicate_id", "agreements/arjeplog-arvidsjaur-set.json agreements[0].id", "agreements/arjeplog-arvidsjaur-2023-2026.json id"],
      ["duplicate_id", "agreements/arjeplog-del-2.json id", "agreements/arjeplog-arvidsjaur-set.json agreements[1].id"],
      ["duplicate_id", "agreements/arvidsjaur-del-2.json id", "agreements/arjeplog-arvidsjaur-set.json agreements[2].id"],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Documents made with the adapters

const validity = (from: string, to: string): Validity => ({ start: { type: "date", date: from }, end: { type: "date", date: to } });
const FOUR_YEARS = validity("2027-01-01", "2030-12-31");

function started(kind: keyof typeof configurations, kommuner: string[], localPoliceAreas: string[], extra: { id?: string; validity?: Validity } = {}) {
  const result = configurations[kind].start({ kommuner, localPoliceAreas, validity: extra.validity ?? FOUR_YEARS, ...(extra.id !== undefined && { id: extra.id }) });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.document;
}

const STOCKHOLM_LPOS = ["Norrmalm", "Södermalm", "Järva", "Västerort", "Farsta", "Globen"].map((name) => `Lokalpolisområde ${name}`);
const lawDuties = (result: Extract<PortfolioResult, { ok: true }>) =>
  result.obligations.filter((o) => o.kind === "situational_picture" || o.kind === "action_plan").map((o) => `${o.date} ${o.kind} ${o.municipality}`);

describe("schedulePortfolio: each kommun's duties once", () => {
  const whole = { window: { from: "2027-01-01", to: "2030-12-31" } } as const;

  it("gives Stockholm, with a city-wide agreement and six LPO agreements (multi_lpo), one lägesbild and one åtgärdsplan per due date", () => {
    const set = started("multi_lpo", ["0180"], STOCKHOLM_LPOS);
    const result = ok(schedulePortfolio([set], whole));
    const duties = lawDuties(result);
    expect(duties.filter((d) => d.includes("situational_picture")).length).toBeGreaterThan(0);
    expect(duties.filter((d) => d.includes("action_plan")).length).toBeGreaterThan(0);
    expect(duties.every((d) => d.endsWith(" 0180"))).toBe(true);
    // One per due date: no date has two lägesbilder or two åtgärdsplaner.
    expect(duties).toEqual([...new Set(duties)]);
  });

  it("gives Stockholm, with six agreements of its own, one per LPO and each a document, one lägesbild and one åtgärdsplan per due date", () => {
    const agreements = STOCKHOLM_LPOS.map((area, i) => started("single", ["Stockholm"], [area], { id: `stockholm-lpo-${i + 1}-2027-2030` }));
    const result = ok(schedulePortfolio(agreements, whole));
    const duties = lawDuties(result);
    expect(duties.length).toBeGreaterThan(0);
    // One per due date: no date has two lägesbilder or two åtgärdsplaner.
    expect(duties).toEqual([...new Set(duties)]);
  });

  it("gives each kommun of an LPO group its own duties once", () => {
    const group = started("lpo_group", ["Östra Göinge", "Osby", "Hässleholm"], ["Lokalpolisområde Hässleholm"]);
    const duties = lawDuties(ok(schedulePortfolio([group], whole)));
    expect(new Set(duties.map((d) => d.slice(-4)))).toEqual(new Set(["1256", "1273", "1293"]));
    expect(duties).toEqual([...new Set(duties)]);
  });

  it("refuses an agreement given twice, as a file of its own and inside a set", () => {
    const group = started("lpo_group", ["Östra Göinge", "Osby", "Hässleholm"], ["Lokalpolisområde Hässleholm"]);
    const first = (group as { agreements: Agreement[] }).agreements[0]!;
    const twice = schedulePortfolio([group, first], whole);
    expect(!twice.ok && twice.issues).toEqual([{ code: "duplicate_id", severity: "error", path: [1, "id"], params: { firstPath: [0, "agreements", 0, "id"] } }]);
  });
});

describe("schedulePortfolio: filters", () => {
  const hassleholm = started("lpo_group", ["Östra Göinge", "Osby", "Hässleholm"], ["Lokalpolisområde Hässleholm"]);
  const kavlinge = started("single", ["Kävlinge"], ["Lokalpolisområde Kävlinge"]);
  const lulea = started("single", ["Luleå"], ["LPO Luleå"]);
  const docs = [hassleholm, kavlinge, lulea];
  const year = { window: { from: "2027-01-01", to: "2027-12-31" } } as const;
  const run = (options: Omit<PortfolioOptions, "window">) => ok(schedulePortfolio(docs, { ...year, ...options }));
  const kommunerOf = (result: Extract<PortfolioResult, { ok: true }>) => Object.keys(kindsByKommun(result)).sort();

  it("by lokalpolisområde, written any way", () => {
    for (const written of ["Hässleholms lokalpolisområde", "LPO Hässleholm", "lokalpolisområdet Hässleholm"]) {
      const result = run({ filter: { localPoliceAreas: [written] } });
      expect(result.agreements.map((a) => a.id)).toEqual(["ostra-goinge-2027-2030", "osby-2027-2030", "hassleholm-2027-2030"]);
      expect(kommunerOf(result)).toEqual(["1256", "1273", "1293"]);
    }
    expect(kommunerOf(run({ filter: { localPoliceAreas: ["Kävlinge lokalpolisområde", "Luleå"] } }))).toEqual(["1261", "2580"]);
  });

  it("by län, polisregion and kommun, all of which must hold", () => {
    expect(kommunerOf(run({ filter: { counties: ["Skåne län"] } }))).toEqual(["1256", "1261", "1273", "1293"]);
    expect(kommunerOf(run({ filter: { counties: ["12"], kommuner: ["Osby", "kävlinge kommun"] } }))).toEqual(["1261", "1273"]);
    expect(kommunerOf(run({ filter: { counties: ["norrbotten"] } }))).toEqual(["2580"]);
    expect(kommunerOf(run({ filter: { policeRegions: ["Polisregion Syd"], kommuner: ["2580", "1261"] } }))).toEqual(["1261"]);
    expect(run({ filter: { counties: ["Skåne"], policeRegions: ["Nord"] } }).obligations).toEqual([]);
  });

  it("by kind and responsible side", () => {
    const all = run({});
    // Two kinds the year has, and not all of them.
    const present = [...new Set(all.obligations.map((o) => o.kind))];
    expect(present.length).toBeGreaterThan(2);
    const two = present.slice(0, 2);
    const some = run({ filter: { kinds: two } });
    expect(some.obligations).toEqual(all.obligations.filter((o) => two.includes(o.kind)));
    expect(new Set(some.obligations.map((o) => o.kind))).toEqual(new Set(two));
    const police = run({ filter: { sides: ["police"] } });
    expect(police.obligations).toEqual(all.obligations.filter((o) => o.responsible?.side === "police"));
    expect(police.obligations.length).toBeGreaterThan(0);
    const shared = run({ filter: { sides: ["police", "joint"], kinds: ["forum_meeting"] } });
    expect(shared.obligations).toEqual(all.obligations.filter((o) => o.kind === "forum_meeting" && (o.responsible?.side === "police" || o.responsible?.side === "joint")));
    expect(shared.obligations.length).toBeGreaterThan(0);
  });

  it("keeps a kommun's own duties to that kommun and an agreement's shared ones to its kommuner", () => {
    const joint = started("joint", ["Solna", "Sundbyberg"], ["Lokalpolisområde Solna"]);
    const result = ok(schedulePortfolio([joint], { ...year, filter: { kommuner: ["Solna"] } }));
    expect(result.obligations.length).toBeGreaterThan(0);
    expect(result.obligations.every((o) => o.municipality === undefined || o.municipality === "0184")).toBe(true);
    expect(result.obligations.some((o) => o.municipality === undefined)).toBe(true);
  });

  it("reports what it cannot read in a filter, with a path into the options", () => {
    const result = schedulePortfolio(docs, {
      ...year,
      filter: { kommuner: ["Kristiansstad", "Häbo", ""], counties: ["Lappland"], policeRegions: ["Norr"], kinds: ["meeting" as never], sides: ["both" as never], localPoliceAreas: [" "] },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual([
      "unknown_kommun filter.kommuner[0]",
      "ambiguous_kommun filter.kommuner[1]",
      "invalid_query filter.kommuner[2]",
      "invalid_value filter.counties[0]",
      "invalid_value filter.policeRegions[0]",
      "too_small filter.localPoliceAreas[0]",
      "invalid_value filter.kinds[0]",
      "invalid_value filter.sides[0]",
    ]);
    expect(!result.ok && formatPortfolioIssue(result.issues[0]!)).toBe("Ingen kommun har det namnet. Menade du Kristianstad?");
    expect(!result.ok && formatPortfolioIssue(result.issues[4]!, { locale: "en" })).toContain("Nord");
  });

  // Found by the fuzz run (`pnpm fuzz --only kommuner:schedulePortfolio --index 138`): a filter list
  // claiming 4,294,967,295 items was walked index by index, past the time limit.
  it("gives too_big for a filter list over 1,000 items, without reading them", () => {
    for (const key of ["kommuner", "counties", "policeRegions", "localPoliceAreas", "kinds", "sides"] as const) {
      const sparse = sparseList("Nord");
      const result = schedulePortfolio(docs, { ...year, filter: { [key]: sparse.list } });
      expect(!result.ok && result.issues).toEqual([{ code: "too_big", severity: "error", path: ["filter", key], params: { origin: "array", maximum: 1_000 } }]);
      expect(sparse.reads()).toBe(0);
    }
    const long = schedulePortfolio(docs, { ...year, filter: { policeRegions: new Array<string>(1_001).fill("Nord") } });
    expect(!long.ok && long.issues.map((i) => i.code)).toEqual(["too_big"]);
    expect(!long.ok && formatPortfolioIssue(long.issues[0]!, { locale: "en" })).toContain("1000");
    expect(ok(schedulePortfolio(docs, { ...year, filter: { policeRegions: new Array<string>(1_000).fill("Nord") } })).obligations).toBeDefined();
  });

  it("reports a hole in a filter list as a value that is not a string", () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is the point
    const result = schedulePortfolio(docs, { ...year, filter: { policeRegions: ["Nord", , "Syd"] as string[] } });
    expect(!result.ok && result.issues).toEqual([{ code: "invalid_type", severity: "error", path: ["filter", "policeRegions", 1], params: { expected: "string", received: "undefined" } }]);
  });
});

describe("schedulePortfolio: expiring agreements", () => {
  // An agreement of another kommun: the test agreement's party ids, another kommunkod.
  const ending = (id: string, v: Validity, code: string) => {
    const a = agreement({ id, validity: v });
    return { ...a, parties: { ...a.parties, municipalities: [{ ...a.parties.municipalities[0]!, code }] } };
  };

  it("lists those that end in the window or whose renewal (or revision) window overlaps it, with the renewal", () => {
    const docs = [
      agreement({ id: "ends-in-august", validity: validity("2025-01-01", "2027-08-15") }),
      agreement({ id: "renewal-opens-before", validity: validity("2025-01-01", "2027-12-31") }),
      agreement({ id: "ends-later", validity: validity("2025-01-01", "2029-12-31") }),
      agreement({ id: "ended", validity: validity("2023-01-01", "2026-12-31") }),
      agreement({ id: "tills-vidare", validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" }, terms: { revision: { everyYears: 3 } } } }),
      agreement({ id: "okant-slut", validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "unknown" } } }),
    ];
    const window = { from: "2027-08-01", to: "2027-08-31" } as const;
    const result = ok(schedulePortfolio(docs, { window }));
    expect(result.expiring.map((e) => [e.id, e.end, e.renewal?.kind])).toEqual([
      ["ends-in-august", "2027-08-15", "renewal"],
      ["renewal-opens-before", "2027-12-31", "renewal"],
      ["tills-vidare", "open", "revision"],
    ]);
    for (const e of result.expiring) {
      expect(e.renewal!.window.start <= window.to && e.renewal!.date >= window.from).toBe(true);
      expect(e.kommuner).toEqual(["1261"]);
      expect(e.title).toBe("Samverkansöverenskommelse för test");
    }
    // The renewal is the one the schedule of them all gives, id and all, with its source's path into the input.
    const whole = scheduleObligations({ schemaVersion: 2, type: "agreement_set", id: "alla", agreements: docs }, { window: { to: "2030-12-31" } });
    const renewal = whole.ok ? whole.obligations.find((o) => o.kind === "renewal" && o.agreementId === "renewal-opens-before")! : undefined;
    expect(result.expiring[1]!.renewal).toEqual({ ...renewal, source: { type: "validity", path: [1, "validity", "end"] } });
  });

  it("follows the renewal lead time", () => {
    const doc = agreement({ id: "a", validity: validity("2025-01-01", "2027-12-31") });
    const window = { from: "2027-01-01", to: "2027-01-31" } as const;
    expect(ok(schedulePortfolio([doc], { window, renewalLeadMonths: 12 })).expiring.map((e) => e.id)).toEqual(["a"]);
    expect(ok(schedulePortfolio([doc], { window, renewalLeadMonths: 3 })).expiring).toEqual([]);
  });

  it("lists only the agreements the filter selects", () => {
    const docs = [
      ending("kavlinge-ends", validity("2025-01-01", "2027-08-15"), "1261"),
      ending("lulea-ends", validity("2025-01-01", "2027-08-15"), "2580"),
    ];
    const result = ok(schedulePortfolio(docs, { window: { from: "2027-08-01", to: "2027-08-31" }, filter: { policeRegions: ["Nord"] } }));
    expect(result.expiring.map((e) => e.id)).toEqual(["lulea-ends"]);
  });
});

describe("schedulePortfolio: documents", () => {
  const window = { from: "2025-01-01", to: "2025-12-31" } as const;

  it("merges medborgarlöfte documents, each scheduled on its own, in date order", () => {
    const promise = citizenPromiseDocument();
    const doc = agreement();
    const result = ok(schedulePortfolio([doc, promise], { window }));
    const alone = scheduleObligations(promise, { window });
    expect(alone.ok && alone.obligations.length).toBeGreaterThan(0);
    for (const o of alone.ok ? alone.obligations : []) expect(result.obligations).toContainEqual({ ...o, source: { ...o.source, path: [1, ...o.source.path] } });
    expect(result.obligations.map((o) => o.date)).toEqual(result.obligations.map((o) => o.date).sort());
    expect(result.agreements.map((a) => [a.id, a.type, a.document, a.path])).toEqual([
      ["test-agreement", "agreement", 0, []],
      ["test-medborgarlofte", "citizen_promise", 1, []],
    ]);
  });

  it("reads JSON text and parsed documents alike, gives the obligations of one set, each source's path into the input", () => {
    const a = agreement({ id: "a" });
    const b = { schemaVersion: 2, type: "agreement_set", id: "s", agreements: [agreement({ id: "b" }), agreement({ id: "c", validity: validity("2025-07-01", "2027-06-30") })] } as const;
    const result = ok(schedulePortfolio([JSON.stringify(a), b], { window }));
    const together = scheduleObligations({ schemaVersion: 2, type: "agreement_set", id: "x", agreements: [a, ...b.agreements] }, { window });
    const brief = (o: Obligation) => `${o.date} ${o.id}`;
    expect(result.obligations.map(brief)).toEqual(together.ok && together.obligations.map(brief));
    const path = (id: string) => result.obligations.find((o) => o.agreementId === id && o.kind === "forum_meeting")?.source.path;
    expect([path("a"), path("b"), path("c")]).toEqual([
      [0, "forums", 0],
      [1, "agreements", 0, "forums", 0],
      [1, "agreements", 1, "forums", 0],
    ]);
  });

  it("refuses a document that is not valid, with its index first in each issue's path", () => {
    const bad = { ...agreement({ id: "bad" }), validity: { start: { type: "date", date: "2025-13-01" }, end: { type: "open_ended" } } };
    const result = schedulePortfolio([agreement(), bad, "{ not json"], { window });
    expect(!result.ok && result.issues.map((i) => `${i.code} ${formatPath(i.path)}`)).toEqual(["invalid_date [1].validity.start.date", "invalid_json [2]"]);
  });

  it("refuses a missing or bad window and bad options, never throwing", () => {
    const codes = (documents: unknown, options: unknown) => {
      const result = schedulePortfolio(documents as never, options as never);
      return result.ok ? [] : result.issues.map((i) => `${i.code} ${formatPath(i.path)}`);
    };
    expect(codes([], {})).toEqual(["missing_field window"]);
    expect(codes([], undefined)).toEqual(["missing_field window"]);
    expect(codes([], null)).toEqual(["invalid_type (root)"]);
    expect(codes([], { window: { from: "2025-01-01" } })).toEqual(["missing_field window.to"]);
    expect(codes([], { window: { from: "2025-02-30", to: "2025-01-01" } })).toEqual(["invalid_date window.from"]);
    expect(codes([], { window: { from: "2025-12-01", to: "2025-01-01" } })).toEqual(["schedule_window_reversed window"]);
    expect(codes([], { window, filter: "Nord" })).toEqual(["invalid_type filter"]);
    expect(codes([], { window, filter: { policeRegions: "Nord" } })).toEqual(["invalid_type filter.policeRegions"]);
    expect(codes("Nord", { window })).toEqual(["invalid_type (root)"]);
    expect(codes([agreement()], { window, nonWorkingDays: "sometimes" })).toEqual(["invalid_value nonWorkingDays"]);
    const openEnded = agreement({ validity: { start: { type: "date", date: "2025-01-01" }, end: { type: "open_ended" } } });
    expect(codes([openEnded], { window: { from: "2025-01-01", to: "2200-01-01" } })).toEqual(["schedule_window_too_long window"]);
    expect(codes([null, 7, { type: "agreement" }], { window, prevalidated: true })).toEqual(["schedule_input_invalid [0]", "schedule_input_invalid [1]", "schedule_input_invalid [2]"]);
    expect(codes([], { window })).toEqual([]);
  });

  it("takes documents validated already without validating them again", () => {
    // Valid in shape, but a rule finds an error: validated here it is refused, prevalidated it is scheduled.
    const doc = agreement({ validity: validity("2026-01-01", "2025-12-31") });
    expect(schedulePortfolio([doc], { window }).ok).toBe(false);
    expect(schedulePortfolio([doc], { window, prevalidated: true }).ok).toBe(true);
  });

  it("gives each note a path into the input", () => {
    const unsigned = agreement({ id: "osignerad", validity: { start: { type: "from_signing" }, end: { type: "date", date: "2026-12-31" } }, signatories: [] });
    const result = ok(schedulePortfolio([agreement(), { schemaVersion: 2, type: "agreement_set", id: "s", agreements: [agreement({ id: "x" }), unsigned] }], { window }));
    expect(result.notes.map((n) => `${n.code} ${formatPath(n.path)}`)).toEqual(["schedule_start_unknown [1].agreements[1].validity.start"]);
  });

  it("is judged on a day with the completions recorded against each document's own schedule", () => {
    const kavlinge = agreement();
    const lund = agreement({ id: "lund", parties: { ...kavlinge.parties, municipalities: [{ ...kavlinge.parties.municipalities[0]!, code: "1281" }] } });
    const own = scheduleObligations(kavlinge, { window });
    const first = own.ok ? own.obligations[0]! : undefined;
    const result = ok(schedulePortfolio([kavlinge, lund], { window }));
    const status = statusesOf(result.obligations, { today: "2025-12-01", completions: [{ obligationId: first!.id, completedOn: first!.date }] });
    expect(status.ok && status.unmatched).toEqual([]);
    expect(status.ok && status.statuses.find((s) => s.obligation.id === first!.id)?.state).toBe("done");
    expect(status.ok && status.statuses.filter((s) => s.state === "overdue").length).toBeGreaterThan(0);
  });

  it("changes nothing it is given", () => {
    const frozen = <T>(value: T): T => {
      if (value && typeof value === "object") {
        for (const v of Object.values(value)) frozen(v);
        Object.freeze(value);
      }
      return value;
    };
    const docs = frozen([agreement(), citizenPromiseDocument()]);
    const options = frozen({ window, filter: { kommuner: ["Kävlinge"], sides: ["joint" as const] } });
    const before = JSON.stringify([docs, options]);
    expect(ok(schedulePortfolio(docs, options)).obligations.length).toBeGreaterThan(0);
    expect(ok(schedulePortfolio(docs, { ...options, prevalidated: true })).obligations.length).toBeGreaterThan(0);
    expect(JSON.stringify([docs, options])).toBe(before);
  });
});
