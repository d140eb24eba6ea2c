import {
  SCHEMA_VERSION,
  validateAgreement,
  type Agreement,
  type AgreementSet,
  type AgreementStructure,
  type Cadence,
  type FollowUp,
  type FollowUpKind,
  type Forum,
  type ForumKind,
  type Parties,
} from "@samverkan/core";
import type { AgreementTemplate, TemplateForum } from "../profiles/profile.js";
import { findKommun, type Kommun } from "../registry/registry.js";
import type { StartInput, StartIssue, StartResult } from "./adapter.js";

/**
 * The names of the kinds of forum when neither the template nor the profile gives one.
 *
 * @example
 * DEFAULT_FORUM_NAMES.local_bra; // "Lokala Brå"
 */
export const DEFAULT_FORUM_NAMES: Record<ForumKind, string> = {
  local_bra: "Lokala Brå",
  council: "Rådet för trygghet",
  steering_group: "Strategisk styrgrupp",
  working_group: "Arbetsgrupp",
  est: "Lägesbildsgruppen (EST)",
  spider_group: "Spindelgrupp",
  sspf: "SSPF (skola, socialtjänst, polis, fritid)",
  sig: "SIG (social insatsgrupp)",
  bob: "BOB (barn och unga i organiserad brottslighet)",
  defector_programme: "Avhopparverksamhet",
  joint_inspection: "Tillsyn i samverkan",
  custom: "Samverkansforum",
};

/**
 * The template a new agreement starts from when no profile gives one: Lokala Brå every quarter,
 * a yearly follow-up of the agreement, Polisen's trygghetsmätning every autumn, the kommun's
 * lägesbild and åtgärdsplan every second year, and yearly medborgarlöften led by Polisen.
 */
export const DEFAULT_TEMPLATE: AgreementTemplate = {
  forums: [{ kind: "local_bra", level: "strategic", cadence: { type: "quarterly" } }],
  followUps: [
    { kind: "follow_up", subject: "Samverkansöverenskommelsen", cadence: { type: "yearly" }, responsibleSide: "joint" },
    { kind: "safety_survey", subject: "Trygghetsmätning", cadence: { type: "yearly", anchor: { type: "season", season: "autumn" } }, responsibleSide: "police" },
    { kind: "situational_picture", subject: "Lägesbild och åtgärdsplan", cadence: { type: "every_n_years", years: 2 }, responsibleSide: "municipality" },
  ],
  citizenPromiseCycle: { cadence: { type: "yearly" }, lead: "police" },
};

/** Resolves the kommuner of a start input, or says which could not be found. */
export function resolveKommuner(queries: readonly string[]): { ok: true; kommuner: Kommun[] } | { ok: false; issues: StartIssue[] } {
  const issues: StartIssue[] = [];
  const kommuner: Kommun[] = [];
  const seen = new Set<string>();
  (Array.isArray(queries) ? queries : []).forEach((query, i) => {
    const found = findKommun(query);
    if (!found.ok) issues.push({ code: found.error.code, path: ["kommuner", i] });
    else if (seen.has(found.kommun.code)) issues.push({ code: "municipality_repeated", path: ["kommuner", i] });
    else {
      seen.add(found.kommun.code);
      kommuner.push(found.kommun);
    }
  });
  if (!Array.isArray(queries) || queries.length === 0) issues.push({ code: "wrong_municipality_count", path: ["kommuner"], expected: "one" });
  return issues.length ? { ok: false, issues } : { ok: true, kommuner };
}

// The first and last year of a validity, where the text gives them.
function yearsOf(validity: Agreement["validity"]): { from: string | undefined; to: string | undefined } {
  const year = (point: { type: string; date?: string; year?: number }) => (point.type === "date" ? point.date!.slice(0, 4) : point.type === "year" ? String(point.year) : undefined);
  return { from: year(validity.start), to: year(validity.end) };
}

/**
 * The years a validity spans, for ids: `2027-2030`, `2027` (open-ended), `2030` (from signing),
 * `tills-vidare` where neither is known.
 *
 * @example
 * yearsLabel({ start: { type: "date", date: "2027-01-01" }, end: { type: "year", year: 2030 } }); // "2027-2030"
 */
export function yearsLabel(validity: Agreement["validity"]): string {
  const { from, to } = yearsOf(validity);
  return from && to ? `${from}-${to}` : (from ?? to ?? "tills-vidare");
}

/**
 * The years of a validity as a title writes them: `2027–2030` (with an en dash), `från 2020` for
 * one without a known end (open-ended), `till 2030` for one without a known start (from signing),
 * and nothing where neither is known.
 *
 * @example
 * yearsTitle({ start: { type: "date", date: "2020-03-10" }, end: { type: "open_ended" } }); // "från 2020"
 */
export function yearsTitle(validity: Agreement["validity"]): string {
  const { from, to } = yearsOf(validity);
  if (from && to) return from === to ? from : `${from}–${to}`;
  return from ? `från ${from}` : to ? `till ${to}` : "";
}

/**
 * A title followed by the years of the validity, where there are any.
 *
 * @example
 * withYears("Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge", validity); // "… Kävlinge 2027–2030"
 */
export const withYears = (title: string, validity: Agreement["validity"]): string => [title, yearsTitle(validity)].filter(Boolean).join(" ");

/**
 * Names as a Swedish list: "A", "A och B", "A, B och C".
 *
 * @example
 * namesList(["Sorsele", "Storuman", "Lycksele"]); // "Sorsele, Storuman och Lycksele"
 */
export const namesList = (names: readonly string[]): string => (names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} och ${names.at(-1)}`);

// Ids from kinds: "local_bra" → "local-bra"; a kind used twice gets "-2", "-3", ….
function idsFor<T extends { kind: string }>(items: readonly T[]): string[] {
  const seen = new Map<string, number>();
  return items.map(({ kind }) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    const id = kind.replaceAll("_", "-");
    return n === 1 ? id : `${id}-${n}`;
  });
}

/**
 * The parts of a template an agreement gets: which forums and follow-ups, and whether the focus
 * areas and the medborgarlöfte cycle. A del 1 and its del 2s (or a city-wide agreement and its
 * local ones) split a template between them.
 */
export interface TemplateShare {
  readonly forums: (forum: TemplateForum) => boolean;
  readonly focusAreas: boolean;
  readonly citizenPromiseCycle: boolean;
  readonly followUps: (kind: FollowUpKind) => boolean;
}

/** Everything of a template. */
export const WHOLE_TEMPLATE: TemplateShare = { forums: () => true, focusAreas: true, citizenPromiseCycle: true, followUps: () => true };

/**
 * The contents a template gives an agreement: forums named by the template, the profile or the
 * defaults, with the profile's default cadences where the template gives none; follow-ups, tied to
 * a forum of the same agreement where the template says so; focus areas; the medborgarlöfte cycle;
 * `share` picks which of them (a del 1 and its del 2s split a template between them). Nothing for
 * an `empty` start.
 */
export function templateContents(input: Pick<StartInput, "profile" | "empty">, share: TemplateShare = WHOLE_TEMPLATE): Partial<Agreement> {
  // Transcribing an existing agreement: nothing but what the text will say.
  if (input.empty) return {};
  const profile = input.profile;
  const template = profile?.template ?? DEFAULT_TEMPLATE;
  const forumCadence = (kind: ForumKind, given: Cadence | undefined) => given ?? profile?.cadences?.forums?.[kind];
  const followUpCadence = (kind: FollowUpKind, given: Cadence | undefined) => given ?? profile?.cadences?.followUps?.[kind];
  const out: { -readonly [K in keyof Agreement]?: Agreement[K] } = {};
  const forums = template.forums?.filter(share.forums) ?? [];
  if (forums.length) {
    const ids = idsFor(forums);
    out.forums = forums.map((f, i): Forum => {
      const cadence = forumCadence(f.kind, f.cadence);
      return {
        id: ids[i]!,
        kind: f.kind,
        name: f.name ?? profile?.forumNames?.[f.kind] ?? DEFAULT_FORUM_NAMES[f.kind],
        ...(f.level && { level: f.level }),
        ...(f.modality && { modality: f.modality }),
        ...(f.convenor && { convenor: f.convenor }),
        ...(f.mutualRepresentation !== undefined && { mutualRepresentation: f.mutualRepresentation }),
        ...(cadence && { cadence }),
      };
    });
  }
  const followUps = template.followUps?.filter((f) => share.followUps(f.kind)) ?? [];
  if (followUps.length) {
    const ids = idsFor(followUps);
    out.followUps = followUps.map((f, i): FollowUp => {
      const cadence = followUpCadence(f.kind, f.cadence);
      const forumId = f.forum === undefined ? undefined : out.forums?.find((forum) => forum.kind === f.forum)?.id;
      return {
        id: ids[i]!,
        kind: f.kind,
        subject: f.subject,
        ...(f.responsibleSide && { responsibleSide: f.responsibleSide }),
        ...(f.responsibleRoles?.length && { responsibleRoles: [...f.responsibleRoles] }),
        ...(forumId !== undefined && { forumId }),
        ...(cadence && { cadence }),
      };
    });
  }
  if (share.focusAreas && template.focusAreas?.length) {
    const ids = idsFor(template.focusAreas);
    out.focusAreas = template.focusAreas.map((a, i) => ({ id: ids[i]!, kind: a.kind, title: a.title }));
  }
  if (share.citizenPromiseCycle && template.citizenPromiseCycle) out.citizenPromiseCycle = template.citizenPromiseCycle;
  return out;
}

/**
 * A del 1's structure as `build` gives it: `strategic`, keeping what it says each del 2 must hold.
 *
 * @example
 * strategicStructure(set.agreements[0]!); // { type: "strategic" } (Arjeplog and Arvidsjaur's del 1)
 */
export function strategicStructure(agreement: Agreement): AgreementStructure {
  const localContent = agreement.structure.type === "strategic" ? agreement.structure.localContent : undefined;
  return { type: "strategic", ...(localContent && { localContent }) };
}

/** A new agreement: the fields every agreement has, then the template's contents. */
export function newAgreement(fields: { id: string; title: string; structure: AgreementStructure; parties: Parties; validity: Agreement["validity"] }, contents: Partial<Agreement>): Agreement {
  return { schemaVersion: SCHEMA_VERSION, type: "agreement", ...fields, ...contents };
}

/** Finishes a start: the document must validate (warnings allowed), or the start fails with its issues. */
export function finish(document: Agreement | AgreementSet): StartResult {
  const result = validateAgreement(document);
  if (!result.ok) return { ok: false, issues: [{ code: "document_invalid", path: [], issues: result.issues }] };
  return { ok: true, document };
}

/**
 * An id cut to the 64 characters ids may have, at a hyphen, keeping `suffix` whole: the del 2s of
 * six kommuner keep their own kommun at the end ("…-del-2-lycksele") however long the base is.
 *
 * @example
 * cutId("lycksele-mala-norsjo-sorsele-storuman-vilhelmina-2027-2030", "-del-2-vilhelmina");
 * // "lycksele-mala-norsjo-sorsele-storuman-del-2-vilhelmina"
 */
export const cutId = (id: string, suffix = ""): string => {
  const room = 64 - suffix.length;
  return (id.length <= room ? id : id.slice(0, room).replace(/-[^-]*$/, "")) + suffix;
};

/** The input's id, or one made from `base` and the years. */
export function idFor(input: StartInput, base: string): string {
  return cutId(input.id ?? `${base}-${yearsLabel(input.validity)}`);
}
