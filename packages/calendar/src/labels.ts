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
  readonly basis: { readonly law: string; readonly default: string };
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
    citizen_promise_dialogue: "Medborgardialog inför medborgarlöftet",
    citizen_promise_decision: "Beslut om medborgarlöfte",
    citizen_promise_follow_up: "Uppföljning av medborgarlöftet",
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
  atLeast: "Texten säger minst: detta är det minsta antalet tillfällen.",
  basis: {
    law: "Grund: lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.",
    default: "Datumet är ett standardval: överenskommelsen anger ingen tidpunkt.",
  },
  source: "Källa",
  agreement: "överenskommelse",
};

const en: Labels = {
  kinds: {
    forum_meeting: "Cooperation forum meeting",
    follow_up: "Follow-up",
    safety_survey: "Police safety survey",
    leadership_report: "Report to police and municipal leadership",
    situational_picture: "Situational picture, Act (2023:196)",
    action_plan: "Action plan, Act (2023:196)",
    citizen_promise_dialogue: "Citizen dialogue before the citizen promise",
    citizen_promise_decision: "Decision on the citizen promise",
    citizen_promise_follow_up: "Follow-up of the citizen promise",
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
    law: "Basis: Act (2023:196) on municipal responsibility for crime prevention.",
    default: "The date is a default: the agreement does not say when.",
  },
  source: "Source",
  agreement: "agreement",
};

/** The labels of each locale. */
export const labels: Record<Locale, Labels> = { sv, en };
