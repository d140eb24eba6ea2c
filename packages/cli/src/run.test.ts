// `run` in-process, with streams of our own: what a subprocess cannot show (a terminal).
import { describe, expect, it } from "vitest";
import { CONFIGURATION_KINDS, profiles } from "@samverkan/kommuner";
import { run, type CliOutput } from "@samverkan/cli";
import { CONFIGURATION_KIND_IDS, PROFILE_IDS } from "./run.js";
import { painter, progress } from "./terminal.js";

function capture(isTTY: boolean): CliOutput & { text: () => string } {
  const parts: string[] = [];
  return { isTTY, write: (t: string) => parts.push(t), text: () => parts.join("") };
}

const seed = "examples/agreements/kristianstad-2025-2028.json";

describe("run", () => {
  it("colours the findings on a terminal, and not with NO_COLOR", async () => {
    const coloured = capture(true);
    expect(await run(["validate", seed], { stdout: coloured, stderr: capture(false), env: {} })).toBe(0);
    expect(coloured.text()).toContain("\u001b[33mwarning\u001b[39m");
    for (const env of [{ NO_COLOR: "1" }, { NO_COLOR: "true" }]) {
      const plain = capture(true);
      expect(await run(["validate", seed], { stdout: plain, stderr: capture(false), env })).toBe(0);
      expect(plain.text()).not.toContain("\u001b[");
      expect(plain.text()).toContain("contact_missing warning ");
    }
  });

  it("never rejects: a problem is a coded line and an exit code", async () => {
    const stderr = capture(false);
    expect(await run(["render", "finns-inte.json"], { stdout: capture(false), stderr, env: {} })).toBe(2);
    expect(stderr.text()).toBe("samverkan: file_not_found: finns-inte.json\n");
  });

  it("reads standard input from the stream it is given", async () => {
    const stdout = capture(false);
    const stdin = (async function* () {
      yield '{"schemaVersion": 2, ';
      yield '"type": "agreement"}';
    })();
    expect(await run(["validate", "-", "--json"], { stdout, stderr: capture(false), stdin, env: {} })).toBe(1);
    expect(JSON.parse(stdout.text())).toMatchObject([{ file: "<stdin>", ok: false }]);
  });

  it("--profile takes exactly the profiles of @samverkan/kommuner", () => {
    expect([...PROFILE_IDS].sort()).toEqual(profiles.map((p) => p.id).sort());
  });

  it("offers new --kind every configuration kind of @samverkan/kommuner", () => {
    expect([...CONFIGURATION_KIND_IDS]).toEqual([...CONFIGURATION_KINDS]);
  });
});

describe("painter", () => {
  it("colours only a terminal without NO_COLOR (an empty NO_COLOR does not count)", () => {
    expect(painter({ write: () => 0, isTTY: true }, {})("red", "fel")).toBe("\u001b[31mfel\u001b[39m");
    expect(painter({ write: () => 0, isTTY: true }, { NO_COLOR: "" })("red", "fel")).toBe("\u001b[31mfel\u001b[39m");
    expect(painter({ write: () => 0, isTTY: true }, { NO_COLOR: "1" })("red", "fel")).toBe("fel");
    expect(painter({ write: () => 0, isTTY: false }, {})("red", "fel")).toBe("fel");
  });
});

describe("progress", () => {
  it("shows on a terminal once the work has taken a second, and is erased at the end", () => {
    let t = 0;
    const out = capture(true);
    const bar = progress(out, "validerar", 3, { now: () => t });
    bar.tick();
    t = 1500;
    bar.tick();
    t = 1550; // redrawn at most ten times a second
    bar.tick();
    bar.done();
    expect(out.text()).toBe("\rvaliderar 2/3\u001b[K\r\u001b[K");
  });

  it("writes nothing for quick work, or on a pipe", () => {
    const quick = capture(true);
    const bar = progress(quick, "validerar", 2, { now: () => 0 });
    bar.tick();
    bar.done();
    expect(quick.text()).toBe("");
    let t = 0;
    const piped = capture(false);
    const slow = progress(piped, "validerar", 2, { now: () => (t += 5000) });
    slow.tick();
    slow.done();
    expect(piped.text()).toBe("");
  });
});
