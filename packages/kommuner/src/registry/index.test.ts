import { expect, it } from "vitest";
import * as registry from "./index.js";

it("exports exactly the registry's public values", () => {
  expect(Object.keys(registry).sort()).toEqual([
    "findKommun",
    "formatKommunLookupError",
    "getKommun",
    "kommuner",
    "kommunerInCounty",
    "kommunerInPoliceRegion",
    "normalizeKommunName",
    "toMunicipalityParty",
  ]);
});
