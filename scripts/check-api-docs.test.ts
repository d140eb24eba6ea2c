import { describe, expect, it } from "vitest";
import { PAGE_LIMIT_BYTES, SIGNATURE_LIMIT_CHARS, checkPackagePage, checkPage } from "./check-api-docs.js";

// The shape of TypeDoc's pages: a signature is a div (or an li for a function's overloads).
const signature = (text: string) => `<div class="tsd-signature tsd-anchor-link"><span class="tsd-kind-call-signature">f</span>(${text})</div>`;

describe("checkPage", () => {
  it("passes a page whose types are named", () => {
    expect(checkPage("functions/f.html", `<h1>f</h1>${signature("document: <a>AgreementDocument</a>")}`)).toEqual([]);
  });

  it("flags a type spelled out at length, with its beginning", () => {
    const fields = Array.from({ length: 400 }, (_, i) => `field${i}?: &quot;a&quot; | &quot;b&quot;;`).join(" ");
    const problems = checkPage("functions/f.html", signature(`document: { ${fields} }`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^functions\/f\.html: a type of \d+ characters \(limit 5000\): f\(document: \{ field0\?: "a" \| "b";/);
  });

  it("counts text, not markup", () => {
    const marked = Array.from({ length: 300 }, () => `<span class="tsd-signature-type">x</span>`).join("");
    expect(marked.length).toBeGreaterThan(SIGNATURE_LIMIT_CHARS);
    expect(checkPage("types/x.html", signature(marked))).toEqual([]);
  });

  it("flags a page over the size limit", () => {
    const problems = checkPage("interfaces/big.html", `<p>${"x".repeat(PAGE_LIMIT_BYTES)}</p>`);
    expect(problems).toEqual([expect.stringMatching(/^interfaces\/big\.html: \d+ KB of HTML \(limit 300 KB\)/)]);
  });
});

describe("checkPackagePage", () => {
  const install = `<h2 id="install">Install</h2><pre><code>npm install @samverkan/core zod</code></pre>`;
  const quickStart = `<h2 id="quick-start">Quick start</h2><pre><code>validateAgreement(text)</code></pre>`;

  it("passes a page with an install line and a quick start", () => {
    expect(checkPackagePage("modules/core.html", install + quickStart)).toEqual([]);
  });

  it("flags a page without either", () => {
    expect(checkPackagePage("modules/core.html", "<h1>Module @samverkan/core</h1>")).toEqual([
      'modules/core.html: no install line (an "Install" heading with npm install)',
      'modules/core.html: no quick start (a "Quick start" heading)',
    ]);
  });

  it("wants the install heading to say how", () => {
    expect(checkPackagePage("modules/core.html", `<h2>Install</h2><p>See the site.</p>${quickStart}`)).toHaveLength(1);
  });
});
