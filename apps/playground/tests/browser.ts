// Headless Chromium for the end-to-end tests: Debian's `chromium` (or CHROMIUM_PATH), driven by
// playwright-core; every request the page makes is recorded, and screenshots go to test-results/.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Where screenshots and other artefacts go (git-ignored). */
export const RESULTS = fileURLToPath(new URL("../test-results/", import.meta.url));

/** The Chromium to drive. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** One request the page made, and whether the page was ready (all its files loaded) by then. */
export interface Recorded {
  readonly url: string;
  readonly afterReady: boolean;
}

/** A page with its requests, console errors and page errors recorded. */
export interface Recording {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly requests: Recorded[];
  readonly problems: string[];
  /** Marks the moment the page was ready: requests after it are `afterReady`. */
  markReady(): void;
}

/** Launches Chromium and opens a page that records what it asks for. */
export async function open(options: { width?: number; height?: number; locale?: string } = {}): Promise<Recording> {
  mkdirSync(RESULTS, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM });
  const context = await browser.newContext({ viewport: { width: options.width ?? 1400, height: options.height ?? 1000 }, locale: options.locale ?? "sv-SE", acceptDownloads: true });
  const page = await context.newPage();
  const requests: Recorded[] = [];
  const problems: string[] = [];
  let ready = false;
  // The context sees requests from every frame and worker, not only the page's.
  context.on("request", (request) => requests.push({ url: request.url(), afterReady: ready }));
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" || /Content.Security.Policy|Refused to/i.test(message.text())) problems.push(`console ${message.type()}: ${message.text()}`);
  });
  return { browser, context, page, requests, problems, markReady: () => (ready = true) };
}

/** Saves a screenshot of the page as `test-results/<name>.png`. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `${RESULTS}${name}.png`, fullPage });
}
