// The Collector (schedule.ts) sorts by a numeric key: due date, then kind (KIND_ORDER);
// obligations equal in both keep the order they were added in, so ids are never compared. Checked
// against a plain stable comparison sort on the key, on the seeds and the corpus documents, each
// added in several orders, and on made-up cases aimed at each path of the sort. The benchmark's
// portfolio is checked the same way in scripts/schedule-bench-generate.test.ts.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scheduleObligations, validateAgreement, type AgreementDocument, type Obligation, type ObligationKind, type ScheduleOptions } from "@samverkan/core";
import { loadSeed, seedNames } from "@samverkan/test-utils";
import { toDay } from "./civil-date.js";
import { Collector } from "./schedule.js";

type Entry = readonly [obligation: Obligation, due: number];

/** A stable comparison sort on the key: Array.prototype.sort keeps equal keys in the order added. */
function reference(entries: readonly Entry[]): Obligation[] {
  const keys = entries.map(([o, due]) => Collector.key(o, due));
  const order = entries.map((_, i) => i);
  order.sort((a, b) => keys[a]! - keys[b]!);
  return order.map((i) => entries[i]![0]);
}

/** The positions (in `entries`) of what the Collector and the reference give, to compare. */
function both(entries: readonly Entry[]): { collector: number[]; reference: number[] } {
  const position = new Map(entries.map(([o], i) => [o, i]));
  const collector = new Collector();
  for (const [o, due] of entries) collector.add(o, due);
  return {
    collector: collector.sorted().map((o) => position.get(o)!),
    reference: reference(entries).map((o) => position.get(o)!),
  };
}

function expectSameOrder(entries: readonly Entry[], label = "") {
  const { collector, reference: expected } = both(entries);
  expect(collector.length, label).toBe(entries.length);
  expect(collector, label).toEqual(expected);
}

// A seeded shuffle (mulberry32), so a failure can be repeated.
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let s = seed >>> 0;
  const random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Orders in which a schedule's obligations could have been added: source by source in date order
 * (as scheduleObligations adds them), the sources reversed, everything reversed, and shuffled.
 */
function insertionOrders(obligations: readonly Obligation[]): [string, Entry[]][] {
  const entries: Entry[] = obligations.map((o) => [o, toDay(o.date)]);
  const bySource = new Map<string, Entry[]>();
  for (const e of entries) {
    const o = e[0];
    const key = `${o.agreementId}|${o.source.path.join("/")}|${o.kind}|${o.municipality ?? ""}`;
    bySource.set(key, [...(bySource.get(key) ?? []), e]);
  }
  const sources = [...bySource.keys()].sort();
  return [
    ["source by source", sources.flatMap((k) => bySource.get(k)!)],
    ["sources reversed", [...sources].reverse().flatMap((k) => bySource.get(k)!)],
    ["reversed", [...entries].reverse()],
    ["shuffled 1", shuffled(entries, 1)],
    ["shuffled 2", shuffled(entries, 2)],
  ];
}

function documents(): [string, AgreementDocument][] {
  const docs: [string, AgreementDocument][] = [];
  for (const name of seedNames) {
    const result = validateAgreement(loadSeed(name));
    if (result.ok) docs.push([`seed ${name}`, result.value as AgreementDocument]);
  }
  for (const folder of ["agreements", "corpus"]) {
    const dir = new URL(`../../../../examples/${folder}/`, import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const result = validateAgreement(readFileSync(new URL(file, dir), "utf8"));
      if (result.ok) docs.push([`${folder}/${file}`, result.value as AgreementDocument]);
    }
  }
  return docs;
}

const OPTIONS: ScheduleOptions[] = [{}, { withoutLaw: true, nonWorkingDays: "next" }, { window: { from: "2015-01-01", to: "2034-12-31" } }];

describe("Collector: by date, then kind, then the order added", () => {
  it("on the seeds and the corpus documents, however their obligations are added", () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThanOrEqual(5);
    let checked = 0;
    for (const [name, doc] of docs) {
      for (const options of OPTIONS) {
        const result = scheduleObligations(doc, options);
        if (!result.ok) continue;
        // What scheduleObligations returns is in date order, then kind order.
        const keys = result.obligations.map((o) => Collector.key(o, toDay(o.date)));
        expect(keys, name).toEqual([...keys].sort((a, b) => a - b));
        for (const [order, entries] of insertionOrders(result.obligations)) expectSameOrder(entries, `${name} ${JSON.stringify(options)} ${order}`);
        checked += result.obligations.length;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  // Made-up obligations: only `kind` matters to the sort; ids tell them apart in a failure.
  const ob = (id: string, kind: ObligationKind = "forum_meeting"): Obligation => ({ id, kind }) as Obligation;
  const day = (date: string) => toDay(date);

  it("keeps obligations due the same day and of the same kind in the order they were added, whatever their ids", () => {
    const entries: Entry[] = [];
    for (let i = 0; i < 200; i++) entries.push([ob(`${(i * 37) % 11}/${i}`, i % 2 ? "follow_up" : "activity"), day("2026-03-31") + (i % 5)]);
    expectSameOrder(entries);
    expectSameOrder([...entries].reverse());
    expectSameOrder(shuffled(entries, 5));
    const collector = new Collector();
    for (const [o, due] of entries) collector.add(o, due);
    const sameDay = collector.sorted().filter((o) => o.kind === "activity").slice(0, 5).map((o) => o.id);
    expect(sameDay).toEqual(entries.filter(([o, due]) => o.kind === "activity" && due === day("2026-03-31")).slice(0, 5).map(([o]) => o.id));
  });

  it("orders the kinds of one day as the flow goes: meetings before follow-ups before the renewal", () => {
    const d = day("2026-12-31");
    const entries: Entry[] = [[ob("r", "renewal"), d], [ob("f", "follow_up"), d], [ob("m", "forum_meeting"), d], [ob("l", "situational_picture"), d]];
    const collector = new Collector();
    for (const [o, due] of entries) collector.add(o, due);
    expect(collector.sorted().map((o) => o.id)).toEqual(["m", "f", "l", "r"]);
  });

  it("sorts keys far apart (the comparison path), close together, and before 1970", () => {
    for (const [from, step] of [
      [day("1900-01-01"), 3700], // keys far apart for so few: the comparison sort
      [day("2025-01-01"), 1], // a few months: one counting pass
      [day("1950-01-01"), 9], // before 1970: negative day numbers
    ] as const) {
      const entries: Entry[] = [];
      for (let source = 25; source >= 0; source--) {
        for (let k = 0; k < 12; k++) entries.push([ob(`x/${String.fromCharCode(97 + source)}/${k}`), from + k * step * 100]);
      }
      expectSameOrder(entries, `from ${from} step ${step}`);
      expectSameOrder(shuffled(entries, 11), `from ${from} step ${step}, shuffled`);
    }
  });

  it("gives the same order for small and empty inputs", () => {
    for (const n of [0, 1, 2, 63, 64, 65, 130]) {
      const entries: Entry[] = Array.from({ length: n }, (_, i) => [ob(`id-${(i * 13) % 17}`, i % 3 ? "activity" : "renewal"), day("2025-12-31") - (i % 4)]);
      expectSameOrder(entries, `n ${n}`);
    }
  });

  it("returns an already ordered list as it is, and a new array every time", () => {
    const entries: Entry[] = Array.from({ length: 100 }, (_, i) => [ob(`z-${i}`), day("2025-01-01") + i]);
    const collector = new Collector();
    for (const [o, due] of entries) collector.add(o, due);
    const first = collector.sorted();
    expect(first).toEqual(entries.map(([o]) => o));
    expect(collector.sorted()).not.toBe(first);
  });
});
