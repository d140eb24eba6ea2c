// The Collector (schedule.ts) sorts by a numeric key and reads ids only where obligations share
// one. Its order must be exactly the one of the plain comparison sort it replaced: due date, then
// kind (KIND_ORDER), then id, and obligations equal in all three in the order they were added.
// Checked on the seeds and the corpus documents, each added in several orders, and on made-up
// cases aimed at each path of the sort. The benchmark's portfolio is checked the same way in
// scripts/schedule-bench-generate.test.ts.
import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { scheduleObligations, validateAgreement, type AgreementDocument, type Obligation, type ObligationKind, type ScheduleOptions } from "@samverkan/core";
import { loadSeed, seedNames } from "@samverkan/test-utils";
import { toDay } from "./civil-date.js";
import { Collector } from "./schedule.js";

type Entry = readonly [obligation: Obligation, due: number];

/** The sort the Collector replaced: a stable comparison sort on (key, id). */
function reference(entries: readonly Entry[]): Obligation[] {
  const keys = entries.map(([o, due]) => Collector.key(o, due));
  const order = entries.map((_, i) => i);
  order.sort((a, b) => {
    const x = entries[a]![0].id;
    const y = entries[b]![0].id;
    return keys[a]! - keys[b]! || (x < y ? -1 : x > y ? 1 : 0);
  });
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

describe("Collector: the order of the comparison sort it replaced", () => {
  it("on the seeds and the corpus documents, however their obligations are added", () => {
    const docs = documents();
    expect(docs.length).toBeGreaterThanOrEqual(5);
    let checked = 0;
    for (const [name, doc] of docs) {
      for (const options of OPTIONS) {
        const result = scheduleObligations(doc, options);
        if (!result.ok) continue;
        // What scheduleObligations returns is already in that order.
        expect(result.obligations.map((o) => o.id), name).toEqual(reference(result.obligations.map((o) => [o, toDay(o.date)])).map((o) => o.id));
        for (const [order, entries] of insertionOrders(result.obligations)) expectSameOrder(entries, `${name} ${JSON.stringify(options)} ${order}`);
        checked += result.obligations.length;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  // Made-up obligations: only `id` and `kind` matter to the sort.
  const ob = (id: string, kind: ObligationKind = "forum_meeting"): Obligation => ({ id, kind }) as Obligation;
  const day = (date: string) => toDay(date);

  it("orders ids whose prefixes are prefixes of one another, and ids that differ only after six characters", () => {
    const entries: Entry[] = [];
    for (let w = 1; w <= 40; w++) {
      const d = day("2025-01-06") + 7 * w;
      // One source's prefix is a prefix of another's: the period decides, not the source.
      entries.push([ob(`a/forum_meeting/s/${2025 + (w % 3)}`), d]);
      entries.push([ob(`a/forum_meeting/s/0180/${2025 + (w % 3)}`), d]);
      entries.push([ob(`a/forum_meeting/s/9/${w}`), d]);
      entries.push([ob(`a/forum_meeting/s`), d]);
      entries.push([ob(`abcdefgh-${w % 4}`), d]);
      entries.push([ob(`abcdefgh-${(w + 2) % 4}`), d]);
    }
    expectSameOrder(entries);
    expectSameOrder([...entries].reverse());
    expectSameOrder(shuffled(entries, 7));
  });

  it("keeps obligations with equal ids in the order they were added", () => {
    const entries: Entry[] = [];
    for (let i = 0; i < 200; i++) entries.push([ob(`same/${i % 3}`, i % 2 ? "follow_up" : "activity"), day("2026-03-31") + (i % 5)]);
    expectSameOrder(entries);
    expectSameOrder([...entries].reverse());
  });

  it("keeps equal ids in the order they were added when their runs rank the other way", () => {
    // Run one (added first) starts with a later id than run two, and both end with the same id on
    // the same day: the run order puts run two's first; the order added must win.
    const entries: Entry[] = [];
    for (let copy = 0; copy < 40; copy++) {
      const d = day("2025-01-01") + 10 * copy;
      entries.push([ob(`m-${copy}`), d], [ob("dup"), d + 1], [ob(`a-${copy}`), d], [ob("dup"), d + 1]);
    }
    expectSameOrder(entries);
  });

  it("orders the highest code units exactly, where the runs rank the other way", () => {
    // Each run ranks before the next by its first id, but its second id sorts after the next
    // run's: the check must see it, down to code units 0xFFFE and 0xFFFF.
    const entries: Entry[] = [];
    for (let copy = 0; copy < 30; copy++) {
      const d = day("2025-01-01") + 10 * copy;
      entries.push([ob(`\u0001${copy}`), d], [ob("\uffff"), d + 1]);
      entries.push([ob(`\u0002${copy}`), d], [ob("\ufffe\uffffa"), d + 1]);
    }
    expectSameOrder(entries);
  });

  it("compares UTF-16 code units as `<` does, past the Basic Multilingual Plane too", () => {
    const texts = ["å", "ä", "ö", "z", "Å", "é", "😀", "\uffff", "", "a", "aa", "𝄞"];
    const entries: Entry[] = [];
    for (let i = 0; i < 150; i++) entries.push([ob(`${texts[i % texts.length]}${texts[(i * 7) % texts.length]}${i % 2}`), day("2025-06-30") + (i % 3)]);
    expectSameOrder(entries);
    expectSameOrder(shuffled(entries, 3));
  });

  it("sorts runs added against the id order, and keys far apart (the radix path) and close together", () => {
    for (const [from, step] of [
      [day("1900-01-01"), 37], // 300 years: radix passes
      [day("2025-01-01"), 1], // a few months: one counting pass
      [day("1950-01-01"), 9], // before 1970: negative day numbers
    ] as const) {
      const entries: Entry[] = [];
      for (let source = 25; source >= 0; source--) {
        for (let k = 0; k < 12; k++) entries.push([ob(`x/forum_meeting/s${String.fromCharCode(97 + source)}/${k}`), from + k * step * 100]);
      }
      expectSameOrder(entries, `from ${from} step ${step}`);
      expectSameOrder(shuffled(entries, 11), `from ${from} step ${step}, shuffled`);
    }
  });

  it("gives the same order around the size where it stops using the comparison sort", () => {
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

  it("falls back to the comparison sort for a kind it has no order for", () => {
    const entries: Entry[] = Array.from({ length: 100 }, (_, i) => [ob(`k-${i % 7}`, (i === 50 ? "not_a_kind" : "activity") as ObligationKind), day("2025-01-01") + (i % 9)]);
    expectSameOrder(entries);
  });
});
