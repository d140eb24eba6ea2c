// The registry's public surface, re-exported by the package index.
export {
  findKommun,
  formatKommunLookupError,
  getKommun,
  kommuner,
  kommunerInCounty,
  kommunerInPoliceRegion,
  normalizeKommunName,
  toMunicipalityParty,
  type Kommun,
  type KommunLookup,
  type KommunLookupError,
} from "./registry.js";
