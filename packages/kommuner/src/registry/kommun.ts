import { InvalidArgumentError, type MunicipalityCode, type MunicipalityParty, type PoliceRegion } from "@samverkan/core";
import { COUNTIES, KOMMUN_ROWS } from "./kommuner.generated.js";

/**
 * One of Sweden's 290 **kommuner**, as SCB lists it, with its **län** and the **polisregion** that
 * covers the län.
 *
 * @example
 * const kommun: Kommun = {
 *   code: "1256",
 *   name: "Östra Göinge",
 *   countyCode: "12",
 *   county: "Skåne län",
 *   policeRegion: "Syd",
 *   id: "ostra-goinge",
 * };
 */
export interface Kommun {
  /** The **kommunkod**: SCB's four-digit code, such as `"1256"`. */
  readonly code: MunicipalityCode;
  /** The kommun's name without "kommun" or "stad", such as `"Östra Göinge"`. */
  readonly name: string;
  /** The **länskod**: SCB's two-digit county code, the kommunkod's first two digits. */
  readonly countyCode: string;
  /** The **län**'s name, such as `"Skåne län"`. */
  readonly county: string;
  /** The **polisregion** that covers the län. */
  readonly policeRegion: PoliceRegion;
  /**
   * A stable id to use in documents (it satisfies `IdSchema`): the name in lower-case ASCII with
   * hyphens ("Östra Göinge" → `"ostra-goinge"`, "Malung-Sälen" → `"malung-salen"`). Names that
   * would share an id all get their kommunkod appended: Håbo is `"habo-0305"` and Habo is
   * `"habo-0643"`, so neither owns a bare `"habo"` that could be taken for the other.
   */
  readonly id: string;
}

const EMPTY: readonly Kommun[] = Object.freeze([]);

function buildKommuner(): readonly Kommun[] {
  return Object.freeze(
    KOMMUN_ROWS.map(([code, name, id]) => {
      const countyCode = code.slice(0, 2);
      const entry = COUNTIES[countyCode];
      // The generator checks every row's county; this guards against a hand-edited generated file.
      if (!entry) throw new Error(`kommuner.generated.ts: no county ${countyCode} for ${code}`);
      const [county, policeRegion] = entry;
      return Object.freeze({ code, name, countyCode, county, policeRegion, id });
    }),
  );
}

/**
 * All 290 **kommuner**, sorted by kommunkod. The list and its entries are frozen.
 *
 * @example
 * kommuner.length; // 290
 * kommuner[0]?.name; // "Upplands Väsby"
 */
export const kommuner: readonly Kommun[] = /* @__PURE__ */ buildKommuner();

let byCode: Map<string, Kommun> | undefined;
let byCounty: Map<string, readonly Kommun[]> | undefined;
let byRegion: Map<string, readonly Kommun[]> | undefined;

function groupBy(key: (kommun: Kommun) => string): Map<string, readonly Kommun[]> {
  const groups = new Map<string, Kommun[]>();
  for (const kommun of kommuner) {
    const group = groups.get(key(kommun));
    if (group) group.push(kommun);
    else groups.set(key(kommun), [kommun]);
  }
  return new Map([...groups].map(([k, list]) => [k, Object.freeze(list)]));
}

/**
 * The **kommun** with a kommunkod, or `undefined`. The code must be exactly four digits; use
 * {@link findKommun} for text a person typed.
 *
 * @param code - a kommunkod such as `"1290"`
 * @returns the kommun, or `undefined` when no kommun has that code
 * @example
 * getKommun("1290")?.name; // "Kristianstad"
 * getKommun("1299"); // undefined
 */
export function getKommun(code: string): Kommun | undefined {
  byCode ??= new Map(kommuner.map((kommun) => [kommun.code, kommun]));
  return byCode.get(code);
}

/**
 * The **kommuner** in a **län**, sorted by kommunkod.
 *
 * @param countyCode - a two-digit **länskod** such as `"12"` (Skåne län)
 * @returns the län's kommuner (frozen); empty for an unknown code
 * @example
 * kommunerInCounty("09").map((k) => k.name); // ["Gotland"]
 */
export function kommunerInCounty(countyCode: string): readonly Kommun[] {
  byCounty ??= groupBy((kommun) => kommun.countyCode);
  return byCounty.get(countyCode) ?? EMPTY;
}

/**
 * The **kommuner** in a **polisregion**, sorted by kommunkod.
 *
 * @param region - a police region such as `"Syd"`
 * @returns the region's kommuner (frozen); empty for a value that is not a region
 * @example
 * kommunerInPoliceRegion("Stockholm").length; // 27 (Stockholms län and Gotland)
 */
export function kommunerInPoliceRegion(region: PoliceRegion): readonly Kommun[] {
  byRegion ??= groupBy((kommun) => kommun.policeRegion);
  return byRegion.get(region) ?? EMPTY;
}

/**
 * A **kommun** as a party to an agreement (**part**): its id, its kommunkod, and a name — the
 * registry's unless the agreement writes it differently.
 *
 * @param kommun - a kommun from the registry
 * @param name - the name as the agreement writes it, such as `"Kävlinge kommun"`
 * @returns a new `MunicipalityParty`
 * @example
 * toMunicipalityParty(getKommun("1261")!, "Kävlinge kommun");
 * // { id: "kavlinge", code: "1261", name: "Kävlinge kommun" }
 */
export function toMunicipalityParty(kommun: Kommun, name?: string): MunicipalityParty {
  let id: unknown;
  let code: unknown;
  let own: unknown;
  try {
    ({ id, code, name: own } = kommun);
  } catch {
    throw new InvalidArgumentError("toMunicipalityParty", "kommun");
  }
  if (typeof id !== "string" || typeof code !== "string" || typeof own !== "string") throw new InvalidArgumentError("toMunicipalityParty", "kommun");
  if (name !== undefined && typeof name !== "string") throw new InvalidArgumentError("toMunicipalityParty", "name");
  return { id, code, name: name ?? own };
}
