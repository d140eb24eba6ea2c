import type { Agreement, AgreementSet } from "../model/agreement.js";

/** A del 2 in a set, with its del 1 when the set holds it. */
export interface LocalPart {
  readonly local: Agreement;
  readonly index: number;
  readonly municipality: string;
  readonly strategicId: string;
  readonly strategic: Agreement | undefined;
  readonly strategicIndex: number;
}

/** Calls `visit` for every del 2 of a set, paired with the del 1 its `strategicId` names. */
export function eachLocalPart(set: AgreementSet, visit: (part: LocalPart) => void): void {
  const strategicById = new Map<string, number>();
  set.agreements.forEach((a, i) => {
    if (a.structure.type === "strategic" && !strategicById.has(a.id)) strategicById.set(a.id, i);
  });
  set.agreements.forEach((local, index) => {
    if (local.structure.type !== "local") return;
    const strategicIndex = strategicById.get(local.structure.strategicId) ?? -1;
    visit({
      local,
      index,
      municipality: local.structure.municipality,
      strategicId: local.structure.strategicId,
      strategic: set.agreements[strategicIndex],
      strategicIndex,
    });
  });
}
