import type { Agreement, AgreementDocument, AgreementSet, Issue, PoliceRegion, Validity } from "@samverkan/core";
import type { KommunProfile } from "../profiles/profile.js";
import type { ConfigurationFinding } from "./finding.js";

/**
 * The ways kommuner configure a samverkansöverenskommelse:
 *
 * | kind | Swedish | example |
 * | --- | --- | --- |
 * | `single` | en kommun, ett lokalpolisområde | Kävlinge |
 * | `lpo_group` | flera kommuner i ett lokalpolisområde, var och en med egen överenskommelse | Östra Göinge, Osby, Hässleholm (LPO Hässleholm) |
 * | `joint` | en gemensam överenskommelse för flera kommuner, en undertecknare per kommun | three kommuner and one LPO |
 * | `strategic_local` | del 1 med en del 2 per kommun | Arjeplog and Arvidsjaur; one kommun with its lägesbild in del 1 and its åtgärdsplan in del 2 |
 * | `multi_lpo` | en stor kommun med flera lokalpolisområden: en stadsövergripande överenskommelse och en lokal per område, med stadsdelsnämnder som parter | Stockholm, Göteborg, Malmö |
 * | `framework` | flerårig strategisk överenskommelse med årlig handlingsplan | a four-year agreement with a plan per year |
 *
 * @example
 * const kind: ConfigurationKind = kavlinge.configuration; // "single"
 * const adapter = configurations[kind];
 */
export type ConfigurationKind = "single" | "lpo_group" | "joint" | "strategic_local" | "multi_lpo" | "framework";

/**
 * Every configuration kind, in the order of {@link ConfigurationKind}'s table.
 *
 * @example
 * for (const kind of CONFIGURATION_KINDS) console.log(kind, configurations[kind].title.sv);
 */
export const CONFIGURATION_KINDS: readonly ConfigurationKind[] = ["single", "lpo_group", "joint", "strategic_local", "multi_lpo", "framework"];

/**
 * What a new agreement (or set) is started from: the kommuner (kommunkoder or names, as
 * `findKommun` reads them), the validity, the lokalpolisområden as written, and optionally a
 * profile whose template and names it uses. With `empty: true` it starts with nothing but the
 * parties, validity and structure, for transcribing an existing agreement: no template forums,
 * follow-ups or medborgarlöfte cycle, and no police region the text may not name.
 *
 * @example
 * const input: StartInput = {
 *   kommuner: ["Arjeplog", "2505"],
 *   validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } },
 *   localPoliceAreas: ["Lokalpolisområde Arvidsjaur"],
 * };
 */
export interface StartInput {
  /** The kommuner, by kommunkod or name ("1256", "Östra Göinge", "ostra goinge"). */
  readonly kommuner: readonly string[];
  /** The agreement's validity. */
  readonly validity: Validity;
  /** The lokalpolisområden as written: one for most configurations, one per agreement for `multi_lpo`. */
  readonly localPoliceAreas?: readonly string[];
  /** The police region; by default the region of the (first) kommun. */
  readonly policeRegion?: PoliceRegion;
  /** The polisområde as written. */
  readonly policeArea?: string;
  /** The id of the agreement (or of the set and its del 1); by default made from the kommuner and years. */
  readonly id?: string;
  /** The title; by default one in the style of the seeds. */
  readonly title?: string;
  /** The profile whose template, forum names and cadences the agreement starts with. */
  readonly profile?: KommunProfile;
  /** Start empty, to transcribe an existing agreement: no template contents (the profile's or the default). */
  readonly empty?: boolean;
}

/**
 * The result of {@link ConfigurationAdapter.start}: the new document, or the issues with the input.
 *
 * @example
 * import { writeFileSync } from "node:fs";
 * import { single, type StartResult } from "@samverkan/kommuner";
 *
 * const started: StartResult = single.start({ kommuner: ["Kävlinge"], validity });
 * if (started.ok) writeFileSync("avtal.json", JSON.stringify(started.document, null, 2));
 */
export type StartResult =
  | { readonly ok: true; readonly document: Agreement | AgreementSet }
  | { readonly ok: false; readonly issues: readonly StartIssue[] };

/**
 * Why a start failed: a kommun that {@link findKommun} could not find (`unknown_kommun`,
 * `ambiguous_kommun`, `invalid_query`), a kommun or lokalpolisområde given twice, the wrong number
 * of kommuner or lokalpolisområden for the configuration, a core issue with the document it would
 * make (a bad validity, a bad id), or input that is not a `StartInput` at all (`invalid_input`:
 * not an object, a getter that throws, a list of more than 290 kommuner or lokalpolisområden).
 *
 * @example
 * const started = multiLpo.start({ kommuner: ["Stockholm"], validity, localPoliceAreas: ["LPO Järva", "Lokalpolisområde Järva"] });
 * if (!started.ok) for (const issue of started.issues) console.log(issue.code, issue.path); // local_police_area_repeated ["localPoliceAreas", 1]
 */
export type StartIssue =
  | { readonly code: "unknown_kommun" | "ambiguous_kommun" | "invalid_query"; readonly path: readonly ["kommuner", number] }
  | { readonly code: "wrong_municipality_count"; readonly path: readonly ["kommuner"]; readonly expected: "one" | "several" }
  | { readonly code: "wrong_local_police_area_count"; readonly path: readonly ["localPoliceAreas"]; readonly expected: "one" | "several" }
  | { readonly code: "municipality_repeated"; readonly path: readonly ["kommuner", number] }
  | { readonly code: "local_police_area_repeated"; readonly path: readonly ["localPoliceAreas", number] }
  | { readonly code: "document_invalid"; readonly path: readonly []; readonly issues: readonly Issue[] }
  | { readonly code: "invalid_input"; readonly path: readonly [] };

/**
 * The result of {@link ConfigurationAdapter.read}: the configuration's parts, or what does not fit.
 *
 * @example
 * const read: ReadResult<StrategicLocalParts> = strategicLocal.read(set);
 * if (read.ok) console.log(read.parts.locals.length); else console.log(read.findings.map((f) => f.code));
 */
export type ReadResult<P> =
  | { readonly ok: true; readonly parts: P }
  | { readonly ok: false; readonly findings: readonly ConfigurationFinding[] };

/**
 * One way of configuring an agreement (see {@link ConfigurationKind}), as four operations:
 *
 * - `start`: a new document of this configuration, lined up: the same police party everywhere,
 *   every del 2's kommun a party to its del 1, periods nested. It validates with only warnings for
 *   what the kommuner must still fill in (signatories, contact persons, goals, a del 2's plans).
 *   With `empty` it holds nothing of a template, for transcribing an existing agreement.
 * - `check`: whether an existing document lines up (`problem` findings) and what is still
 *   missing (`missing` findings: a kommun without a del 2, a del 2 without a medborgarlöfte, a
 *   party without a signatory or a contact person, an agreement without goals, …).
 * - `read` and `build`: the document taken apart into this configuration's parts, and put back
 *   together lined up. For a document that lines up, `build(read(document).parts)` equals it:
 *   nothing is lost.
 *
 * @example
 * const adapter = configurations.strategic_local;
 * const findings = adapter.check(set);
 * const read = adapter.read(set);
 * if (read.ok) console.log(adapter.build(read.parts)); // the same set
 */
export interface ConfigurationAdapter<P = unknown> {
  readonly kind: ConfigurationKind;
  /** The configuration's name in Swedish and English. */
  readonly title: { readonly sv: string; readonly en: string };
  /** Whether it is one agreement or a set of them. */
  readonly document: "agreement" | "agreement_set";
  /** A new, lined-up document of this configuration, or the issues with the input. Never throws. */
  start(input: StartInput): StartResult;
  /** What does not line up (`problem`) and what is still missing (`missing`), in document order. */
  check(document: AgreementDocument): readonly ConfigurationFinding[];
  /** The document's parts in this configuration, or the problems that keep it from being one. */
  read(document: AgreementDocument): ReadResult<P>;
  /** The document the parts make, lined up: structures, ids of the del 1 and shared parties set from the parts. */
  build(parts: P): Agreement | AgreementSet;
}
