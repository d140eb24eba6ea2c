import type { IssuePath } from "../issues/issue.js";
import type { Parties } from "../model/party.js";

/** A party that signs: Polisen or a kommun (or a body within one), with where it is in the document. */
export interface SigningParty {
  readonly id: string;
  readonly side: "police" | "municipality";
  readonly index: number;
  readonly path: IssuePath;
}

/** Polisen, then each kommun party (other parties, such as a region, are not judged by side). */
export function signingParties(parties: Parties): SigningParty[] {
  return [
    { id: parties.police.id, side: "police", index: 0, path: ["parties", "police"] },
    ...parties.municipalities.map((m, i): SigningParty => ({ id: m.id, side: "municipality", index: i, path: ["parties", "municipalities", i] })),
  ];
}
