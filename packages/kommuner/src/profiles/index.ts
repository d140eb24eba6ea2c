import { arjeplogArvidsjaur } from "./arjeplog-arvidsjaur.js";
import { kavlinge } from "./kavlinge.js";
import { kristianstad } from "./kristianstad.js";
import { ostraGoinge } from "./ostra-goinge.js";
import type { KommunProfile } from "./profile.js";

/**
 * The profiles shipped with the library: the kommuner of the seed agreements.
 *
 * @example
 * for (const profile of profiles) console.log(profile.id, profile.configuration);
 */
export const profiles: readonly KommunProfile[] = [ostraGoinge, kavlinge, kristianstad, arjeplogArvidsjaur];
