// The playground end to end, in headless Chromium, against the built page served from a sub-path
// by a plain static server. What the page shows is compared with what the packages give in Node
// for the same input: the draft's fields, the findings, the schedule, the downloads.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { toICalendar } from "@samverkan/calendar";
import { formatIssue, formatPath, scheduleObligations, statusesOf, validateAgreement, type AgreementDocument, type Issue } from "@samverkan/core";
import { extractDraft, renderDocument } from "@samverkan/document";
import { readPdfText } from "@samverkan/document/pdf";
import { findKommun, formatKommunLookupError, startAgreement } from "@samverkan/kommuner";
import { makeWordLikePdf, seedPages } from "@samverkan/test-utils";
import axe from "axe-core";
import type { Download, Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectExamples } from "../build/examples.js";
import { open, RESULTS, screenshot, type Recording } from "./browser.js";
import { serve } from "./server.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const shared = fileURLToPath(new URL("../../../../shared/", import.meta.url));
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const { examples, sharedFound } = collectExamples(root, shared);
const seedTexts = examples.filter((e) => e.group === "seed-text");

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;
/** Findings as the page lists them: errors, then warnings, then infos, each in the library's order. */
const listed = (issues: readonly Issue[]) => [...issues].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]).map((i) => [i.code, formatPath(i.path)]);
const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

let server: Awaited<ReturnType<typeof serve>>;
let run: Recording;
let page: Page;
let origin: string;

async function tab(name: "start" | "source" | "json" | "schedule" | "document"): Promise<void> {
  await page.click(`#tab-${name}`);
  await page.waitForSelector(`#panel-${name}:not([hidden])`);
}

/** Clicks an example on the start tab (opening the folded corpus lists first). */
async function loadExample(id: string): Promise<void> {
  await tab("start");
  const button = page.locator(`[data-example="${id}"]`);
  if (!(await button.isVisible())) {
    for (const summary of await page.locator("#panel-start summary").all()) {
      const details = summary.locator("xpath=..");
      if ((await details.getAttribute("open")) === null) await summary.click();
    }
  }
  const before = await page.textContent("#status");
  await button.click();
  await page.waitForFunction((previous) => document.querySelector("#status")?.textContent !== previous, before);
}

/** The findings the page lists, as [code, path]. */
async function pageFindings(): Promise<string[][]> {
  await tab("json");
  return page.$$eval("#findings li.finding:not(.todo)", (items) => items.map((li) => [li.getAttribute("data-code") ?? "", li.getAttribute("data-path") ?? ""]));
}

/** The text of a download. */
async function downloaded(click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [download] = (await Promise.all([page.waitForEvent("download"), click()])) as [Download, void];
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/** Runs axe-core on the page (and in the rendered document's frame, when it is shown); returns the violations. */
async function accessibility(target: Page | Frame = page): Promise<{ id: string; nodes: string[] }[]> {
  await target.evaluate(axe.source);
  const result = (await target.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } }),
  )) as axe.AxeResults;
  return result.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

beforeAll(async () => {
  server = await serve(dist);
  origin = new URL(server.url).origin;
  run = await open();
  page = run.page;
  await page.goto(server.url);
  await page.waitForSelector("html[data-ready=true]", { timeout: 60_000 });
  run.markReady();
  // How long the page took, for docs/performance.md (an artefact; nothing is asserted on it).
  const timings = await page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return { domContentLoaded: navigation.domContentLoadedEventEnd, firstContentfulPaint: paint?.startTime, ready: performance.getEntriesByName("samverkan-ready")[0]?.startTime };
  });
  writeFileSync(`${RESULTS}timings.json`, `${JSON.stringify(timings, null, 2)}\n`);
  // From here on the page is offline: everything it does, it does with what it has loaded.
  await run.context.setOffline(true);
}, 120_000);

afterAll(async () => {
  await run?.browser.close();
  await server?.close();
});

describe("the built page", () => {
  it("loads its own files from its own origin and folder (relative paths), and nothing else", () => {
    const before = run.requests.filter((r) => !r.afterReady);
    expect(before.length).toBeGreaterThan(3);
    for (const r of before) {
      expect(r.url.startsWith(server.url), r.url).toBe(true);
      // A file the build made: nothing is asked for that is not there (no pdf.js worker, no font, no map).
      const file = decodeURIComponent(r.url.slice(server.url.length).split(/[?#]/)[0]!) || "index.html";
      expect(existsSync(join(dist, file)), r.url).toBe(true);
    }
    expect(before.some((r) => /pdfjs-.*\.js$/.test(r.url)), "pdf.js is loaded before the page is ready").toBe(true);
  });

  it("offers the seeds and the corpus one click away", async () => {
    expect(sharedFound, "../shared beside the checkout").toBe(true);
    const ids = await page.$$eval("[data-example]", (buttons) => buttons.map((b) => b.getAttribute("data-example")));
    expect(ids).toEqual(examples.map((e) => e.id));
    expect(seedTexts.map((e) => e.id)).toEqual(expect.arrayContaining(["seed-text/kavlinge-2019-2022", "seed-text/kristianstad-2025-2028"]));
    expect(examples.filter((e) => e.group === "corpus-text").length).toBeGreaterThanOrEqual(24);
    await screenshot(page, "1-start", true);
  });
});

describe.each(seedTexts.map((e) => [e.id, e] as const))("the seed text %s", (_, example) => {
  const extracted = extractDraft(example.content);
  if (!extracted.ok) throw new Error(`${example.id}: ${extracted.error.code}`);
  const { value: extraction } = extracted;
  const validated = validateAgreement(pretty(extraction.draft));
  const schedule = validated.ok ? scheduleObligations(validated.value) : undefined;
  const name = example.id.split("/")[1]!;

  it("is read into a draft: each field with its quote marked in the text, and what is missing", async () => {
    await loadExample(example.id);
    expect(await page.getAttribute("html", "data-tab")).toBe("source");
    const rows = await page.$$eval("#fields tbody tr", (trs) => trs.map((tr) => [tr.getAttribute("data-kind"), tr.querySelector(".value")?.textContent]));
    expect(rows).toEqual(extraction.fields.map((f) => [f.kind, f.value]));
    const missing = await page.$$eval("#missing li", (lis) => lis.map((li) => li.getAttribute("data-kind")));
    expect(missing).toEqual([...extraction.missing]);
    // Every quote is marked, and its mark holds the quote's words.
    const marks = await page.$$eval("#source-text mark", (ms) => ms.map((m) => ({ text: m.textContent ?? "", fields: (m.getAttribute("data-fields") ?? "").split(" ").map(Number) })));
    extraction.fields.forEach((f, i) => {
      const mark = marks.find((m) => m.fields.includes(i + 1));
      expect(mark, `field ${i + 1}`).toBeDefined();
      expect(mark!.text).toContain(f.quote);
    });
    if (extraction.fields.length > 0) {
      // A field's quote button shows its mark.
      await page.click("#fields tbody tr:last-child button.quote");
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("MARK");
    }
    if (name === "kavlinge-2019-2022") await screenshot(page, "2-source");
  });

  it("shows the draft's findings, each linked to its field", async () => {
    expect(await pageFindings()).toEqual(listed(validated.ok ? validated.warnings : validated.issues));
    const first = page.locator("#findings li.finding button").first();
    if ((await first.count()) > 0) {
      await first.click();
      expect(await page.evaluate(() => document.activeElement?.classList.contains("cm-content"))).toBe(true);
    }
    if (name === "kavlinge-2019-2022") await screenshot(page, "3-json");
  });

  it("schedules it: the count, the list and the year wheel, and the .ics", async () => {
    await tab("schedule");
    expect(schedule?.ok).toBe(true);
    if (!schedule?.ok) return;
    const count = schedule.obligations.length;
    expect(await page.textContent("#schedule-count")).toMatch(new RegExp(`^${count} av ${count} punkter`));
    expect(await page.locator("#obligations tbody tr").count()).toBe(count);
    const ids = await page.$$eval("#obligations tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-id")));
    expect(ids).toEqual(schedule.obligations.map((o) => o.id));
    const ics = await downloaded(() => page.click("#download-ics"));
    expect(ics.name).toMatch(/\.ics$/);
    expect(ics.text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(count);
    if (validated.ok) {
      const doc = validated.value;
      const title = "title" in doc && typeof doc.title === "string" ? doc.title : doc.id;
      const expected = toICalendar(schedule.obligations, { locale: "sv", name: title });
      expect(expected.ok).toBe(true);
      if (expected.ok) expect(ics.text).toBe(expected.value);
    }
    if (name === "kristianstad-2025-2028") await screenshot(page, "4-schedule", true);
  });

  it("renders it to sign, and gives the Markdown", async () => {
    await tab("document");
    if (!validated.ok) return;
    const html = renderDocument(validated.value, { format: "html" });
    expect(html.ok).toBe(true);
    expect(await page.getAttribute("#rendered", "srcdoc")).toBe(html.ok ? html.text : "");
    const markdown = await downloaded(() => page.click("#download-markdown"));
    const expected = renderDocument(validated.value, { format: "markdown" });
    expect(markdown.text).toBe(expected.ok ? expected.text : "");
    if (name === "kavlinge-2019-2022") await screenshot(page, "5-document");
  });
});

describe("the schedule's filters and completions", () => {
  const example = seedTexts.find((e) => e.id === "seed-text/kristianstad-2025-2028")!;
  const extracted = extractDraft(example.content);
  const validated = extracted.ok ? validateAgreement(extracted.value.draft) : undefined;
  const schedule = validated?.ok ? scheduleObligations(validated.value) : undefined;
  const obligations = schedule?.ok ? schedule.obligations : [];

  it("judges each obligation on the day chosen", async () => {
    await loadExample(example.id);
    await tab("schedule");
    await page.fill("#today", "2026-06-15");
    await page.dispatchEvent("#today", "change");
    const judged = statusesOf(obligations, { today: "2026-06-15", completions: [] });
    expect(judged.ok).toBe(true);
    const states = await page.$$eval("#obligations tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-state")));
    expect(states).toEqual(judged.ok ? judged.statuses.map((s) => s.state) : []);
  });

  it("marks a completion and shows the new state", async () => {
    const id = await page.locator('#obligations tbody tr[data-state="overdue"]').first().getAttribute("data-id");
    await page.locator(`#obligations tbody tr[data-id="${id}"] input[type=checkbox]`).check();
    const after = page.locator(`#obligations tbody tr[data-id="${id}"]`);
    expect(await after.getAttribute("data-state")).toBe("done");
    const judged = statusesOf(obligations, { today: "2026-06-15", completions: [{ obligationId: id!, completedOn: "2026-06-15" }] });
    expect(judged.ok && judged.statuses.find((s) => s.obligation.id === id)?.state).toBe("done");
    // The focus stays on the checkbox it was on (the list is redrawn).
    expect(await page.evaluate(() => document.activeElement?.closest("tr")?.getAttribute("data-id"))).toBe(id);
    const completions = await downloaded(() => page.click("#download-completions"));
    expect(JSON.parse(completions.text)).toEqual([{ obligationId: id, completedOn: "2026-06-15" }]);
  });

  it("filters by kind and by side", async () => {
    await page.selectOption("#filter-kind", "forum_meeting");
    const meetings = obligations.filter((o) => o.kind === "forum_meeting");
    expect(meetings.length).toBeGreaterThan(0);
    expect(await page.$$eval("#obligations tbody tr", (trs) => trs.map((tr) => tr.getAttribute("data-id")))).toEqual(meetings.map((o) => o.id));
    await page.selectOption("#filter-kind", "all");
    await page.selectOption("#filter-side", "municipality");
    const municipal = obligations.filter((o) => o.responsible?.side === "municipality");
    expect(await page.locator("#obligations tbody tr").count()).toBe(municipal.length);
    const ics = await downloaded(() => page.click("#download-ics"));
    expect(ics.text.match(/BEGIN:VEVENT/g)?.length ?? 0).toBe(municipal.length);
    await page.selectOption("#filter-side", "all");
    // The wheel shows the chosen year's obligations.
    await page.selectOption("#wheel-year", "2027");
    expect(await page.locator("#wheel circle.dot").count()).toBe(obligations.filter((o) => o.date.startsWith("2027-")).length);
  });
});

describe("JSON in the editor", () => {
  it("reads a format 1 document through the migration", async () => {
    await loadExample("v1/kavlinge-2019-2022");
    expect(await page.textContent("#findings .notice")).toContain("format 1");
    const v1 = examples.find((e) => e.id === "v1/kavlinge-2019-2022")!;
    const validated = validateAgreement(v1.content);
    expect(validated.ok).toBe(true);
    // The page validates the migrated document, so the migration's own note is not among the findings.
    expect(await pageFindings()).toEqual(listed((validated.ok ? validated.warnings : []).filter((i) => i.code !== "schema_version_migrated")));
    expect(await page.locator(".cm-content").textContent()).toContain('"schemaVersion": 2');
  });

  it("checks what is typed, and a finding selects its field", async () => {
    const text = '{"schemaVersion": 2, "type": "agreement", "id": "x", "title": "Prov", "structure": {"type": "single"},\n"parties": {"municipalities": []},\n"validity": {"start": {"type": "year", "year": 2027}, "end": {"type": "year", "year": 2030}}}';
    await page.click(".cm-content");
    await page.keyboard.press("Control+a");
    await page.keyboard.insertText(text);
    const expected = validateAgreement(text);
    expect(expected.ok).toBe(false);
    await page.waitForFunction((n) => document.querySelectorAll("#findings li.finding").length === n, expected.ok ? 0 : expected.issues.length);
    expect(await pageFindings()).toEqual(listed(expected.ok ? [] : expected.issues));
    const police = page.locator('#findings li.finding[data-path="parties.police"] button');
    await police.click();
    expect(await page.locator(".cm-activeLine").textContent()).toContain('"parties"');
    await screenshot(page, "6-json-errors");
    // The schedule and the document wait for a valid document.
    await tab("schedule");
    expect(await page.textContent("#panel-schedule")).toContain("Schemat visas när dokumentet är giltigt");
  });

  it("takes a pasted document", async () => {
    const json = examples.find((e) => e.id === "seed-json/ostra-goinge-2023-2026")!.content;
    await tab("start");
    await page.fill("#paste", json);
    await page.click("#read-pasted");
    await page.waitForSelector("#panel-json:not([hidden])");
    const validated = validateAgreement(json);
    expect(await pageFindings()).toEqual(listed(validated.ok ? validated.warnings : []));
  });
});

describe("a PDF", () => {
  it("is read in the browser (pdf.js included in the page) and extracted", async () => {
    const pdf = await makeWordLikePdf(seedPages("kavlinge-2019-2022", 3));
    const read = await readPdfText(pdf);
    expect(read.ok).toBe(true);
    const extracted = extractDraft(read.ok ? read.value.text : "");
    expect(extracted.ok).toBe(true);
    await tab("start");
    await page.setInputFiles("#file-input", { name: "kavlinge.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await page.waitForSelector("#panel-source:not([hidden]) #fields");
    expect(await page.textContent("#source-text-title")).toContain("3 sidor");
    const rows = await page.$$eval("#fields tbody tr", (trs) => trs.map((tr) => [tr.getAttribute("data-kind"), tr.querySelector(".value")?.textContent]));
    expect(rows).toEqual(extracted.ok ? extracted.value.fields.map((f) => [f.kind, f.value]) : []);
    expect(rows.length).toBeGreaterThan(10);
    await screenshot(page, "7-pdf");
  });

  it("says what is wrong with a file that is not one", async () => {
    await tab("start");
    await page.setInputFiles("#file-input", { name: "trasig.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\ninte en pdf") });
    await page.waitForSelector("#status.error");
    expect(await page.textContent("#status")).toContain("pdf_malformed");
  });
});

describe("a new agreement", () => {
  it("starts one for any kommuner and configuration, with what is left to fill in", async () => {
    await tab("start");
    await page.fill("#new-kommun", "Östra Göinge, Osby");
    await page.click("#new-add");
    await page.fill("#new-kommun", "Hässleholm");
    await page.press("#new-kommun", "Enter");
    await page.selectOption("#new-kind", "lpo_group");
    await page.fill("#new-lpo", "Lokalpolisområde Hässleholm");
    await page.fill("#new-from", "2027-01-01");
    await screenshot(page, "8-new");
    await page.click("#new-start");
    await page.waitForSelector("#panel-json:not([hidden])");
    const started = startAgreement({ kommuner: ["Östra Göinge", "Osby", "Hässleholm"], kind: "lpo_group", localPoliceAreas: ["Lokalpolisområde Hässleholm"], from: "2027-01-01", years: 4, empty: false, profile: true });
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    expect(await page.locator("#findings li.finding.todo").count()).toBe(started.missing.length);
    expect(await page.locator(".cm-content").textContent()).toContain(`"id": "${started.document.id}"`);
    const validated = validateAgreement(pretty(started.document));
    expect(await pageFindings()).toEqual(listed(validated.ok ? validated.warnings : []));
  });

  it("says which kommun it does not know, with the registry's suggestion", async () => {
    await tab("start");
    // The chosen kommuner are kept; remove them with their buttons.
    while ((await page.locator(".chip-remove").count()) > 0) await page.locator(".chip-remove").first().click();
    await page.fill("#new-kommun", "Kävlinga");
    await page.click("#new-start");
    const lookup = findKommun("Kävlinga");
    expect(lookup.ok).toBe(false);
    if (!lookup.ok) expect(await page.textContent("#new-errors")).toContain(formatKommunLookupError(lookup.error));
  });
});

describe("the page in English", () => {
  it("gives the findings, the schedule and the document in English", async () => {
    await page.click('button.lang-button[lang="en"]');
    expect(await page.getAttribute("html", "lang")).toBe("en");
    const example = examples.find((e) => e.id === "seed-json/kavlinge-2019-2022")!;
    await loadExample(example.id);
    const validated = validateAgreement(example.content);
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    await tab("json");
    const messages = await page.$$eval("#findings li.finding .finding-message", (spans) => spans.map((s) => s.textContent));
    const sorted = [...validated.warnings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
    expect(messages).toEqual(sorted.map((i) => formatIssue(i, { locale: "en" })));
    await tab("document");
    const html = renderDocument(validated.value as AgreementDocument, { format: "html", lang: "en" });
    expect(await page.getAttribute("#rendered", "srcdoc")).toBe(html.ok ? html.text : "");
    await screenshot(page, "9-english-document");
    await page.click('button.lang-button[lang="sv"]');
  });
});

describe("every example", () => {
  it("loads without a page error, as the packages read it", async () => {
    for (const example of examples) {
      await loadExample(example.id);
      if (example.format === "text") {
        const extracted = extractDraft(example.content);
        expect(extracted.ok, example.id).toBe(true);
        expect(await page.locator("#fields tbody tr").count(), example.id).toBe(extracted.ok ? extracted.value.fields.length : -1);
      } else {
        expect(await page.textContent("#status"), example.id).toMatch(/Giltigt dokument|Ogiltigt dokument/);
        expect(await page.getAttribute("html", "data-tab"), example.id).toBe("json");
      }
    }
  }, 120_000);
});

describe("the page for everyone", () => {
  it("works by keyboard: the tabs with the arrow keys, an example with Enter", async () => {
    await tab("start");
    await page.focus("#tab-start");
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-source");
    expect(await page.getAttribute("#tab-source", "aria-selected")).toBe("true");
    await page.keyboard.press("End");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-document");
    await page.keyboard.press("Home");
    await page.focus('[data-example="seed-text/ostra-goinge-2023-2026"]');
    await page.keyboard.press("Enter");
    await page.waitForSelector("#panel-source:not([hidden]) #fields");
  });

  it("has no accessibility violations that axe-core finds, in any view", async () => {
    await loadExample("seed-text/kristianstad-2025-2028");
    const found: Record<string, { id: string; nodes: string[] }[]> = {};
    for (const name of ["start", "source", "json", "schedule", "document"] as const) {
      await tab(name);
      found[name] = await accessibility();
    }
    const frame = await (await page.waitForSelector("#rendered")).contentFrame();
    expect(frame).not.toBeNull();
    await frame!.waitForSelector("h1");
    // No script in the rendered document, and none could run: the frame has the page's policy.
    expect(await frame!.locator("script").count()).toBe(0);
    found["rendered document"] = await accessibility(frame!);
    await page.click('button.lang-button[lang="en"]');
    await tab("schedule");
    found["schedule (en)"] = await accessibility();
    await page.click('button.lang-button[lang="sv"]');
    expect(found).toEqual({ start: [], source: [], json: [], schedule: [], document: [], "rendered document": [], "schedule (en)": [] });
  });

  it("prints the rendered document as a PDF", async () => {
    await tab("document");
    const html = await page.getAttribute("#rendered", "srcdoc");
    const printer = await run.context.newPage();
    await printer.setContent(html ?? "");
    const pdf = await printer.pdf({ path: `${RESULTS}rendered.pdf`, format: "A4" });
    await printer.close();
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  });
});

describe("the network", () => {
  it("sees no request at all after the page has loaded", () => {
    const after = run.requests.filter((r) => r.afterReady && !r.url.startsWith("blob:") && !r.url.startsWith("data:"));
    expect(after).toEqual([]);
    expect(run.requests.every((r) => r.url.startsWith(origin) || r.url.startsWith("blob:") || r.url.startsWith("data:") || r.url === "about:blank")).toBe(true);
  });

  it("logged no page error and no refused content", () => {
    expect(run.problems).toEqual([]);
  });
});
