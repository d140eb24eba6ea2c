import type {
  Agreement,
  Cadence,
  CitizenPromiseCycle,
  FocusAreaKind,
  FollowUpKind,
  ForumKind,
  ForumLevel,
  IssuePath,
  LocalContent,
  Modality,
  MunicipalityCode,
  Role,
  ScheduleOptions,
  Severity,
  Side,
  ValidateOptions,
} from "@samverkan/core";
import type { ConfigurationKind } from "../configurations/adapter.js";

/**
 * A forum of a {@link AgreementTemplate}: its kind, and as far as the kommun's agreements say: its
 * level (never invented: leave it out where the text gives none), name, cadence, how binding the text
 * makes it (`modality`: "bör finnas" is `should`), whether each party can expect the other to be
 * represented there (`mutualRepresentation`) and who convenes it. `shared` marks the group's forum:
 * in a `strategic_local` set it goes in the del 1 (the cross-kommun group of Arjeplog and
 * Arvidsjaur), in a `multi_lpo` set in the city-wide agreement; every other forum goes in each del 2
 * or local agreement. In a configuration of one agreement every forum goes in it.
 *
 * @example
 * const forum: TemplateForum = { kind: "working_group", name: "Partsammansatta grupper", shared: true, cadence: { type: "yearly", atLeast: true } };
 */
export interface TemplateForum {
  readonly kind: ForumKind;
  readonly level?: ForumLevel;
  readonly name?: string;
  readonly cadence?: Cadence;
  readonly modality?: Modality;
  readonly mutualRepresentation?: boolean;
  readonly convenor?: Side;
  readonly shared?: boolean;
}

/**
 * A follow-up of a {@link AgreementTemplate}: its kind and subject, and optionally its cadence, the
 * side and roles responsible for it, and `forum`, the kind of the template's forum that carries it
 * (Östra Göinge's yearly follow-up in Lokala Brå): the follow-up then names that forum of the same
 * agreement (`forumId`), where the agreement has one.
 *
 * @example
 * const followUp: TemplateFollowUp = { kind: "follow_up", subject: "Samverkansöverenskommelsen", cadence: { type: "yearly" }, forum: "local_bra" };
 */
export interface TemplateFollowUp {
  readonly kind: FollowUpKind;
  readonly subject: string;
  readonly cadence?: Cadence;
  readonly responsibleSide?: Side;
  readonly responsibleRoles?: readonly Role[];
  readonly forum?: ForumKind;
}

/**
 * What a new agreement starts with (**mall**): its forums, follow-ups, focus areas and medborgarlöfte
 * cycle, and for a del 1 what each del 2 must hold (`localContent`). Forum names come from the
 * profile's `forumNames` unless given here.
 *
 * @example
 * const template: AgreementTemplate = {
 *   forums: [{ kind: "local_bra", level: "strategic", cadence: { type: "quarterly" } }],
 *   followUps: [{ kind: "follow_up", subject: "Samverkansöverenskommelsen", cadence: { type: "yearly" } }],
 * };
 */
export interface AgreementTemplate {
  readonly forums?: readonly TemplateForum[];
  readonly followUps?: readonly TemplateFollowUp[];
  readonly focusAreas?: readonly { readonly kind: FocusAreaKind; readonly title: string }[];
  readonly citizenPromiseCycle?: CitizenPromiseCycle;
  readonly localContent?: readonly LocalContent[];
}

/**
 * A check of a kommun's own (**lokal regel**), beyond the library's rules: a stable snake_case
 * `code`, a `severity`, a message in Swedish and English (fixed text: it never repeats the
 * document), and `check`, which returns the paths where it fires.
 *
 * @example
 * const rule: ProfileRule = {
 *   code: "spindelgrupp_required",
 *   severity: "warning",
 *   message: { sv: "Spindelgruppen saknas.", en: "The spindelgrupp is missing." },
 *   check: (a) => (a.forums?.some((f) => f.kind === "spider_group") ? [] : [["forums"]]),
 * };
 */
export interface ProfileRule {
  readonly code: string;
  readonly severity: Severity;
  readonly message: { readonly sv: string; readonly en: string };
  /** The paths in the agreement where the rule fires; none when it does not. */
  check(agreement: Agreement): readonly IssuePath[];
}

/**
 * A **profil**: what differs for one kommun, or a group of kommuner, as plain data. Core never tests
 * a kommunkod; a profile injects what differs: the kommun's names for the forums, default cadences,
 * the forums it requires, severity overrides, extra rules, schedule settings, and the template a
 * new agreement starts from. Declare one with `satisfies KommunProfile` so the compiler checks it
 * and keeps its literal types.
 *
 * @example
 * export const kavlinge = {
 *   id: "kavlinge",
 *   name: "Kävlinge",
 *   municipalities: ["1261"],
 *   configuration: "single",
 *   localPoliceArea: "Lokalpolisområde Kävlinge",
 *   forumNames: { council: "Rådet för trygghet och hälsa (RTH)" },
 *   requiredForums: ["council"],
 *   template: { forums: [{ kind: "council", level: "strategic" }] },
 *   referenceYear: 2020,
 * } satisfies KommunProfile;
 */
export interface KommunProfile {
  /** A stable id (lower-case, `-`): `ostra-goinge`, `arjeplog-arvidsjaur`. */
  readonly id: string;
  /** The name people use for the kommun or the group. */
  readonly name: string;
  /** The kommuner the profile covers, by kommunkod (one, or a group). */
  readonly municipalities: readonly MunicipalityCode[];
  /** How the kommuner configure their agreement, see {@link ConfigurationKind}. */
  readonly configuration: ConfigurationKind;
  /** The lokalpolisområde as the agreements write it, where there is one. */
  readonly localPoliceArea?: string;
  /** The kommun's own names for the kinds of forum ("Rådet för trygghet och hälsa" for a `council`). */
  readonly forumNames?: Partial<Record<ForumKind, string>>;
  /** Default cadences, used by the template where it gives none. */
  readonly cadences?: {
    readonly forums?: Partial<Record<ForumKind, Cadence>>;
    readonly followUps?: Partial<Record<FollowUpKind, Cadence>>;
  };
  /** Kinds of forum every agreement of the kommun must have (`required_forum_missing` otherwise). */
  readonly requiredForums?: readonly ForumKind[];
  /** Raise, lower or turn off the library's rules for this kommun. */
  readonly severity?: ValidateOptions["severity"];
  /** The kommun's own checks. */
  readonly rules?: readonly ProfileRule[];
  /** Schedule settings: the lägesbild interval, the renewal lead time, the annual report's day, … */
  readonly schedule?: Pick<ScheduleOptions, "renewalLeadMonths" | "lawIntervalMonths" | "annualReportDue" | "nonWorkingDays" | "safetySurveyCadence">;
  /** What a new agreement starts with. */
  readonly template: AgreementTemplate;
  /** The year the profile's snapshot schedules. */
  readonly referenceYear: number;
  /** The example document the profile describes (a file under `examples/agreements/`, without `.json`). */
  readonly example?: string;
}
