export { agreement, agreementSet, citizenPromiseDocument, signed } from "./build.js";
export { kristianstad, kristianstadAgreement, lawDuties, situationalPictureFollowUp } from "./law.js";
export { loadSeed, seedNames, type SeedName } from "./seeds.js";
export { arjeplog, arvidsjaur, contactsFor, del1, del2, issuesOf, years } from "./rules.js";
export { profileChecks, profileContract, profileProblems } from "./profile-contract.js";
export type { ProfileCheck } from "./profile-checks-data.js";
export { contractStartInput, contractValidity, INVENTED_LOCAL_POLICE_AREAS, referenceWindow } from "./profile-context.js";
