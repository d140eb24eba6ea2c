export { agreement, agreementSet, signed } from "./build.js";
export { kristianstad, kristianstadAgreement, lawDuties, situationalPictureFollowUp } from "./law.js";
export { loadSeed, seedNames, type SeedName } from "./seeds.js";
export { arjeplog, arvidsjaur, del1, del2, issuesOf, years } from "./rules.js";
