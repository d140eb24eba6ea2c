import type { ReferenceTarget } from "../issues/issue.js";
import { defineRule } from "./rule.js";
import { indexOf, pathOf } from "./walk.js";

/**
 * `unknown_reference` (error): an id that names nothing of its kind in the document: a `partyId`
 * (Polisen, a kommun or another party), a `forumId` or `forumIds` entry, `planId`, `focusAreaIds`,
 * `actorIds` or `actorId` (an actor, or a party that is neither Polisen nor a kommun), a result's
 * `commitmentId`, a change's `decisionId`, an annex's `ref`.
 */
export const unknownReference = defineRule({
  code: "unknown_reference",
  severity: "error",
  scope: "document",
  check(document, report, context) {
    const declared = new Map<ReferenceTarget, Set<string>>();
    const add = (target: ReferenceTarget, id: string) => {
      let ids = declared.get(target);
      if (!ids) declared.set(target, (ids = new Set()));
      ids.add(id);
    };
    const index = indexOf(document, context);
    for (const { id, kind } of index.ids) if (kind !== "agreement" && kind !== "other") add(kind, id);
    // A party that is neither Polisen nor a kommun (a region) acts like an actor too.
    for (const other of document.parties.others ?? []) add("actor", other.id);
    for (const { id, target, at } of index.references) if (!declared.get(target)?.has(id)) report(pathOf(at), { target });
  },
});
