import type { IssuePath } from "../issues/issue.js";
import type { Agreement, CitizenPromiseDocument } from "../model/agreement.js";
import type { Parties } from "../model/party.js";
import type { Signatory } from "../model/people.js";

/** A party that signs: Polisen or a kommun (or a body within one), with where it is in the document. */
export interface SigningParty {
  readonly id: string;
  readonly side: "police" | "municipality";
  readonly index: number;
  readonly path: IssuePath;
  /** Whether it is a body within a kommun (a stadsdelsnämnd or -förvaltning). */
  readonly unit: boolean;
}

/** Polisen, then each kommun party (other parties, such as a region, are not judged by side). */
export function signingParties(parties: Parties): SigningParty[] {
  return [
    { id: parties.police.id, side: "police", index: 0, path: ["parties", "police"], unit: false },
    ...parties.municipalities.map((m, i): SigningParty => ({ id: m.id, side: "municipality", index: i, path: ["parties", "municipalities", i], unit: m.unit !== undefined })),
  ];
}

/**
 * The lists of signatories in a document, with where each is: the document's own, and in an
 * agreement each medborgarlöfte's (signed for the agreement's parties).
 */
export function signatoryLists(document: Agreement | CitizenPromiseDocument): { list: readonly Signatory[]; prefix: IssuePath }[] {
  const lists = [{ list: document.signatories ?? [], prefix: [] as IssuePath }];
  if (document.type === "agreement") document.citizenPromises?.forEach((p, i) => p.signatories && lists.push({ list: p.signatories, prefix: ["citizenPromises", i] }));
  return lists;
}
