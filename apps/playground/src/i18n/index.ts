// The page's own words in Swedish and English. The findings, the schedule's titles, the rendered
// document and the configuration titles come from the packages in the same language.
import { en } from "./en.js";
import { sv, type Strings } from "./sv.js";

export type { Strings };

/** The page's languages (the packages' locales). */
export type Lang = "sv" | "en";

/** The words for a language. */
export const STRINGS: Readonly<Record<Lang, Strings>> = { sv, en };
