import { framework } from "./framework.js";
import { lpoGroup } from "./lpo-group.js";
import { multiLpo } from "./multi-lpo.js";
import { joint, single } from "./single.js";
import { strategicLocal } from "./strategic-local.js";

/**
 * The adapter of every configuration, by kind (see {@link ConfigurationKind}).
 *
 * @example
 * const adapter = configurations[kavlinge.configuration];
 * const started = adapter.start({ kommuner: kavlinge.municipalities, validity, profile: kavlinge });
 */
export const configurations = {
  single,
  lpo_group: lpoGroup,
  joint,
  strategic_local: strategicLocal,
  multi_lpo: multiLpo,
  framework,
} as const;
