import * as z from "zod/mini";
import type { IssuePath } from "../issues/issue.js";
import type { CadenceType } from "../model/cadence.js";
import { CADENCE_TYPES } from "./check-cadence.js";
import { CivilDateSchema, IdSchema, listOf, MunicipalityCodeSchema, ShortTextSchema, SideSchema, type CivilDate, type Id, type MunicipalityCode, type Side } from "../model/primitives.js";

/**
 * What kind of dated duty an obligation is. Stable codes; see `docs/scheduling.md` for each.
 *
 * | `kind` | Swedish | comes from |
 * | --- | --- | --- |
 * | `forum_meeting` | möte i samverkansforum | a forum's cadence |
 * | `follow_up` | uppföljning | a follow-up of kind `follow_up` |
 * | `safety_survey` | Polisens trygghetsmätning (varje höst) | a follow-up of kind `safety_survey` |
 * | `leadership_report` | återrapportering till polis- och kommunledning | a follow-up of kind `leadership_report` |
 * | `situational_picture` | kommunens lägesbild, Lag (2023:196) | the law, or a follow-up of kind `situational_picture` |
 * | `action_plan` | kommunens åtgärdsplan, Lag (2023:196) | decided from each lägesbild |
 * | `citizen_promise_staff_dialogue` | Polisens medarbetardialog inför nästa medborgarlöfte | the medborgarlöfte cycle |
 * | `citizen_promise_dialogue` | medborgardialog inför nästa medborgarlöfte | the medborgarlöfte cycle |
 * | `citizen_promise_decision` | undertecknande av medborgarlöftet | the medborgarlöfte cycle |
 * | `citizen_promise_communication` | kommunikation av medborgarlöftet | the medborgarlöfte cycle |
 * | `citizen_promise_follow_up` | uppföljning av medborgarlöftet | the cycle, and each medborgarlöfte's period |
 * | `commitment` | ett åtagande med en frekvens ("minst 4 trafikkontroller i månaden"): a target count per period | a commitment's `frequency` |
 * | `deliverable` | en engångsleverans ("en kommunikationsplan ska utarbetas") | a deliverable's `due` |
 * | `plan_revision` | revidering av plan | a plan's revision cadence |
 * | `activity` | aktivitet i plan | an activity's due date or cadence, within the plan's period |
 * | `renewal` | förnyelse inför giltighetstidens slut | a validity with an end |
 * | `revision` | revidering (tillsvidareavtal) | an open-ended validity's revision interval |
 *
 * @example
 * ObligationKindSchema.parse("forum_meeting");
 */
export const ObligationKindSchema = z.enum([
  "forum_meeting",
  "follow_up",
  "safety_survey",
  "leadership_report",
  "situational_picture",
  "action_plan",
  "citizen_promise_staff_dialogue",
  "citizen_promise_dialogue",
  "citizen_promise_decision",
  "citizen_promise_communication",
  "citizen_promise_follow_up",
  "commitment",
  "deliverable",
  "plan_revision",
  "activity",
  "renewal",
  "revision",
]);

/** What kind of dated duty an obligation is, see {@link ObligationKindSchema}. */
export type ObligationKind =
  | "forum_meeting"
  | "follow_up"
  | "safety_survey"
  | "leadership_report"
  | "situational_picture"
  | "action_plan"
  | "citizen_promise_staff_dialogue"
  | "citizen_promise_dialogue"
  | "citizen_promise_decision"
  | "citizen_promise_communication"
  | "citizen_promise_follow_up"
  | "commitment"
  | "deliverable"
  | "plan_revision"
  | "activity"
  | "renewal"
  | "revision";

/**
 * Where an obligation comes from: the part of the agreement (by `type`, its `id` where it has one,
 * and its `path` in the document), or the law.
 */
export interface ObligationSource {
  /** What made the obligation. `law` is Lag (2023:196) where the agreement says nothing itself. */
  readonly type: "forum" | "follow_up" | "plan" | "activity" | "citizen_promise" | "citizen_promise_cycle" | "commitment" | "deliverable" | "validity" | "law";
  /** The id of the forum, follow-up, plan, activity, medborgarlöfte, commitment or deliverable. */
  readonly id?: Id;
  /** The path of that part in the agreement document (for a set, within the set). */
  readonly path: IssuePath;
}

/**
 * A dated duty that an agreement (or the law) creates: one meeting, one follow-up, one renewal.
 * Plain data: safe to serialise, compare and store.
 *
 * @example
 * const schedule = scheduleObligations(agreement, { window: { from: "2026-01-01", to: "2026-12-31" } });
 * if (schedule.ok) {
 *   for (const o of schedule.obligations) console.log(o.date, o.kind, o.title.sv);
 *   schedule.obligations[0]?.id; // "kristianstad-2025-2028/forum_meeting/lagesbildsgruppen/2026-W02"
 * }
 */
export interface Obligation {
  /**
   * Stable identifier: the same obligation of the same agreement gets the same id in every run,
   * and after the agreement is extended or revised, its medborgarlöften extended, or its parts
   * reordered or reworded (agreement id, kind, source id, kommun and period label; never a path,
   * a text or the possibly shifted date).
   */
  readonly id: string;
  /** What kind of duty. */
  readonly kind: ObligationKind;
  /** The civil date it is due (a meeting's day; a period's last day unless anchored), in Europe/Stockholm. */
  readonly date: CivilDate;
  /** The period it may be done in, clipped to the validity; `start` = `end` = `date` for a single day. */
  readonly window: { readonly start: CivilDate; readonly end: CivilDate };
  /**
   * The period's label, which the id ends with: `2025`, `2025-Q1`, `2025-T2`, `2025-H1`,
   * `2025-03`, `2025-W02`, `2025-01-01/2026-12-31`; `before-end` for what is due before the
   * validity ends (so an extension keeps the id), `before/2027-12-31` for an open-ended
   * agreement's revision; a medborgarlöfte's start for its follow-up (`2025`, `2025-03`).
   */
  readonly period: string;
  /** The id of the agreement it belongs to. */
  readonly agreementId: Id;
  /** Where it comes from. */
  readonly source: ObligationSource;
  /** Which side is responsible, and the ids of the responsible parties; absent where the text does not say. */
  readonly responsible?: { readonly side: Side; readonly partyIds: readonly Id[] };
  /** The kommun it concerns, where it is one kommun's (a del 2, a per-kommun duty, a forum of one kommun). */
  readonly municipality?: MunicipalityCode;
  /** The cadence type it was expanded from, where it recurs. */
  readonly cadence?: CadenceType;
  /** Set when the text says **minst** (at least): the schedule holds the minimum. */
  readonly atLeast?: boolean;
  /**
   * For a counted obligation (a commitment's "minst 4 trafikkontroller i månaden"): how many times
   * in the period, of what, and whether at least; `obligationStatuses` counts completions against it.
   */
  readonly target?: { readonly count: number; readonly unit?: string; readonly atLeast?: boolean };
  /**
   * Where the **date** comes from: `agreement`, the text's own cadence or date; `default`, a
   * library default or an option filling in what the text left open (the law's duties have no
   * statutory interval, so their dates are `default` unless the agreement gives one).
   */
  readonly basis: "agreement" | "default";
  /** The law that requires the duty, where one does: `"2023:196"` for the kommun's lägesbild and åtgärdsplan. */
  readonly law?: "2023:196";
  /** A short title in Swedish and English. */
  readonly title: { readonly sv: string; readonly en: string };
  /** The date before it was moved off a non-working day (see `ScheduleOptions.nonWorkingDays`). */
  readonly shiftedFrom?: CivilDate;
}

// The values of the unions above, as schemas; the type test in types.test-d.ts keeps them equal to
// the types (the interface stays the documented shape, the schema is how it is checked).
const sourceTypes = ["forum", "follow_up", "plan", "activity", "citizen_promise", "citizen_promise_cycle", "commitment", "deliverable", "validity", "law"] as const;

/**
 * The shape of an {@link Obligation}, to check obligations that did not come straight from
 * `scheduleObligations`: read back from JSON, stored, or made by hand. Unknown fields are dropped,
 * as elsewhere in zod; a parsed obligation is a fresh object.
 *
 * It checks each field on its own (a civil date is a real `YYYY-MM-DD`, an id has the form of an
 * `Id`, a kommunkod four digits). Whether two fields agree, such as a window that ends before it
 * starts, is for the code that uses them: `toICalendar` of `@samverkan/calendar` checks that.
 *
 * @example
 * const read = ObligationSchema.safeParse(JSON.parse(json));
 * if (read.success) console.log(read.data.date, read.data.title.sv);
 */
export const ObligationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: ObligationKindSchema,
  date: CivilDateSchema,
  window: z.object({ start: CivilDateSchema, end: CivilDateSchema }),
  period: z.string(),
  agreementId: IdSchema,
  source: z.object({
    type: z.enum(sourceTypes),
    id: z.exactOptional(IdSchema),
    // A key or an index; one check rather than a union, whose issue would name no type.
    // Lists are bounded like every list of the model: a sparse list claiming billions of items is
    // `too_big` at once, not parsed hole by hole until the heap runs out.
    path: listOf(z.custom<string | number>((key) => typeof key === "string" || typeof key === "number")),
  }),
  responsible: z.exactOptional(z.object({ side: SideSchema, partyIds: listOf(IdSchema) })),
  municipality: z.exactOptional(MunicipalityCodeSchema),
  cadence: z.exactOptional(z.enum(CADENCE_TYPES as readonly CadenceType[] as [CadenceType, ...CadenceType[]])),
  atLeast: z.exactOptional(z.boolean()),
  target: z.exactOptional(
    z.object({ count: z.int().check(z.gte(0)), unit: z.exactOptional(ShortTextSchema), atLeast: z.exactOptional(z.boolean()) }),
  ),
  basis: z.enum(["agreement", "default"]),
  law: z.exactOptional(z.literal("2023:196")),
  title: z.object({ sv: z.string(), en: z.string() }),
  shiftedFrom: z.exactOptional(CivilDateSchema),
});
