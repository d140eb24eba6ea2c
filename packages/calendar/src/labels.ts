import type { Locale, ObligationKind, ObligationSource, Side } from "@samverkan/core";

// The words of an event's DESCRIPTION, per locale. Total records: a new kind, side, source type or
// locale in core fails to compile here until it has its words.

/** The words one locale needs for a DESCRIPTION. */
export interface Labels {
  readonly kinds: Record<ObligationKind, string>;
  readonly sides: Record<Side, string>;
  readonly sources: Record<ObligationSource["type"], string>;
  readonly period: string;
  readonly window: string;
  readonly due: string;
  readonly shiftedFrom: string;
  readonly responsible: string;
  readonly parties: string;
  readonly municipality: string;
  readonly atLeast: string;
  /** The line for a date that is a default, not the text's. */
  readonly basis: { readonly default: string };
  /** The line for a duty that a law requires. */
  readonly law: string;
  /** A counted obligation's target, and the word for "at least" before its count. */
  readonly target: string;
  readonly atLeastWord: string;
  readonly source: string;
  readonly agreement: string;
}

const sv: Labels = {
  kinds: {
    forum_meeting: "Möte i samverkansforum",
    follow_up: "Uppföljning",
    safety_survey: "Polisens trygghetsmätning",
    leadership_report: "Återrapportering till polis- och kommunledning",
    situational_picture: "Lägesbild enligt lag (2023:196)",
    action_plan: "Åtgärdsplan enligt lag (2023:196)",
    citizen_promise_staff_dialogue: "Polisens medarbetardialog inför nästa medborgarlöfte",
    citizen_promise_dialogue: "Medborgardialog inför nästa medborgarlöfte",
    citizen_promise_decision: "Undertecknande av medborgarlöfte",
    citizen_promise_communication: "Kommunikation av medborgarlöftet",
    citizen_promise_follow_up: "Uppföljning av medborgarlöftet",
    commitment: "Åtagande",
    deliverable: "Ska tas fram",
    plan_revision: "Revidering av plan",
    activity: "Aktivitet i plan",
    renewal: "Förnyelse inför giltighetstidens slut",
    revision: "Revidering av överenskommelsen",
  },
  sides: { police: "Polisen", municipality: "kommunen", joint: "Polisen och kommunen tillsammans" },
  sources: {
    forum: "forum",
    follow_up: "uppföljning",
    plan: "plan",
    activity: "aktivitet",
    citizen_promise: "medborgarlöfte",
    citizen_promise_cycle: "medborgarlöftesprocessen",
    commitment: "åtagande",
    deliverable: "leverans",
    validity: "giltighetstid",
    law: "lag (2023:196)",
  },
  period: "Period",
  window: "Kan göras",
  due: "Senast",
  shiftedFrom: "Flyttad från",
  responsible: "Ansvarig",
  parties: "parter",
  municipality: "Kommun",
  atLeast: "Överenskommelsen anger minst: detta är en miniminivå.",
  basis: {
    default: "Datumet är ett standardvärde: överenskommelsen anger ingen tidpunkt.",
  },
  law: "Krävs enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.",
  target: "Mål för perioden",
  atLeastWord: "minst",
  source: "Källa",
  agreement: "överenskommelse",
};

const en: Labels = {
  kinds: {
    forum_meeting: "Cooperation forum meeting",
    follow_up: "Follow-up",
    safety_survey: "Police safety survey",
    leadership_report: "Report to police and municipal leadership",
    situational_picture: "Local crime assessment (lägesbild), Act (2023:196)",
    action_plan: "Action plan, Act (2023:196)",
    citizen_promise_staff_dialogue: "Police staff dialogue before the next citizen promise",
    citizen_promise_dialogue: "Citizen dialogue before the next citizen promise",
    citizen_promise_decision: "Signing of the citizen promise",
    citizen_promise_communication: "Communicating the citizen promise",
    citizen_promise_follow_up: "Follow-up of the citizen promise",
    commitment: "Commitment",
    deliverable: "To be produced",
    plan_revision: "Plan revision",
    activity: "Planned activity",
    renewal: "Renewal before the agreement ends",
    revision: "Revision of the agreement",
  },
  sides: { police: "the police", municipality: "the municipality", joint: "the police and the municipality together" },
  sources: {
    forum: "forum",
    follow_up: "follow-up",
    plan: "plan",
    activity: "activity",
    citizen_promise: "citizen promise",
    citizen_promise_cycle: "citizen promise cycle",
    commitment: "commitment",
    deliverable: "deliverable",
    validity: "validity",
    law: "Act (2023:196)",
  },
  period: "Period",
  window: "Can be done",
  due: "Due",
  shiftedFrom: "Moved from",
  responsible: "Responsible",
  parties: "parties",
  municipality: "Municipality",
  atLeast: "The text says at least: this is the minimum number of occasions.",
  basis: {
    default: "The date is a default: the agreement does not say when.",
  },
  law: "Required by the Act (2023:196) on municipal responsibility for crime prevention.",
  target: "Target for the period",
  atLeastWord: "at least",
  source: "Source",
  agreement: "agreement",
};

/** The labels of each locale. */
export const labels: Record<Locale, Labels> = { sv, en };
