import { chromium } from "playwright-core";
import { serve } from "./server.js";
const { url, close } = await serve("dist");
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
await page.goto(url + "#example=seed-json/kavlinge-2019-2022");
await page.waitForSelector("html[data-ready=true]");
await page.waitForTimeout(1200);
console.log("markers", await page.locator(".cm-lint-marker").count());
async function at(line: number) {
  await page.locator(".cm-content").click();
  await page.keyboard.press("Control+Home");
  for (let i = 1; i < line; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("End"); await page.keyboard.press("Enter");
  await page.keyboard.type('"');
  await page.keyboard.press("Control+Space");
  await page.waitForTimeout(700);
  const items = await page.locator(".cm-tooltip-autocomplete li").allTextContents();
  const lineText = await page.locator(".cm-line").nth(line - 1).textContent();
  console.log(line, JSON.stringify(lineText), items.length, items.slice(0, 8));
  await page.keyboard.press("Escape");
  await page.keyboard.press("Control+z"); await page.keyboard.press("Control+z"); await page.keyboard.press("Control+z");
}
await at(1); await at(10); await at(11); await at(7);
await page.screenshot({ path: "/tmp/e-complete.png" });
await browser.close(); await close();
