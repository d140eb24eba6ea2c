import { expect, it } from "vitest";
import type { KommunProfile } from "@samverkan/kommuner";
import { dataChecks, type ProfileCheck } from "./profile-checks-data.js";
import { useChecks } from "./profile-checks-use.js";
import { profileContext, type ProfileContext } from "./profile-context.js";

/**
 * Every clause of the profile contract, in the order they are reported: first what the profile
 * says (its id, kommuner, forums, cadences, severities, rules, plain data, schedule settings), then
 * what it does (the agreement started from it, its rules at work, its example).
 */
export const profileChecks: readonly ProfileCheck[] = [...dataChecks, ...useChecks];

// A check that throws is a problem of the profile too, reported under the clause's name.
function runCheck(check: ProfileCheck, context: ProfileContext): string[] {
  try {
    return check.run(context);
  } catch (error) {
    return [`threw: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/**
 * What is wrong with a profile by the contract every profile must satisfy: one line per problem,
 * each starting with the clause it breaks. Empty for a profile that satisfies the contract. Pure
 * apart from reading the profile's example file, so a test can assert that a broken profile is
 * caught without registering a failing test.
 *
 * @param profile - the profile to check
 * @returns the problems, in the order of {@link profileChecks}
 * @example
 * import { kavlinge } from "@samverkan/kommuner";
 * import { profileProblems } from "@samverkan/test-utils";
 *
 * profileProblems(kavlinge); // []
 * profileProblems({ ...kavlinge, municipalities: ["9999"] }).length > 0; // true
 */
export function profileProblems(profile: KommunProfile): string[] {
  const context = profileContext(profile);
  return profileChecks.flatMap((check) => runCheck(check, context).map((problem) => `${check.name}: ${problem}`));
}

/**
 * Registers the profile contract as vitest cases, one per clause, for use inside a `describe`:
 * `describe.each(profiles.map((p) => [p.id, p]))("%s", (_, p) => profileContract(p))`. Clauses about
 * the example are skipped for a profile without one.
 *
 * @param profile - the profile to check
 * @example
 * import { describe } from "vitest";
 * import { kavlinge } from "@samverkan/kommuner";
 * import { profileContract } from "@samverkan/test-utils";
 *
 * describe("kavlinge", () => profileContract(kavlinge));
 */
export function profileContract(profile: KommunProfile): void {
  const context = profileContext(profile);
  for (const check of profileChecks) {
    it.skipIf(check.example === true && profile.example === undefined)(check.name, () => {
      expect(runCheck(check, context)).toEqual([]);
    });
  }
}
