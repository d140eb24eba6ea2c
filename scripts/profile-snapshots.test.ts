import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { profiles } from "@samverkan/kommuner";
import { orphanSnapshots, renderSnapshot, snapshotFile } from "./generate-profile-snapshots.js";

describe.each(profiles.map((p) => [p.id, p] as const))("the snapshot of %s", (id, profile) => {
  it(`is committed and up to date (run \`pnpm generate\` after changing the profile, its example or the library)`, () => {
    const file = snapshotFile(profile);
    expect(existsSync(file), `packages/kommuner/snapshots/${id}.md is missing`).toBe(true);
    expect(readFileSync(file, "utf8")).toBe(renderSnapshot(profile));
  });
});

it("leaves no snapshot of a profile that is gone", () => {
  expect(orphanSnapshots()).toEqual([]);
});
