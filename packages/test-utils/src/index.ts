export { agreement, agreementSet, signed } from "./build.js";
export { loadSeed, seedNames, type SeedName } from "./seeds.js";
