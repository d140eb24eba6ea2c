import {
  validateAgreement,
  type Agreement,
  type AgreementDocument,
  type AgreementStructure,
  type Cadence,
  type FollowUp,
  type FollowUpKind,
  type Forum,
  type ForumKind,
  type Parties,
} from "@samverkan/core";
import type { AgreementTemplate, KommunProfile } from "../profiles/profile.js";
import { findKommun, type Kommun } from "../registry/registry.js";
import type { StartInput, StartIssue, StartResult } from "./adapter.js";

/** The names of the kinds of forum when neither the template nor the profile gives one. */
export const DEFAULT_FORUM_NAMES: Record<ForumKind, string> = {
  local_bra: "Lokala Brå",
  council: "Rådet för trygghet",
  steering_group: "Strategisk styrgrupp",
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

/** The years a validity spans, for ids and titles: `2027-2030`, `2027` (open-ended), `2030` (from signing). */
export function yearsLabel(validity: Agreement["validity"]): string {
  const year = (point: { type: string; date?: string; year?: number }) => (point.type === "date" ? point.date!.slice(0, 4) : point.type === "year" ? String(point.year) : undefined);
  const from = year(validity.start);
  const to = year(validity.end);
  return from && to ? `${from}-${to}` : (from ?? to ?? "tills-vidare");
}

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

/** The parts of a template an agreement gets: which follow-up kinds, and whether forums, focus areas and the cycle. */
export interface TemplateShare {
  readonly forums: boolean;
  readonly focusAreas: boolean;
  readonly citizenPromiseCycle: boolean;
  readonly followUps: (kind: FollowUpKind) => boolean;
}

/** Everything of a template. */
export const WHOLE_TEMPLATE: TemplateShare = { forums: true, focusAreas: true, citizenPromiseCycle: true, followUps: () => true };

/**
 * The contents a template gives an agreement: forums named by the template, the profile or the
 * defaults, with the profile's default cadences where the template gives none; follow-ups;
 * focus areas; the medborgarlöfte cycle; `share` picks which of them (a del 1 and its del 2s split
 * a template between them).
 */
export function templateContents(profile: KommunProfile | undefined, share: TemplateShare = WHOLE_TEMPLATE): Partial<Agreement> {
  const template = profile?.template ?? DEFAULT_TEMPLATE;
  const forumCadence = (kind: ForumKind, given: Cadence | undefined) => given ?? profile?.cadences?.forums?.[kind];
  const followUpCadence = (kind: FollowUpKind, given: Cadence | undefined) => given ?? profile?.cadences?.followUps?.[kind];
  const out: { -readonly [K in keyof Agreement]?: Agreement[K] } = {};
  if (share.forums && template.forums?.length) {
    const ids = idsFor(template.forums);
    out.forums = template.forums.map((f, i): Forum => {
      const cadence = forumCadence(f.kind, f.cadence);
      return { id: ids[i]!, kind: f.kind, name: f.name ?? profile?.forumNames?.[f.kind] ?? DEFAULT_FORUM_NAMES[f.kind], level: f.level, ...(cadence && { cadence }) };
    });
  }
  const followUps = template.followUps?.filter((f) => share.followUps(f.kind)) ?? [];
  if (followUps.length) {
    const ids = idsFor(followUps);
    out.followUps = followUps.map((f, i): FollowUp => {
      const cadence = followUpCadence(f.kind, f.cadence);
      return { id: ids[i]!, kind: f.kind, subject: f.subject, ...(f.responsibleSide && { responsibleSide: f.responsibleSide }), ...(cadence && { cadence }) };
    });
  }
  if (share.focusAreas && template.focusAreas?.length) {
    const ids = idsFor(template.focusAreas);
    out.focusAreas = template.focusAreas.map((a, i) => ({ id: ids[i]!, kind: a.kind, title: a.title }));
  }
  if (share.citizenPromiseCycle && template.citizenPromiseCycle) out.citizenPromiseCycle = template.citizenPromiseCycle;
  return out;
}

/** A new agreement: the fields every agreement has, then the template's contents. */
export function newAgreement(fields: { id: string; title: string; structure: AgreementStructure; parties: Parties; validity: Agreement["validity"] }, contents: Partial<Agreement>): Agreement {
  return { schemaVersion: 1, type: "agreement", ...fields, ...contents };
}

/** Finishes a start: the document must validate (warnings allowed), or the start fails with its issues. */
export function finish(document: AgreementDocument): StartResult {
  const result = validateAgreement(document);
  if (!result.ok) return { ok: false, issues: [{ code: "document_invalid", path: [], issues: result.issues }] };
  return { ok: true, document };
}

/** An id cut to the 64 characters ids may have, at a hyphen. */
export const cutId = (id: string): string => (id.length <= 64 ? id : id.slice(0, 64).replace(/-[^-]*$/, ""));

/** The input's id, or one made from `base` and the years. */
export function idFor(input: StartInput, base: string): string {
  return cutId(input.id ?? `${base}-${yearsLabel(input.validity)}`);
}
