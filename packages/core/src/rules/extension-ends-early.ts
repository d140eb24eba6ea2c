import type { IssuePath } from "../issues/issue.js";
import type { Agreement } from "../model/agreement.js";
import type { CitizenPromise } from "../model/citizen-promise.js";
import { lastDayOf } from "../schedule/civil-date.js";
import { defineRule, type Report } from "./rule.js";
import { resolveValidity } from "./dates.js";

// Each extension must end after the end it extends: the period's, or the extension before it.
function checkPromise(promise: Pick<CitizenPromise, "period" | "extensions">, prefix: IssuePath, report: Report<"extension_ends_early">): void {
  let end = promise.period.end === undefined ? undefined : lastDayOf(promise.period.end);
  promise.extensions?.forEach((extension, i) => {
    const last = lastDayOf(extension.end);
    if (end !== undefined && last <= end) report([...prefix, "extensions", i, "end"], {});
    else end = last;
  });
}

// A change that extends the agreement must end after the end it extends: the agreement's as
// written, or the extension before it.
function checkChanges(agreement: Agreement, report: Report<"extension_ends_early">): void {
  let { end } = resolveValidity(agreement);
  if (end === undefined || end === "open") return;
  agreement.changes?.forEach((change, i) => {
    if (change.type !== "extension") return;
    const to = change.end.type === "date" ? change.end.date : `${change.end.year}-12-31`;
    if (to <= (end as string)) report(["changes", i, "end"], {});
    else end = to;
  });
}

/**
 * `extension_ends_early` (warning): an extension that does not end after what it extends: a
 * medborgarlöfte's **förlängning** that ends on or before its period (or the extension before it),
 * in an agreement or as a document of its own, or a change of type `extension` whose new end is not
 * after the agreement's end (or the extension before it).
 */
export const extensionEndsEarly = defineRule({
  code: "extension_ends_early",
  severity: "warning",
  scope: "document",
  check(document, report) {
    if (document.type === "citizen_promise") return checkPromise(document, [], report);
    document.citizenPromises?.forEach((promise, i) => checkPromise(promise, ["citizenPromises", i], report));
    checkChanges(document, report);
  },
});
