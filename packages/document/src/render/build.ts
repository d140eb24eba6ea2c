import type {
  Actor,
  Agreement,
  AgreementDocument,
  AgreementSet,
  Annex,
  Cadence,
  Change,
  CitizenPromise,
  CitizenPromiseDocument,
  Clause,
  Commitment,
  Communication,
  Contact,
  Decision,
  Deliverable,
  DocumentReference,
  FocusArea,
  FollowUp,
  Forum,
  Goal,
  Lineage,
  MunicipalDuties,
  MunicipalityParty,
  Parties,
  Plan,
  PoliceParty,
  Signatory,
  Terms,
} from "@samverkan/core";
import { getKommun } from "@samverkan/kommuner";
import { match } from "ts-pattern";
import type { Block, ListItem } from "./blocks.js";
import type { Catalogue } from "./catalogue.js";
import { capitalize, civilDate, joinWords } from "./prose.js";

/** What a document's parts are looked up in: its parties, actors, forums, focus areas and plans. */
interface Context {
  readonly c: Catalogue;
  readonly parties: Parties;
  readonly actors: readonly Actor[];
  readonly forums: readonly Forum[];
  readonly focusAreas: readonly FocusArea[];
  readonly plans: readonly Plan[];
}

const heading = (level: number, text: string): Block => ({ kind: "heading", level, text: capitalize(text) });
const paragraph = (text: string): Block => ({ kind: "paragraph", text });
const list = (items: readonly ListItem[]): Block => ({ kind: "list", items });
const item = (text: string, children: readonly Block[] = []): ListItem => (children.length === 0 ? { text } : { text, children });
const field = (label: string, value: string): string => `${label}: ${value}`;

/** A section: its heading and blocks, or nothing when it has no blocks. */
function section(level: number, title: string, body: readonly Block[]): Block[] {
  return body.length === 0 ? [] : [{ kind: "section", blocks: [heading(level, title), ...body] }];
}

/** A list of "Label: value" items, leaving out the values that are not there. */
function fields(entries: readonly (readonly [string, string | undefined])[]): Block[] {
  const items = entries.filter((e): e is readonly [string, string] => e[1] !== undefined && e[1] !== "").map(([l, v]) => item(field(l, v)));
  return items.length === 0 ? [] : [list(items)];
}

const contains = (haystack: string, needle: string): boolean => haystack.toLocaleLowerCase("sv").includes(needle.toLocaleLowerCase("sv"));

// ---------------------------------------------------------------------------------------------
// Names

/** The police side as written: the authority and each level the text names. */
export function policeName(police: PoliceParty): string {
  let name = police.asWritten ?? police.name;
  const levels = [
    police.region === undefined ? undefined : `Polisregion ${police.region}`,
    police.policeArea,
    police.localPoliceArea?.asWritten,
  ];
  for (const level of levels) {
    if (level !== undefined && !contains(name, level)) name = `${name}, ${level}`;
  }
  return name;
}

/** A kommun party by the name the document gives it, its unit, or else the registry's name. */
export function municipalityName(party: MunicipalityParty): string {
  const registry = getKommun(party.code)?.name;
  if (party.name !== undefined) return party.unit === undefined || contains(party.name, party.unit.name) ? party.name : `${party.unit.name}, ${party.name}`;
  if (party.unit !== undefined) return registry === undefined ? party.unit.name : `${party.unit.name}, ${registry}`;
  return registry ?? party.code;
}

function kommunName(ctx: Context, code: string): string {
  const party = ctx.parties.municipalities.find((m) => m.code === code);
  return party === undefined ? (getKommun(code)?.name ?? code) : municipalityName(party);
}

function partyName(ctx: Context, id: string): string | undefined {
  if (ctx.parties.police.id === id) return policeName(ctx.parties.police);
  const m = ctx.parties.municipalities.find((p) => p.id === id);
  if (m !== undefined) return municipalityName(m);
  return (ctx.parties.others ?? []).find((a) => a.id === id)?.name ?? ctx.actors.find((a) => a.id === id)?.name;
}

function actorNames(ctx: Context, ids: readonly string[] | undefined): string[] {
  return (ids ?? []).map((id) => ctx.actors.find((a) => a.id === id)?.name ?? (ctx.parties.others ?? []).find((a) => a.id === id)?.name ?? id);
}

const forumNames = (ctx: Context, ids: readonly string[] | undefined): string[] => (ids ?? []).map((id) => ctx.forums.find((f) => f.id === id)?.name ?? id);
const areaTitles = (ctx: Context, ids: readonly string[] | undefined): string[] =>
  (ids ?? []).map((id) => ctx.focusAreas.find((f) => f.id === id)?.title ?? id);

function planTitle(ctx: Context, plan: Plan): string {
  return plan.title ?? ctx.c.planKind(plan.kind);
}

const listed = (ctx: Context, words: readonly string[]): string | undefined => (words.length === 0 ? undefined : joinWords(words, ctx.c.lang));

// ---------------------------------------------------------------------------------------------
// Pieces used in several sections

function cadence(ctx: Context, c: Cadence | undefined): string | undefined {
  return c === undefined ? undefined : ctx.c.cadence(c);
}

/** A commitment as a list item, with the details the text gives beside its wording. */
function commitmentItem(ctx: Context, commitment: Commitment): ListItem {
  const l = ctx.c.label;
  const text = commitment.text;
  const freq = commitment.frequency;
  const showFrequency = freq !== undefined && (freq.asWritten === undefined || !contains(text, freq.asWritten));
  return item(
    text,
    fields([
      [l.condition, commitment.condition !== undefined && !contains(text, commitment.condition) ? commitment.condition : undefined],
      [l.quantity, commitment.quantity === undefined ? undefined : ctx.c.quantity(commitment.quantity)],
      [l.cadence, showFrequency ? cadence(ctx, freq) : undefined],
      [l.scope, commitment.scope !== undefined && !contains(text, commitment.scope) ? commitment.scope : undefined],
      [l.units, listed(ctx, commitment.units ?? [])],
      [l.municipality, commitment.municipality === undefined ? undefined : kommunName(ctx, commitment.municipality)],
      [l.participants, commitment.by === "actor" ? undefined : listed(ctx, actorNames(ctx, commitment.actorIds))],
      [l.forums, listed(ctx, forumNames(ctx, commitment.forumIds))],
    ]),
  );
}

/** Commitments grouped by side, each group under a line naming the side ("Polisen åtar sig att:"). */
function commitmentGroups(ctx: Context, commitments: readonly Commitment[] | undefined): Block[] {
  if (commitments === undefined || commitments.length === 0) return [];
  const groups = new Map<string, { line: string; items: ListItem[] }>();
  const order = (c: Commitment): number =>
    match(c.by)
      .with("police", () => 0)
      .with("municipality", () => 1)
      .with("joint", () => 2)
      .with("actor", () => 3)
      .with(undefined, () => 4)
      .exhaustive();
  const sorted = [...commitments].sort((a, b) => order(a) - order(b));
  for (const commitment of sorted) {
    const actors = commitment.by === "actor" ? actorNames(ctx, commitment.actorIds) : [];
    const line = ctx.c.committer(commitment.by, actors);
    const group = groups.get(line) ?? { line, items: [] };
    group.items.push(commitmentItem(ctx, commitment));
    groups.set(line, group);
  }
  return [...groups.values()].flatMap((g) => [paragraph(g.line), list(g.items)]);
}

/** Clauses as written, each under its heading; clauses in a row under one heading share it. */
function clauseBlocks(clauses: readonly Clause[], level: number): Block[] {
  return clauses.flatMap((clause, i) =>
    clause.heading === undefined || clauses[i - 1]?.heading === clause.heading ? [paragraph(clause.text)] : [heading(level, clause.heading), paragraph(clause.text)],
  );
}

function referenceLine(ctx: Context, reference: DocumentReference): string {
  const l = ctx.c.label;
  const label = match(reference.type)
    .with("diarienummer", () => l.diarienummer)
    .with("case", () => l.caseNumber)
    .with("other", () => l.reference)
    .exhaustive();
  const party = reference.partyId === undefined ? undefined : partyName(ctx, reference.partyId);
  return field(label, party === undefined ? reference.value : `${reference.value} (${party})`);
}

function signatureBlock(ctx: Context, signatory: Signatory): Block {
  const c = ctx.c;
  const l = c.label;
  const organisation =
    signatory.municipality !== undefined ? kommunName(ctx, signatory.municipality) : (partyName(ctx, signatory.partyId) ?? signatory.partyId);
  const sig = signatory.signature;
  const date =
    sig?.date !== undefined
      ? c.signedOn(sig.date)
      : sig?.partialDate !== undefined && Object.keys(sig.partialDate).length > 0
        ? c.partialSignature(sig.partialDate)
        : undefined;
  const placeAndDate =
    sig?.place === undefined && date === undefined ? c.blankLine : `${sig?.place ?? "________________"} ${date ?? `${c.lang === "sv" ? "den" : "on"} ________________`}`;
  const role = signatory.title ?? c.role(signatory.role, signatory.acting === true);
  return {
    kind: "signature",
    lines: [
      l.forPart(organisation),
      field(l.placeAndDate, placeAndDate),
      field(l.signature, c.blankLine),
      signatory.name === undefined ? field(l.nameClarification, c.blankLine) : field(l.name, signatory.name),
      capitalize(role),
    ],
  };
}

function signatureBlocks(ctx: Context, signatories: readonly Signatory[] | undefined): Block[] {
  return (signatories ?? []).map((s) => signatureBlock(ctx, s));
}

// ---------------------------------------------------------------------------------------------
// Sections

function partiesSection(ctx: Context, level: number): Block[] {
  const c = ctx.c;
  const p = ctx.parties;
  const kommuner = p.municipalities.map((m) =>
    item(m.alternativeNames === undefined || m.alternativeNames.length === 0 ? municipalityName(m) : `${municipalityName(m)} (${joinWords(m.alternativeNames, c.lang)})`),
  );
  const others = (p.others ?? []).map((a) => item(a.name));
  const actors = ctx.actors.map((a) => item(`${a.name} (${c.actorKind(a.kind)})`));
  return section(level, c.section.parties, [
    list([item(capitalize(policeName(p.police))), ...kommuner, ...others]),
    ...(actors.length === 0 ? [] : [heading(level + 1, c.section.actors), list(actors)]),
  ]);
}

function termsBlocks(ctx: Context, terms: Terms | undefined): Block[] {
  if (terms === undefined) return [];
  const c = ctx.c;
  const t = terms.termination;
  const e = terms.extension;
  const r = terms.revision;
  const lines = [
    t === undefined ? undefined : (c.termination(t.mutual === true, t.noticeMonths) ?? t.asWritten),
    e === undefined ? undefined : (c.extension(e.stepYears, e.consultationMonthsBefore, e.automatic === true) ?? e.asWritten),
    r === undefined ? undefined : (c.revision(r.everyYears, r.whenNeeded === true) ?? r.asWritten),
  ];
  return lines.filter((x): x is string => x !== undefined).map((x) => paragraph(capitalize(x)));
}

function changeItem(ctx: Context, change: Change): ListItem {
  const c = ctx.c;
  const text = match(change)
    .with({ type: "extension" }, (x) =>
      c.changeExtension(
        x.date,
        match(x.end)
          .with({ type: "date" }, (e) => civilDate(e.date, c.lang))
          .with({ type: "year" }, (e) => String(e.year))
          .exhaustive(),
      ),
    )
    .with({ type: "termination" }, (x) => c.changeTermination(x.date, x.effective))
    .with({ type: "amendment" }, (x) => c.changeAmendment(x.date, x.summary))
    .exhaustive();
  const asWritten = change.asWritten;
  return item(text, asWritten === undefined || (change.type === "amendment" && change.summary === asWritten) ? [] : [paragraph(asWritten)]);
}

function validitySection(ctx: Context, agreement: Agreement, clauses: readonly Block[], level: number): Block[] {
  const c = ctx.c;
  const sentence = c.validity(agreement.validity.start, agreement.validity.end);
  const changes = (agreement.changes ?? []).map((x) => changeItem(ctx, x));
  return section(level, c.section.validity, [
    ...(sentence === undefined ? [] : [paragraph(sentence)]),
    ...termsBlocks(ctx, agreement.validity.terms),
    ...clauses,
    ...(changes.length === 0 ? [] : [heading(level + 1, c.section.changes), list(changes)]),
  ]);
}

function agreementReferenceText(ctx: Context, ref: NonNullable<Lineage["replacedBy"]>): ListItem {
  const c = ctx.c;
  const period = ref.period === undefined ? undefined : c.periodRange(ref.period.start, ref.period.end);
  const head = [ref.title, period].filter((x): x is string => x !== undefined && x !== "").join(", ");
  const text = head === "" ? (ref.asWritten ?? ref.reference ?? ref.id ?? "") : head;
  return item(
    text,
    fields([
      [c.label.diarienummer, ref.reference !== undefined && text !== ref.reference ? ref.reference : undefined],
      [c.label.reference, ref.asWritten !== undefined && text !== ref.asWritten ? ref.asWritten : undefined],
    ]),
  );
}

function backgroundSection(ctx: Context, lineage: Lineage | undefined, clauses: readonly Block[], level: number): Block[] {
  const c = ctx.c;
  const replaces = (lineage?.replaces ?? []).map((r) => agreementReferenceText(ctx, r));
  return section(level, c.section.background, [
    ...(lineage?.history === undefined ? [] : [paragraph(lineage.history)]),
    ...(replaces.length === 0 ? [] : [paragraph(`${c.label.replaces}:`), list(replaces)]),
    ...(lineage?.replacedBy === undefined ? [] : [paragraph(`${c.label.replacedBy}:`), list([agreementReferenceText(ctx, lineage.replacedBy)])]),
    ...clauses,
  ]);
}

function goalItems(ctx: Context, goals: readonly Goal[]): ListItem[] {
  const l = ctx.c.label;
  return goals.map((g) =>
    item(
      g.text,
      fields([
        [l.municipality, g.municipality === undefined ? undefined : kommunName(ctx, g.municipality)],
        [l.focusAreas, listed(ctx, areaTitles(ctx, g.focusAreaIds))],
      ]),
    ),
  );
}

function forumBlocks(ctx: Context, forum: Forum, level: number): Block[] {
  const c = ctx.c;
  const l = c.label;
  const kind = c.forumKind(forum.kind);
  const meets = cadence(ctx, forum.cadence);
  const modality = forum.modality === undefined ? undefined : c.forumModality(forum.modality);
  const members = (forum.members ?? []).map((m) => item(m.name));
  const responsibilities = (forum.responsibilities ?? []).map((r) => item(r));
  return [
    heading(level, forum.name),
    ...(meets === undefined ? [] : [paragraph(c.forumMeets(forum.name, meets))]),
    ...(forum.description === undefined ? [] : [paragraph(forum.description)]),
    ...(modality === undefined ? [] : [paragraph(modality)]),
    ...(forum.mutualRepresentation === true ? [paragraph(c.mutualRepresentation)] : []),
    ...fields([
      [l.forumKind, forum.kind === "custom" || contains(forum.name, kind) ? undefined : kind],
      [l.level, forum.level === undefined ? undefined : c.forumLevel(forum.level)],
      [l.municipality, forum.municipality === undefined ? undefined : kommunName(ctx, forum.municipality)],
      [l.convenor, forum.convenor === undefined ? undefined : c.side(forum.convenor)],
      [l.focusAreas, listed(ctx, areaTitles(ctx, forum.focusAreaIds))],
    ]),
    ...(members.length === 0 ? [] : [paragraph(`${l.members}:`), list(members)]),
    ...(responsibilities.length === 0 ? [] : [paragraph(`${l.responsibilities}:`), list(responsibilities)]),
    ...commitmentGroups(ctx, forum.commitments),
  ];
}

function contactsSection(ctx: Context, contacts: readonly Contact[] | undefined, level: number): Block[] {
  const c = ctx.c;
  const l = c.label;
  const items = (contacts ?? []).map((contact) => {
    const who = contact.title ?? c.role(contact.role, false);
    const text = capitalize(contact.name === undefined ? who : `${who}: ${contact.name}`);
    return item(text, [
      ...fields([
        [l.party, partyName(ctx, contact.partyId)],
        [l.municipalities, listed(ctx, (contact.municipalities ?? []).map((code) => getKommun(code)?.name ?? code))],
      ]),
      ...((contact.responsibilities ?? []).length === 0 ? [] : [list((contact.responsibilities ?? []).map((r) => item(r)))]),
    ]);
  });
  return section(level, c.section.contacts, items.length === 0 ? [] : [list(items)]);
}

function focusAreaBlocks(ctx: Context, area: FocusArea, level: number): Block[] {
  const c = ctx.c;
  const l = c.label;
  const kind = c.focusAreaKind(area.kind);
  return [
    heading(level, area.title),
    ...(area.description === undefined ? [] : [paragraph(area.description)]),
    ...fields([
      [l.focusAreaKind, kind === undefined || contains(area.title, kind) ? undefined : kind],
      [l.period, area.period === undefined ? undefined : c.periodRange(area.period.start, area.period.end)],
      [l.forums, listed(ctx, forumNames(ctx, area.forumIds))],
      [l.participants, listed(ctx, actorNames(ctx, area.actorIds))],
    ]),
    ...commitmentGroups(ctx, area.commitments),
  ];
}

function planBlocks(ctx: Context, plan: Plan, level: number): Block[] {
  const c = ctx.c;
  const l = c.label;
  const title = planTitle(ctx, plan);
  const activities = plan.activities ?? [];
  const owner = (side: Commitment["by"], actorIds: readonly string[] | undefined): string =>
    side === undefined ? "" : side === "actor" ? joinWords(actorNames(ctx, actorIds), c.lang) : c.side(side);
  return [
    heading(level, title),
    ...(plan.description === undefined ? [] : [paragraph(plan.description)]),
    ...fields([
      [l.kind, plan.title === undefined || contains(plan.title, c.planKind(plan.kind)) ? undefined : c.planKind(plan.kind)],
      [l.responsible, plan.owner === undefined ? undefined : owner(plan.owner, undefined)],
      [l.municipality, plan.municipality === undefined ? undefined : kommunName(ctx, plan.municipality)],
      [l.period, plan.period === undefined ? undefined : c.civilRange(plan.period.start, plan.period.end)],
      [l.basis, plan.basis],
      [l.revision, cadence(ctx, plan.revision)],
    ]),
    ...(activities.length === 0
      ? []
      : [
          {
            kind: "table",
            caption: c.column.activitiesCaption(title),
            head: [c.column.activity, c.column.responsible, c.column.due, c.column.cadence],
            rows: activities.map((a) => [
              a.text,
              owner(a.owner, a.actorIds),
              a.due === undefined ? "" : civilDate(a.due, c.lang),
              cadence(ctx, a.cadence) ?? "",
            ]),
          } satisfies Block,
        ]),
  ];
}

function followUpBlocks(ctx: Context, f: FollowUp, level: number): Block[] {
  const c = ctx.c;
  const l = c.label;
  const plans = ctx.plans;
  const feeds = (f.feeds ?? []).map((feed) =>
    match(feed)
      .with({ type: "plan_revision" }, (x) => {
        const plan = plans.find((p) => p.id === x.planId);
        return c.feeds({ type: "plan_revision", plan: plan === undefined ? x.planId : planTitle(ctx, plan) });
      })
      .with({ type: "agreement_revision" }, { type: "citizen_promises" }, (x) => c.feeds({ type: x.type }))
      .exhaustive(),
  );
  const responsible = [
    ...(f.responsibleSide === undefined ? [] : [c.side(f.responsibleSide)]),
    ...(f.forumId === undefined ? [] : forumNames(ctx, [f.forumId])),
  ];
  return [
    heading(level, f.subject),
    ...(f.asWritten === undefined ? [] : [paragraph(f.asWritten)]),
    ...fields([
      [l.kind, contains(f.subject, c.followUpKind(f.kind)) ? undefined : capitalize(c.followUpKind(f.kind))],
      [l.responsible, listed(ctx, responsible)],
      [l.responsibleRoles, listed(ctx, (f.responsibleRoles ?? []).map((r) => c.role(r, false).toLocaleLowerCase(c.lang)))],
      [l.participants, listed(ctx, actorNames(ctx, f.actorIds))],
      [l.municipality, f.municipality === undefined ? undefined : kommunName(ctx, f.municipality)],
      [l.cadence, cadence(ctx, f.cadence)],
      [l.due, f.due === undefined ? undefined : c.due(f.due)],
      [l.method, f.method],
      [l.basis, f.basis],
      [l.requiredContent, listed(ctx, (f.requiredContent ?? []).map((x) => c.requiredContent(x)))],
      [l.feeds, listed(ctx, feeds)],
    ]),
  ];
}

function deliverableItem(ctx: Context, d: Deliverable): ListItem {
  const c = ctx.c;
  const l = c.label;
  const owner = d.owner === undefined ? undefined : d.owner === "actor" ? listed(ctx, actorNames(ctx, d.actorIds)) : c.side(d.owner);
  return item(
    d.text,
    fields([
      [l.kind, capitalize(c.deliverableKind(d.kind))],
      [l.responsible, owner],
      [l.participants, d.owner === "actor" ? undefined : listed(ctx, actorNames(ctx, d.actorIds))],
      [l.municipality, d.municipality === undefined ? undefined : kommunName(ctx, d.municipality)],
      [l.due, d.due === undefined ? undefined : c.due(d.due)],
    ]),
  );
}

function communicationBlocks(ctx: Context, communication: Communication | undefined): Block[] {
  if (communication === undefined) return [];
  return [
    ...(communication.summary === undefined ? [] : [paragraph(communication.summary)]),
    // The flags restate the clause; they are written out only where the clause itself is not there.
    ...(communication.summary === undefined && communication.jointPlan === true ? [paragraph(ctx.c.communication.jointPlan)] : []),
    ...(communication.summary === undefined && communication.specialPlansWhenNeeded === true ? [paragraph(ctx.c.communication.specialPlans)] : []),
  ];
}

function decisionItem(ctx: Context, d: Decision): ListItem {
  const c = ctx.c;
  const structured = d.body !== undefined || d.date !== undefined || d.reference !== undefined || d.paragraph !== undefined;
  if (!structured && d.asWritten !== undefined) return item(d.asWritten);
  const party = d.municipality !== undefined ? kommunName(ctx, d.municipality) : d.partyId === undefined ? undefined : partyName(ctx, d.partyId);
  const body = d.body === undefined ? (d.side === undefined ? undefined : c.side(d.side)) : d.body;
  const police = ctx.parties.police;
  // The party is named only where the body does not already say it ("Kommunstyrelsen i Östra Göinge kommun").
  const named =
    body !== undefined &&
    party !== undefined &&
    (contains(body, party) || (d.partyId === police.id && contains(body, police.localPoliceArea?.asWritten ?? police.name)));
  const words = [
    c.decision(d.kind, body),
    party !== undefined && !named ? `(${party})` : undefined,
    d.date === undefined ? undefined : c.decisionDate(d.date),
    d.paragraph === undefined ? undefined : d.paragraph.startsWith("§") ? d.paragraph : `§ ${d.paragraph}`,
  ].filter((w): w is string => w !== undefined);
  return item(`${words.join(" ")}.`, d.reference === undefined ? [] : [list([item(field(c.label.diarienummer, d.reference))])]);
}

function annexItem(ctx: Context, annex: Annex): ListItem {
  const c = ctx.c;
  const kind = c.annexKind(annex.kind);
  const title = annex.title === undefined ? kind : contains(annex.title, kind) || annex.kind === "other" ? annex.title : `${annex.title} (${kind.toLocaleLowerCase(c.lang)})`;
  return item(field(c.label.annex, title), annex.asWritten === undefined ? [] : [paragraph(annex.asWritten)]);
}

function dutiesBlocks(ctx: Context, duties: MunicipalDuties, level: number): Block[] {
  const c = ctx.c;
  const l = c.label;
  const sp = duties.situationalPicture;
  const ap = duties.actionPlan;
  const cf = duties.coordinationFunction;
  const actionPlanTitle = ap?.planId === undefined ? undefined : ctx.plans.find((p) => p.id === ap.planId);
  return [
    heading(level, kommunName(ctx, duties.municipality)),
    ...fields([
      [l.situationalPicture, sp === undefined ? undefined : c.situationalPictureDone(sp.date)],
      [`${l.situationalPicture}, ${l.sections.toLocaleLowerCase(c.lang)}`, listed(ctx, (sp?.sections ?? []).map((s) => c.situationalSection(s)))],
      [`${l.situationalPicture}, ${l.reference.toLocaleLowerCase(c.lang)}`, sp?.reference],
      [l.actionPlan, ap === undefined ? undefined : `${actionPlanTitle === undefined ? "" : `${planTitle(ctx, actionPlanTitle)}, `}${c.actionPlanDecided(ap.body, ap.date)}`],
      [`${l.actionPlan}, ${l.reference.toLocaleLowerCase(c.lang)}`, ap?.reference],
      [l.coordinationFunction, cf?.holder ?? (cf?.contactId === undefined ? undefined : cf.contactId)],
      [`${l.coordinationFunction}, ${l.tasks.toLocaleLowerCase(c.lang)}`, listed(ctx, (cf?.tasks ?? []).map((t) => c.coordinationTask(t)))],
    ]),
    ...(cf?.description === undefined ? [] : [paragraph(cf.description)]),
  ];
}

/** A medborgarlöfte's body: period, basis, themes, promises, forums, follow-up, results, signatures. */
function promiseBody(ctx: Context, promise: CitizenPromise | CitizenPromiseDocument, level: number, own: boolean): Block[] {
  const c = ctx.c;
  const l = c.label;
  const s = c.section;
  const period = paragraph(c.promisePeriod(promise.period.start, promise.period.end, promise.period.untilReplaced === true));
  const extensions = (promise.extensions ?? []).map((e) => paragraph(e.asWritten ?? c.promiseExtension(e.end, e.decidedOn)));
  const themes = (promise.themes ?? []).map((t) => item(t));
  const commitments = promise.commitments ?? [];
  const results = promise.results ?? [];
  const resultTable: Block[] =
    results.length === 0
      ? []
      : [
          {
            kind: "table",
            caption: c.column.resultsCaption,
            head: [c.column.commitment, c.column.period, c.column.outcome, c.column.achieved, c.column.reportedBy, c.column.comment],
            rows: results.map((r) => [
              r.commitmentId === undefined ? l.wholePromise : (commitments.find((x) => x.id === r.commitmentId)?.text ?? r.commitmentId),
              r.period === undefined ? "" : c.periodRange(r.period, undefined).replace(/^(från och med|from) /, ""),
              r.outcome === undefined ? "" : c.outcome(r.outcome),
              r.achieved === undefined ? "" : c.quantity(r.achieved),
              r.reportedBy === undefined ? "" : c.side(r.reportedBy),
              r.text ?? "",
            ]),
          },
        ];
  const sub = (title: string, body: readonly Block[]) => section(level, title, body);
  return [
    ...(own ? sub(s.validity, [period, ...extensions]) : [period, ...extensions]),
    ...sub(s.basis, promise.basis === undefined ? [] : [paragraph(promise.basis)]),
    ...sub(s.themes, themes.length === 0 ? [] : [list(themes)]),
    ...sub(s.promises, commitmentGroups(ctx, commitments)),
    ...sub(s.forums, (promise.forums ?? []).flatMap((f) => forumBlocks(ctx, f, level + 1))),
    ...sub(s.followUps, (promise.followUps ?? []).flatMap((f) => followUpBlocks(ctx, f, level + 1))),
    ...sub(s.results, resultTable),
    ...sub(s.communication, communicationBlocks(ctx, promise.communication)),
    ...(own ? [] : sub(s.signatures, signatureBlocks(ctx, promise.signatories))),
  ];
}

function citizenPromisesSection(ctx: Context, agreement: Agreement, clauses: readonly Block[], level: number): Block[] {
  const c = ctx.c;
  const cycle = agreement.citizenPromiseCycle;
  const cycleBlocks: Block[] =
    cycle === undefined
      ? []
      : [
          ...(cycle.cadence === undefined ? [] : [paragraph(c.promiseCycle.cadence(c.cadence(cycle.cadence)))]),
          ...(cycle.lead === undefined ? [] : [paragraph(c.promiseCycle.lead(cycle.lead))]),
          ...(cycle.basis === undefined ? [] : [paragraph(cycle.basis)]),
          ...(cycle.purpose === undefined ? [] : [paragraph(cycle.purpose)]),
        ];
  const promises = (agreement.citizenPromises ?? []).flatMap((p) => [
    heading(level + 1, p.title ?? c.citizenPromiseFor(kommunName(ctx, p.municipality))),
    ...promiseBody(ctx, p, level + 2, false),
  ]);
  return section(level, c.section.citizenPromises, [...clauses, ...cycleBlocks, ...promises]);
}

function clausesOf(clauses: readonly Clause[] | undefined, ...topics: Clause["topic"][]): Clause[] {
  return (clauses ?? []).filter((x) => topics.includes(x.topic));
}

/** The sections a clause of the text can be placed in. */
type ClauseHome =
  | "background"
  | "purpose"
  | "validity"
  | "forums"
  | "problemPicture"
  | "focusAreas"
  | "citizenPromises"
  | "followUps"
  | "communication"
  | "budget"
  | "confidentiality"
  | "other"
  | "signatures";

// A clause whose heading names a section goes there, as that section's introduction.
const HEADING_HOMES: readonly (readonly [RegExp, ClauseHome])[] = [
  [/kommunikation|communication/i, "communication"],
  [/medborgarlöft|citizen promise/i, "citizenPromises"],
  [/problembild|problem picture/i, "problemPicture"],
  [/prioriter|fokusområ|samverkansområ|insatsområ|priority/i, "focusAreas"],
  [/uppfölj|follow/i, "followUps"],
  [/budget|kostnad|finansier|cost/i, "budget"],
  [/giltighet|validity/i, "validity"],
  [/syfte|mål\b|purpose|goal/i, "purpose"],
  [/bakgrund|background/i, "background"],
  [/sekretess|personuppgift|confidential/i, "confidentiality"],
  [/forum|organisation|samverkansform/i, "forums"],
];

/** Places each clause in a section: by its heading where that names one, else by its topic. */
function placeClauses(clauses: readonly Clause[] | undefined, level: number, signed: boolean): ReadonlyMap<ClauseHome, Block[]> {
  const homes = new Map<ClauseHome, Block[]>();
  const put = (home: ClauseHome, blocks: readonly Block[]) => homes.set(home, [...(homes.get(home) ?? []), ...blocks]);
  for (const clause of clauses ?? []) {
    if (clause.topic === "commitment") {
      put(signed ? "signatures" : "other", signed ? [paragraph(clause.text)] : clauseBlocks([clause], level));
      continue;
    }
    const byHeading = clause.heading === undefined ? undefined : HEADING_HOMES.find(([pattern]) => pattern.test(clause.heading ?? ""))?.[1];
    if (byHeading !== undefined) {
      put(byHeading, [paragraph(clause.text)]);
      continue;
    }
    const home = match(clause.topic)
      .with("background", () => "background" as const)
      .with("principles", "organisation", "responsibilities", "method", () => "forums" as const)
      .with("follow_up", () => "followUps" as const)
      .with("communication", () => "communication" as const)
      .with("confidentiality", () => "confidentiality" as const)
      .with("other", () => "other" as const)
      .exhaustive();
    put(home, clauseBlocks([clause], level));
  }
  return homes;
}

/** The blocks under the title of one agreement: its sections, at `level`. */
function agreementSections(ctx: Context, agreement: Agreement, level: number): Block[] {
  const c = ctx.c;
  const s = c.section;
  const signatures = signatureBlocks(ctx, agreement.signatories);
  const placed = placeClauses(agreement.clauses, level + 1, signatures.length > 0);
  const at = (home: ClauseHome): readonly Block[] => placed.get(home) ?? [];
  const problem = agreement.problemPicture;
  const goals = agreement.goals ?? [];
  const focusAreas = agreement.focusAreas ?? [];
  const deliverables = (agreement.deliverables ?? []).map((d) => deliverableItem(ctx, d));
  const budget = agreement.budget;
  const budgetText = budget === undefined ? undefined : (budget.text ?? c.budget(budget.principle));
  const guiding = (agreement.guidingDocuments ?? []).map((g) => item(c.guidingDocument(g.title, g.issuer, g.year)));
  const annexes = (agreement.annexes ?? []).map((a) => annexItem(ctx, a));
  const decisions = (agreement.decisions ?? []).map((d) => decisionItem(ctx, d));
  return [
    ...backgroundSection(ctx, agreement.lineage, at("background"), level),
    ...section(level, s.purpose, [
      ...(agreement.purpose === undefined ? [] : [paragraph(agreement.purpose)]),
      ...at("purpose"),
      ...(goals.length === 0 ? [] : [heading(level + 1, s.goals), list(goalItems(ctx, goals))]),
    ]),
    ...section(level, s.problemPicture, [
      ...(problem?.summary === undefined ? [] : [paragraph(problem.summary)]),
      ...((problem?.points ?? []).length === 0 ? [] : [list((problem?.points ?? []).map((p) => item(p)))]),
      ...at("problemPicture"),
    ]),
    ...section(level, s.guidingDocuments, guiding.length === 0 ? [] : [list(guiding)]),
    ...partiesSection(ctx, level),
    ...validitySection(ctx, agreement, at("validity"), level),
    ...section(level, s.forums, [...at("forums"), ...(agreement.forums ?? []).flatMap((f) => forumBlocks(ctx, f, level + 1))]),
    ...contactsSection(ctx, agreement.contacts, level),
    ...section(level, s.focusAreas, [...at("focusAreas"), ...focusAreas.flatMap((a) => focusAreaBlocks(ctx, a, level + 1))]),
    ...section(level, s.commitments, commitmentGroups(ctx, agreement.commitments)),
    ...section(
      level,
      s.plans,
      (agreement.plans ?? []).flatMap((p) => planBlocks(ctx, p, level + 1)),
    ),
    ...citizenPromisesSection(ctx, agreement, at("citizenPromises"), level),
    ...section(level, s.followUps, [
      ...at("followUps"),
      ...(agreement.followUps ?? []).flatMap((f) => followUpBlocks(ctx, f, level + 1)),
      ...(deliverables.length === 0 ? [] : [heading(level + 1, s.deliverables), list(deliverables)]),
    ]),
    ...section(
      level,
      s.law,
      (agreement.municipalDuties ?? []).flatMap((d) => dutiesBlocks(ctx, d, level + 1)),
    ),
    ...section(level, s.communication, [...communicationBlocks(ctx, agreement.communication), ...at("communication")]),
    ...section(level, s.budget, [...(budgetText === undefined ? [] : [paragraph(budgetText)]), ...at("budget")]),
    ...section(level, s.confidentiality, at("confidentiality")),
    ...section(level, s.otherClauses, at("other")),
    ...section(level, s.annexes, annexes.length === 0 ? [] : [list(annexes)]),
    ...section(level, s.decisions, decisions.length === 0 ? [] : [list(decisions)]),
    ...section(level, s.signatures, signatures.length === 0 ? [] : [...at("signatures"), ...signatures]),
  ];
}

function contextOf(c: Catalogue, doc: Agreement | CitizenPromiseDocument): Context {
  return {
    c,
    parties: doc.parties,
    actors: doc.actors ?? [],
    forums: doc.type === "agreement" ? [...(doc.forums ?? []), ...(doc.citizenPromises ?? []).flatMap((p) => p.forums ?? [])] : (doc.forums ?? []),
    focusAreas: doc.type === "agreement" ? (doc.focusAreas ?? []) : [],
    plans: doc.type === "agreement" ? (doc.plans ?? []) : [],
  };
}

/** The lines under an agreement's title: what part it is, other titles, its references. */
function agreementMeta(ctx: Context, agreement: Agreement, strategicTitle: string | undefined): Block[] {
  const c = ctx.c;
  const structure = match(agreement.structure)
    .with({ type: "single" }, () => [])
    .with({ type: "strategic" }, (s) => [
      paragraph(c.structure.strategic),
      ...((s.localContent ?? []).length === 0
        ? []
        : [paragraph(`${c.label.localContent}: ${joinWords((s.localContent ?? []).map((x) => c.localContent(x)), c.lang)}.`)]),
    ])
    .with({ type: "local" }, (s) => [
      paragraph(c.structure.local(kommunName(ctx, s.municipality))),
      ...(strategicTitle === undefined ? [] : [paragraph(field(c.label.complements, strategicTitle))]),
    ])
    .with({ type: "framework" }, () => [paragraph(c.structure.framework)])
    .exhaustive();
  return [
    ...structure,
    ...((agreement.otherTitles ?? []).length === 0 ? [] : [paragraph(field(c.label.otherTitles, joinWords(agreement.otherTitles ?? [], c.lang)))]),
    ...(agreement.references ?? []).map((r) => paragraph(referenceLine(ctx, r))),
  ];
}

function agreementBlocks(c: Catalogue, agreement: Agreement, level: number, strategicTitle: string | undefined): Block[] {
  const ctx = contextOf(c, agreement);
  return [heading(level, agreement.title), ...agreementMeta(ctx, agreement, strategicTitle), ...agreementSections(ctx, agreement, level + 1)];
}

function promiseDocumentBlocks(c: Catalogue, doc: CitizenPromiseDocument): Block[] {
  const ctx = contextOf(c, doc);
  const s = c.section;
  const title = doc.title ?? c.citizenPromiseFor(joinWords(doc.parties.municipalities.map(municipalityName), c.lang));
  const signatures = signatureBlocks(ctx, doc.signatories);
  const commitmentClauses = clausesOf(doc.clauses, "commitment");
  const other = [
    ...clausesOf(doc.clauses, "other", "organisation", "principles", "responsibilities", "method", "follow_up", "communication", "confidentiality"),
    ...(signatures.length === 0 ? commitmentClauses : []),
  ];
  const background = clauseBlocks(clausesOf(doc.clauses, "background"), 3);
  const decisions = (doc.decisions ?? []).map((d) => decisionItem(ctx, d));
  return [
    heading(1, title),
    ...(doc.references ?? []).map((r) => paragraph(referenceLine(ctx, r))),
    ...backgroundSection(ctx, doc.lineage, background, 2),
    ...partiesSection(ctx, 2),
    ...promiseBody(ctx, doc, 2, true),
    ...contactsSection(ctx, doc.contacts, 2),
    ...section(2, s.otherClauses, clauseBlocks(other, 3)),
    ...section(2, s.decisions, decisions.length === 0 ? [] : [list(decisions)]),
    ...section(2, s.signatures, signatures.length === 0 ? [] : [...commitmentClauses.map((x) => paragraph(x.text)), ...signatures]),
  ];
}

function setBlocks(c: Catalogue, set: AgreementSet): Block[] {
  const rank = (a: Agreement): number =>
    match(a.structure)
      .with({ type: "strategic" }, () => 0)
      .with({ type: "framework" }, () => 1)
      .with({ type: "single" }, () => 2)
      .with({ type: "local" }, () => 3)
      .exhaustive();
  // A stable sort: the del 1 first, then each del 2 in the set's order.
  const ordered = set.agreements.map((a, i) => [a, i] as const).sort((x, y) => rank(x[0]) - rank(y[0]) || x[1] - y[1]);
  const title = set.title ?? ordered[0]?.[0].title ?? c.agreementSet;
  return [
    heading(1, title),
    ...ordered.map(([a]): Block => {
      const strategic = a.structure.type === "local" ? a.structure.strategicId : undefined;
      const strategicTitle = strategic === undefined ? undefined : set.agreements.find((x) => x.id === strategic)?.title;
      return { kind: "section", part: true, blocks: agreementBlocks(c, a, 2, strategicTitle) };
    }),
  ];
}

/** The blocks of any valid document, and its title (for the HTML `<title>`). */
export function buildDocument(c: Catalogue, doc: AgreementDocument): { readonly title: string; readonly blocks: readonly Block[] } {
  const blocks = match(doc)
    .with({ type: "agreement" }, (a) => agreementBlocks(c, a, 1, undefined))
    .with({ type: "agreement_set" }, (s) => setBlocks(c, s))
    .with({ type: "citizen_promise" }, (p) => promiseDocumentBlocks(c, p))
    .exhaustive();
  const first = blocks[0];
  return { title: first?.kind === "heading" ? first.text : c.agreement, blocks };
}
