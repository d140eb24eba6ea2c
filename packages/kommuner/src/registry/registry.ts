// The registry of Sweden's 290 kommuner, one concept per file, gathered here for the rest of the package.
export {
  getKommun,
  kommuner,
  kommunerInCounty,
  kommunerInPoliceRegion,
  toMunicipalityParty,
  type Kommun,
} from "./kommun.js";
export { findKommun, type KommunLookup, type KommunLookupError } from "./find-kommun.js";
export { formatKommunLookupError } from "./format-lookup-error.js";
export { normalizeKommunName } from "./normalize.js";
