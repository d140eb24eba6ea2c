/**
 * Fidelity of the schemaVersion 2 encodings to their seed texts, finding by finding, as listed in
 * the domain review (`../shared/reviews/domain-review.md` §1; M = missing, W = wrong, I = invented).
 * Each test asserts that the document now holds the fact (or no longer holds the invented one), and
 * that the words it relies on are in the seed text.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPath, validateAgreement, type Agreement } from "@samverkan/core";
import { loadSeed, seedNames, type SeedName } from "@samverkan/test-utils";

type Commitment = NonNullable<Agreement["commitments"]>[number];

/**
 * OCR noise in the Arjeplog/Arvidsjaur seed, and how the encoding reads it: the text as written →
 * the text as read. Each pair is applied to the seed before quotes are compared, and each noisy
 * form is checked to be in the seed, so a repair cannot hide a quote that is not there.
 */
const OCR_REPAIRS: Partial<Record<SeedName, readonly (readonly [string, string])[]>> = {
  "arjeplog-arvidsjaur-2023-2026": [
    ["a rbetet", "arbetet"],
    ["samverka n.", "samverkan."],
    ["Sa m hället", "Samhället"],
    ["1 del 2", "I del 2"],
    ["kon kreta", "konkreta"],
    ["framgång 1 arbetet", "framgång i arbetet"],
    ["handlingspianer", "handlingsplaner"],
    ["1 arbetet med att ta fram", "I arbetet med att ta fram"],
    ["genomsiag", "genomslag"],
    ["fokusom råden", "fokusområden"],
    ["1 båda", "I båda"],
    ["sa mverkansmodellen", "samverkansmodellen"],
    // A line broken after the slash by the PDF layout.
    ["samverkansstruktur/ organisation", "samverkansstruktur/organisation"],
    ["1 varje kommun", "I varje kommun"],
    ["konkretiseras 1 en", "konkretiseras i en"],
    ["sa mverka nsöverenskommelsen", "samverkansöverenskommelsen"],
  ],
};

/** Whitespace collapsed (lines joined) and markdown emphasis dropped. */
const normalise = (text: string): string => text.replace(/\*/g, "").replace(/\s+/g, " ").trim();

function rawSeedText(name: SeedName): string {
  return readFileSync(new URL(`../../../shared/seeds/${name}.txt`, import.meta.url), "utf8");
}

/** The seed text as the encoding reads it: normalised, with the OCR repairs applied. */
function seedText(name: SeedName): string {
  let text = normalise(rawSeedText(name));
  for (const [ocr, read] of OCR_REPAIRS[name] ?? []) text = text.split(ocr).join(read);
  return text;
}

/** The sentences of a quote: a field may quote sentences that are not adjacent in the text. */
const sentences = (quote: string): string[] => normalise(quote).split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ])/);

/** Asserts that every sentence of every quote is in the seed text, verbatim. */
function expectQuoted(name: SeedName, ...quotes: readonly string[]): void {
  const text = seedText(name);
  for (const quote of quotes) for (const sentence of sentences(quote)) expect(text, `not in ${name}.txt: ${sentence}`).toContain(sentence);
}

/** Loads a seed document, which must validate as one agreement. */
function agreementOf(name: SeedName): Agreement {
  const result = validateAgreement(loadSeed(name));
  if (!result.ok) throw new Error(`${name}: ${result.issues.map((i) => `${i.code} at ${formatPath(i.path)}`).join("; ")}`);
  if (result.value.type !== "agreement") throw new Error(`${name} is not an agreement`);
  return result.value;
}

/** Loads one of the illustrative documents beside the seeds. */
function illustrative(name: string): Agreement {
  const input: unknown = JSON.parse(readFileSync(new URL(`./${name}.json`, import.meta.url), "utf8"));
  const result = validateAgreement(input);
  if (!result.ok || result.value.type !== "agreement") throw new Error(`${name} does not validate as an agreement`);
  return result.value;
}

/** Finds the one item with an id, or fails. */
function byId<T extends { id: string }>(list: readonly T[] | undefined, id: string): T {
  const item = list?.find((x) => x.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** Every commitment of an agreement: its own, and those in its focus areas and forums. */
function commitmentsOf(agreement: Agreement): Commitment[] {
  return [
    ...(agreement.commitments ?? []),
    ...(agreement.focusAreas ?? []).flatMap((a) => a.commitments ?? []),
    ...(agreement.forums ?? []).flatMap((f) => f.commitments ?? []),
  ];
}

/** The one commitment whose text contains the words, or fails. */
function commitmentSaying(agreement: Agreement, words: string): Commitment {
  const found = commitmentsOf(agreement).filter((c) => c.text.includes(words));
  if (found.length !== 1) throw new Error(`${found.length} commitments say "${words}"`);
  return found[0] as Commitment;
}

// The fields whose strings quote the text.
const QUOTING_KEYS = new Set([
  "asWritten",
  "alsoWritten",
  "text",
  "responsibilities",
  "purpose",
  "description",
  "basis",
  "summary",
  "points",
  "condition",
  "scope",
  "units",
]);

/** Every string under a quoting key, with its path; provenance is the encoder's, not the text's. */
function quotedStrings(value: unknown, path = "", quoting = false): [string, string][] {
  if (typeof value === "string") return quoting ? [[path, value]] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => quotedStrings(v, `${path}[${i}]`, quoting));
  if (value !== null && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) =>
      key === "provenance" ? [] : quotedStrings(v, path === "" ? key : `${path}.${key}`, quoting || QUOTING_KEYS.has(key)),
    );
  }
  return [];
}

describe("the seed texts and what the encodings quote", () => {
  it.each(seedNames)("every quoted string in %s is verbatim from its text", (name) => {
    const text = seedText(name);
    const strings = quotedStrings(loadSeed(name));
    expect(strings.length).toBeGreaterThan(10);
    for (const [path, quote] of strings) for (const sentence of sentences(quote)) expect(text, `${path}: ${sentence}`).toContain(sentence);
  });

  it("every OCR repair reads noise that is in the seed", () => {
    for (const [name, repairs] of Object.entries(OCR_REPAIRS)) {
      const text = normalise(rawSeedText(name as SeedName));
      for (const [ocr] of repairs ?? []) expect(text, `${name}: ${ocr}`).toContain(ocr);
    }
  });
});

describe("1.1 Östra Göinge 2016–2018", () => {
  const name = "ostra-goinge-2016-2018";
  const agreement = agreementOf(name);

  it("1.1 #1 M: the medborgarlöften to be produced during 2016 are a deliverable due during 2016", () => {
    const promises = agreement.deliverables?.filter((d) => d.kind === "citizen_promise");
    expect(promises).toEqual([expect.objectContaining({ due: { type: "during", date: "2016", asWritten: "under 2016" } })]);
    expect(promises?.[0]?.owner).toBeUndefined();
    expectQuoted(name, "medborgarlöften som tas fram under 2016", promises?.[0]?.text ?? "");
  });

  it("1.1 #2 M: the joint kommunikationsplan that 'ska utarbetas' is a deliverable, with no owner and no date", () => {
    const plan = agreement.deliverables?.find((d) => d.kind === "communication_plan");
    expect(plan?.text).toBe("En gemensam generell kommunikationsplan för den vardagliga kommunikationen ska utarbetas");
    expect(plan?.owner).toBeUndefined();
    expect(plan?.due).toBeUndefined();
    expect(agreement.communication?.jointPlan).toBe(true);
    expectQuoted(name, plan?.text ?? "");
  });

  it("1.1 #3 M: the aktivitetsplan is based on the problems citizens raised in the medborgardialoger", () => {
    const plan = byId(agreement.plans, "aktivitetsplan");
    expect(plan.basis).toContain("vad kommunens medborgare själva pekat ut som problem i de medborgardialoger som hållits");
    expectQuoted(name, plan.basis ?? "");
  });

  it("1.1 #4 M: kommunpolis and säkerhetschef set the agenda: meeting structures and who is responsible for what", () => {
    const agenda = "Tillsammans sätter dessa en agenda för samverkansformerna i detalj. Det kan röra sig om exempelvis mötesstrukturer och vilken av aktörerna som ansvarar för vad.";
    expect(agreement.contacts?.map((c) => [c.role, c.responsibilities?.includes(agenda)])).toEqual([
      ["community_police_officer", true],
      ["security_manager", true],
    ]);
    expectQuoted(name, agenda);
  });

  it("1.1 #5 M: the places can change after medborgardialoger and mätningar; the actors are named", () => {
    const area = byId(agreement.focusAreas, "trygghetsskapande-atgarder");
    const places = commitmentSaying(agreement, "Platserna kan ändras om medborgardialoger och andra mätningar");
    expect(area.commitments).toContain(places);
    const actors = commitmentSaying(agreement, "Flera olika aktörer kan engageras för ökad trygghet");
    expect(actors.modality).toBe("may");
    expect(actors.units).toEqual(["socialtjänst", "samhällsbyggnad"]);
    expect(actors.actorIds?.map((id) => byId(agreement.actors, id).name)).toEqual([
      "Polisens volontärer",
      "Medborgare som genomför trygghetsvandringar",
    ]);
    expect(area.actorIds).toEqual(actors.actorIds);
    expectQuoted(name, places.text, actors.text);
  });

  it("1.1 #6 M: Polisen and the kommun produce lägesbilder together", () => {
    const pictures = agreement.followUps?.filter((f) => f.kind === "situational_picture");
    expect(pictures).toHaveLength(1);
    expect(pictures?.[0]).toMatchObject({ responsibleSide: "joint" });
    expect(pictures?.[0]?.cadence).toBeUndefined();
    expectQuoted(name, "När Polismyndigheten och Östra Göinge kommun tillsammans tar fram lägesbilder");
  });

  it("1.1 #7 I: no polisregion (the text names none)", () => {
    expect(agreement.parties.police.region).toBeUndefined();
    expect(seedText(name)).not.toMatch(/polisregion|region syd/i);
  });

  it("1.1 #8 I: the aktivitetsplan has no owner (the text does not say who owns it)", () => {
    expect(agreement.plans?.map((p) => p.owner)).toEqual([undefined]);
  });
});

describe("1.2 Östra Göinge 2023–2026", () => {
  const name = "ostra-goinge-2023-2026";
  const agreement = agreementOf(name);

  it("1.2 #1 W/I: the forums have no level (the text gives none)", () => {
    expect(agreement.forums?.map((f) => [f.kind, f.level])).toEqual([
      ["local_bra", undefined],
      ["spider_group", undefined],
      ["joint_inspection", undefined],
      ["defector_programme", undefined],
    ]);
    expect(seedText(name)).not.toMatch(/strategisk|operativ|individnivå/i);
  });

  it("1.2 #2 W: Polisen, the authority, produces the medborgarlöften; the kommunpolis is not given the task", () => {
    expect(agreement.citizenPromiseCycle?.lead).toBe("police");
    const kommunpolis = byId(agreement.contacts, "kommunpolis");
    expect(kommunpolis.responsibilities?.some((r) => /medborgarlöft/i.test(r))).toBe(false);
    const sentence = "Polisen ansvarar för framtagande av medborgarlöften och kommunen fungerar som en samverkanspart.";
    expect(agreement.clauses?.filter((c) => c.text === sentence).map((c) => c.topic)).toEqual(["responsibilities"]);
    expectQuoted(name, sentence);
  });

  it("1.2 #3 M: each party can expect the other to be represented in every forum", () => {
    expect(agreement.forums).toHaveLength(4);
    expect(agreement.forums?.every((f) => f.mutualRepresentation === true)).toBe(true);
    expectQuoted(name, "är forum där respektive samverkanspart ska kunna förvänta sig representation från den andra parten");
  });

  it("1.2 #4 M: the medborgarlöften say which problems and measures are prioritised during the year, and complement and concretise the agreement", () => {
    const purpose = agreement.citizenPromiseCycle?.purpose ?? "";
    expect(purpose).toContain("vilka problem och därtill åtgärder som ska prioriteras under året");
    expect(purpose).toContain("kompletterar och konkretiserar denna överenskommelse");
    expectQuoted(name, purpose);
  });

  it("1.2 #5 M: the forums were chosen through mapping and discussions, also in lokala Brå", () => {
    const clause = agreement.clauses?.find((c) => c.text.startsWith("Genom kartläggning och diskussioner"));
    expect(clause).toMatchObject({ topic: "method", heading: "Tillvägagångssätt" });
    expect(clause?.text).toContain("gemensamt i lokala Brottsförebyggande rådet (Brå)");
    expectQuoted(name, clause?.text ?? "");
  });

  it("1.2 #6 I: no polisregion (the text names none)", () => {
    expect(agreement.parties.police.region).toBeUndefined();
    expect(seedText(name)).not.toMatch(/polisregion|region syd/i);
  });
});

describe("1.3 Kävlinge 2019–2022", () => {
  const name = "kavlinge-2019-2022";
  const agreement = agreementOf(name);

  it("1.3 #1 M: joint lägesbilder are produced continuously", () => {
    const picture = agreement.followUps?.find((f) => f.kind === "situational_picture");
    expect(picture).toMatchObject({ responsibleSide: "joint", cadence: { type: "continuous", asWritten: "kontinuerligt" } });
    expectQuoted(name, picture?.asWritten ?? "", "kontinuerligt ta fram gemensamma lägesbilder");
  });

  it("1.3 #2 M: the medborgarlöften already produced belong to the agreement: an annex that is not recorded", () => {
    expect(agreement.annexes).toEqual([
      {
        id: "medborgarloften",
        kind: "citizen_promise",
        title: "Medborgarlöften",
        asWritten: "Till överenskommelsen hör också framtagna medborgarlöften.",
      },
    ]);
    expect(agreement.citizenPromises).toBeUndefined();
    // The text gives the medborgarlöften no cadence, so none is recorded.
    expect(agreement.citizenPromiseCycle?.cadence).toBeUndefined();
    expectQuoted(name, "Till överenskommelsen hör också framtagna medborgarlöften.");
  });

  it("1.3 #3 M: the aktivitetsplan builds on a local lägesbild based among other things on medborgardialoger", () => {
    const plan = byId(agreement.plans, "aktivitetsplan");
    expect(plan.basis).toBe("utgår från framtagna lokal lägesbild baserad på bl.a. medborgardialoger");
    expect(plan.owner).toBeUndefined();
    expectQuoted(name, plan.basis ?? "", plan.description ?? "");
  });

  it("1.3 #4 M: områdespoliserna and the sectors Utbildning and Omsorg have a special role against youth crime and drugs", () => {
    const role = commitmentSaying(agreement, "En särskilt utmärkande roll får områdespoliserna");
    expect(byId(agreement.focusAreas, "ungdomar-och-droger").commitments).toContain(role);
    expect(role).toMatchObject({ by: "joint", units: ["Utbildning", "Omsorg"] });
    expectQuoted(name, role.text);
  });

  it("1.3 #5 M: the actors for trygghet are named: volontärer, nattvandrare, the kommun's sectors, företagare and medborgare", () => {
    expect(agreement.actors?.map((a) => [a.kind, a.name])).toEqual([
      ["other", "Polisens volontärer"],
      ["association", "Nattvandrare"],
      ["business", "Företagare"],
      ["other", "Medborgare"],
    ]);
    const actors = commitmentSaying(agreement, "Flera aktörer kan engageras för ökad trygghet");
    expect(actors).toMatchObject({
      modality: "may",
      actorIds: ["polisens-volontarer", "nattvandrare", "foretagare", "medborgare"],
      units: ["Arbetsliv och Fritid", "Omsorg", "Samhällsbyggnad", "Utbildning"],
    });
    expect(byId(agreement.focusAreas, "trygghetsskapande-atgarder").actorIds).toEqual(actors.actorIds);
    expectQuoted(name, actors.text);
  });

  it("1.3 #6 M: avhopparverksamhet is part of Polismyndighetens brottsoffer- och personsäkerhetsverksamhet", () => {
    const area = byId(agreement.focusAreas, "avhopparverksamhet");
    expect(area.kind).toBe("defector_programme");
    expect(area.description).toContain("en del av polismyndighetens brottsoffer-och personsäkerhetsverksamhet");
    expect(area.commitments?.map((c) => [c.by, c.modality])).toEqual([
      [undefined, "should"],
      ["police", "shall"],
      ["municipality", undefined],
      ["police", undefined],
    ]);
    expectQuoted(name, area.description ?? "", ...(area.commitments ?? []).map((c) => c.text));
  });

  it("1.3 #7 M: the kommun convenes the operative groups", () => {
    const groups = byId(agreement.forums, "operativa-grupper");
    expect(groups.convenor).toBe("municipality");
    expectQuoted(name, "de operativa grupper som kommunen sammankallar");
  });

  it("1.3 #8 I: the operative groups keep the text's generic phrase, not an invented proper name", () => {
    const groups = byId(agreement.forums, "operativa-grupper");
    expect(agreement.forums?.map((f) => f.name)).not.toContain("Operativa grupper");
    expect(groups.name).toBe("de operativa grupper som kommunen sammankallar");
    expect(groups.kind).toBe("working_group");
    expectQuoted(name, groups.name);
  });

  it("1.3 #9 M: the cover title is kept beside the inner title", () => {
    expect(agreement.title).toBe("Samverkansöverenskommelse mellan Lokalpolisområde Kävlinge och Kävlinge kommun 2019-2022");
    expect(agreement.otherTitles).toEqual([
      "Samverkansöverenskommelse mellan Polismyndigheten, Lokalpolisområde Kävlinge, och Kävlinge kommun 2019-2022",
    ]);
    expectQuoted(name, agreement.title, ...(agreement.otherTitles ?? []));
  });

  it("1.3 #10 M: kommunpolis and säkerhetschef are responsible for a clearly developing and forward-moving spirit", () => {
    const spirit = "bl.a. ansvar för att samverkan bedrivs i en tydligt utvecklande och framåtskridande anda";
    const sakerhetschef = byId(agreement.contacts, "sakerhetschef");
    expect(sakerhetschef.responsibilities?.filter((r) => r.includes(spirit))).toHaveLength(1);
    expect(byId(agreement.contacts, "kommunpolis").responsibilities?.filter((r) => r.includes(spirit))).toHaveLength(1);
    expectQuoted(name, ...(sakerhetschef.responsibilities ?? []));
  });
});

describe("1.4 Kristianstad 2025–2028", () => {
  const name = "kristianstad-2025-2028";
  const agreement = agreementOf(name);
  const text = seedText(name);

  it("1.4 #1 W: SSPF, SIG, avhopparverksamhet and BOB are priority areas of their own kinds, not forums", () => {
    const areas = ["sspf", "sig", "defector_programme", "bob"] as const;
    expect(agreement.focusAreas?.filter((a) => (areas as readonly string[]).includes(a.kind)).map((a) => a.kind)).toEqual([...areas]);
    expect(agreement.forums?.some((f) => (areas as readonly string[]).includes(f.kind))).toBe(false);
    expect(agreement.forums?.some((f) => f.level === "individual")).toBe(false);
    // In the text they come after the heading "Prioriterande samverkansområden", which follows "Samverkansforum".
    const areasHeading = text.indexOf("Prioriterande samverkansområden");
    expect(text.indexOf("Samverkansforum")).toBeLessThan(areasHeading);
    for (const heading of ["SSPF (skola, socialtjänst, polis och fritid)", "SIG (social insatsgrupp)", "Avhopparverksamhet", "BOB (barn och unga"]) {
      expect(text.indexOf(heading)).toBeGreaterThan(areasHeading);
    }
    for (const kind of areas) {
      const area = agreement.focusAreas?.find((a) => a.kind === kind);
      expect(area?.commitments?.map((c) => [c.by, c.modality])).toEqual([["joint", "shall"]]);
      expectQuoted(name, ...(area?.commitments ?? []).map((c) => c.text));
    }
  });

  it("1.4 #2 W: 'ska sträva efter' is a commitment of modality strive", () => {
    const patrol = commitmentSaying(agreement, "sträva efter att fotpatrullera och vara synliga med fordon");
    expect(patrol).toMatchObject({ by: "police", modality: "strive" });
    expect(byId(agreement.focusAreas, "offentlig-miljo").commitments).toContain(patrol);
    expect(JSON.stringify(agreement)).not.toContain("Polisen fotpatrullerar");
    expectQuoted(name, patrol.text);
  });

  it("1.4 #3 M: the kommun's half: it shall facilitate and make possible Polisen's visibility", () => {
    const kommun = commitmentSaying(agreement, "Kristianstads kommun ska underlätta och skapa förutsättningar");
    expect(kommun).toMatchObject({ by: "municipality", modality: "shall" });
    expect(byId(agreement.focusAreas, "offentlig-miljo").commitments?.map((c) => c.by)).toEqual(["police", "police", "police", "municipality"]);
    expectQuoted(name, kommun.text);
  });

  it("1.4 #4 M: Lokala Brå may formulate yearly goals: a yearly commitment of the forum", () => {
    const bra = byId(agreement.forums, "lokala-bra");
    const goals = bra.commitments?.find((c) => c.text.includes("formulera årliga mål"));
    expect(goals).toMatchObject({ modality: "may", frequency: { type: "yearly" } });
    expectQuoted(name, goals?.text ?? "", "De kan föreslå och starta arbetsgrupper");
  });

  it("1.4 #5 M: the beredningsgrupp that feeds the styrgrupp is a forum", () => {
    const beredning = byId(agreement.forums, "beredningsgruppen");
    expect(beredning.kind).toBe("working_group");
    expect(beredning.level).toBeUndefined();
    expect(byId(agreement.forums, "strategiska-styrgruppen").responsibilities?.[0]).toContain("frågor och behov som lyfts av beredningsgruppen");
    expectQuoted(name, "frågor och behov som lyfts av beredningsgruppen");
  });

  it("1.4 #6 W: the diarienummer A084.191/2025 is Polisen's", () => {
    expect(agreement.references).toContainEqual({ type: "diarienummer", value: "A084.191/2025", partyId: "polisen" });
    expect(text).toContain("Polisen A084.191/2025 sak 483");
    expect(agreement.provenance?.note).not.toContain("does not say which party");
  });

  it("1.4 #7 M: the kommun has the main responsibility for preparing the documents", () => {
    const preparing = commitmentSaying(agreement, "huvudansvaret för beredning av de handlingar");
    expect(preparing.by).toBe("municipality");
    expect(agreement.commitments).toContain(preparing);
    expectQuoted(name, preparing.text);
  });

  it("1.4 #8 M: the LPO helps carry out the åtgärdsplan when possible; the plan supports the kommun's förvaltningar and bolag", () => {
    const police = commitmentSaying(agreement, "för att genomföra åtgärderna när det är möjligt");
    expect(police).toMatchObject({ by: "police", modality: "conditional", condition: "när det är möjligt" });
    const plan = byId(agreement.plans, "atgardsplan");
    expect(plan).toMatchObject({ kind: "action_plan", owner: "municipality" });
    expect(plan.description).toContain("stöd för den ordinarie planerade verksamheten som bedrivs av kommunens olika förvaltningar och bolag");
    expectQuoted(name, police.text, plan.description ?? "", commitmentSaying(agreement, "aktivt arbeta med åtgärdsplanen").text);
  });

  it("1.4 #9 W: the yearly follow-up goes with the annual report of the crime-prevention work, not the kommun's årsredovisning", () => {
    const yearly = byId(agreement.followUps, "arlig-uppfoljning");
    expect(yearly.cadence).toMatchObject({ type: "yearly", anchor: { type: "annual_report", of: "crime_prevention_work" } });
    expect(yearly.cadence?.asWritten).toContain("årsredovisningen av det brottsförebyggande och trygghetsskapande arbetet");
    expectQuoted(name, yearly.cadence?.asWritten ?? "");
  });

  it("1.4 #10 M: the purpose keeps 'samlat grepp' and 'där de gör mest nytta'", () => {
    expect(agreement.purpose).toContain("tar ett samlat grepp mot brottsligheten och genom brett, effektivt, systematiskt och kunskapsbaserat");
    expect(agreement.purpose).toContain("resurserna kan användas där de gör mest nytta");
    expectQuoted(name, agreement.purpose ?? "");
  });

  it("1.4 #11 M: criminal economy is countered 'inom kommunal verksamhet'", () => {
    const economy = byId(agreement.focusAreas, "kriminell-ekonomi");
    expect(economy.kind).toBe("criminal_economy");
    expect(economy.commitments).toEqual([expect.objectContaining({ by: "joint", modality: "shall", scope: "inom kommunal verksamhet" })]);
    expectQuoted(name, ...(economy.commitments ?? []).map((c) => c.text));
  });

  it("1.4 #12 M: each priority area may have its own styrdokument", () => {
    const clause = agreement.clauses?.find((c) => c.text.includes("Inom respektive samverkansområde kan egna styrdokument upprättas."));
    expect(clause?.heading).toBe("Prioriterande samverkansområden");
    expectQuoted(name, clause?.text ?? "");
  });

  it("1.4 #13 M: the principles of open dialogue, and the parties' undertaking by signing", () => {
    const principles = agreement.clauses?.find((c) => c.topic === "principles");
    expect(principles?.text).toContain("öppen dialog, förståelse för varandras verksamheter");
    const undertaking = agreement.clauses?.find((c) => c.topic === "commitment");
    expect(undertaking?.text).toBe(
      "Genom underteckning av samverkansöverenskommelsen förbinder sig de samverkande parterna till denna samverkansöverenskommelse 2025–2028.",
    );
    expectQuoted(name, principles?.text ?? "", undertaking?.text ?? "");
  });

  it("1.4 #14 I: no polisregion (the text names none)", () => {
    expect(agreement.parties.police.region).toBeUndefined();
    expect(text).not.toMatch(/polisregion|region syd/i);
  });
});

describe("1.5 Arjeplog and Arvidsjaur 2023–2026, del 1", () => {
  const name = "arjeplog-arvidsjaur-2023-2026";
  const agreement = agreementOf(name);

  it("1.5 #1 W: 'regelbundet … varje år' is at least yearly, as written", () => {
    const meeting = byId(agreement.forums, "partsammansatta-grupper");
    expect(meeting.cadence).toEqual({ type: "yearly", atLeast: true, asWritten: "regelbundet, i partsammansatta grupper varje år" });
    expectQuoted(name, "Samordnarna i varje kommun samt polisen ska träffas regelbundet, i partsammansatta grupper varje år.");
  });

  it("1.5 #2 W: the yearly meeting is of both kommuners samordnare with Polisen; each kommun's local group only 'bör finnas'", () => {
    const meeting = byId(agreement.forums, "partsammansatta-grupper");
    expect(meeting.municipality).toBeUndefined();
    expect(meeting.modality).toBe("shall");
    expect(meeting.members?.map((m) => [m.side, m.role])).toEqual([
      ["municipality", "coordinator"],
      ["police", undefined],
    ]);
    const local = agreement.forums?.filter((f) => f.name === "Lokal samverkansgrupp");
    expect(local?.map((f) => [f.municipality, f.modality, f.cadence])).toEqual([
      ["2506", "should", undefined],
      ["2505", "should", undefined],
    ]);
    expectQuoted(name, "I båda kommunerna bör det finnas en lokal samverkansgrupp");
  });

  it("1.5 #3 M: Polisen and the kommuner undertake to create a joint structure for steering and follow-up", () => {
    const structure = agreement.deliverables?.filter((d) => d.kind === "organisation");
    expect(structure).toEqual([expect.objectContaining({ owner: "joint" })]);
    expect(structure?.[0]?.text).toContain("gemensam samverkansstruktur/organisation för styrning och uppföljning");
    expectQuoted(name, structure?.[0]?.text ?? "");
  });

  it("1.5 #4 M: the fördjupad lägesbild (en baslinje) is a one-off deliverable", () => {
    const baseline = agreement.deliverables?.filter((d) => d.kind === "situational_picture");
    expect(baseline).toEqual([expect.objectContaining({ owner: "joint" })]);
    expect(baseline?.[0]?.text).toContain("ta fram en fördjupad lägesbild, (en baslinje)");
    expectQuoted(name, baseline?.[0]?.text ?? "");
  });

  it("1.5 #5 M: joint and separate goals tied to the focus areas are a deliverable", () => {
    const goals = agreement.deliverables?.filter((d) => d.kind === "goals");
    expect(goals).toEqual([expect.objectContaining({ owner: "joint" })]);
    expect(goals?.[0]?.text).toContain("gemensamma och separata mål kopplat till fokusområdena, där några bryts ned till handlingsplanen");
    expectQuoted(name, goals?.[0]?.text ?? "");
  });

  it("1.5 #6 M: a handlingsplan is drawn up in each kommun, and the work can be followed up in a structured way", () => {
    const plans = agreement.deliverables?.filter((d) => d.kind === "plan");
    expect(plans?.map((d) => [d.municipality, d.owner])).toEqual([
      ["2506", undefined],
      ["2505", undefined],
    ]);
    const structured = commitmentSaying(agreement, "kunna följas upp på ett strukturerat sätt");
    expect(structured.modality).toBe("shall");
    expect(structured.by).toBeUndefined();
    expectQuoted(name, ...(plans ?? []).map((d) => d.text), structured.text);
  });

  it("1.5 #7 M: the important starting points are guiding documents", () => {
    const titles = agreement.guidingDocuments?.map((d) => d.title) ?? [];
    expect(titles).toEqual([
      "Polismyndighetens uppdrag",
      "Den nationella handlingsplanen för medborgarlöften",
      "Processen för samverkan i lokalt brottsförebyggande arbete",
      "En samlad strategi för alkohol-, narkotika-, dopnings, tobak, och spelpolitiken",
      "Kommunala styrdokument och hälsomål",
    ]);
    expect(agreement.guidingDocuments?.every((d) => d.issuer === undefined && d.year === undefined)).toBe(true);
    expectQuoted(name, ...titles);
  });

  it("1.5 #8 M: the problembild, with the seasonal peaks", () => {
    const picture = agreement.problemPicture;
    expect(picture?.points?.slice(0, 4)).toEqual([
      "psykisk ohälsa bland unga",
      "störande och olagliga trafikbeteenden",
      "alkohol, narkotika och tobaksanvändning",
      "våldsutsatthet",
    ]);
    const point = (words: string) => picture?.points?.find((p) => p.includes(words));
    expect(point("turism, biltestverksamhet, marknadshelger och andra evenemang")).toBeDefined();
    expect(point("ungdomar har hög rörlighet")).toBeDefined();
    expect(point("Internet öppnar i dag upp")).toBeDefined();
    expect(point("Tobakstillsyn kopplat till tobaksbruket bland unga")).toBeDefined();
    expectQuoted(name, picture?.summary ?? "", ...(picture?.points ?? []));
  });

  it("1.5 #9 M: del 1 is the police and kommun leaderships' joint decision", () => {
    expect(agreement.decisions).toEqual([
      expect.objectContaining({ kind: "adopted", side: "joint", body: "Polisledningen och kommunledningen" }),
    ]);
    expect(agreement.decisions?.[0]?.date).toBeUndefined();
    expectQuoted(name, agreement.decisions?.[0]?.asWritten ?? "");
    expect(agreement.decisions?.[0]?.asWritten).toContain("polisledningens och kommunledningens gemensamma beslut");
  });

  it("1.5 #10 M: the five steps of Samverkansmodellen", () => {
    const steps = agreement.clauses?.filter((c) => c.heading === "Samverkansmodellen bygger på");
    expect(steps?.map((c) => [c.topic, c.text.split(" ").slice(0, 3).join(" ")])).toEqual([
      ["method", "Information och kartläggning"],
      ["method", "Skapande av en"],
      ["method", "Strategiska överenskommelser som"],
      ["method", "Konkret brottsförebyggande arbete"],
      ["method", "Uppföljning av samverkansavtalet"],
    ]);
    expectQuoted(name, ...(steps ?? []).map((c) => c.text));
  });

  it("1.5 #11 W: Polisen's ansvarig kontaktperson is a contact person, not a kommun-side coordinator", () => {
    const police = agreement.contacts?.filter((c) => c.partyId === "polisen");
    expect(police?.map((c) => [c.role, c.title, c.municipalities])).toEqual([["contact_person", "Ansvarig kontaktperson", ["2506", "2505"]]]);
    expect(agreement.contacts?.filter((c) => c.role === "coordinator").map((c) => c.partyId)).toEqual(["arjeplog", "arvidsjaur"]);
    expectQuoted(name, "Polisen åtar att utse en ansvarig kontaktperson som har till uppgift att svara upp, och driva samverkan mot varje kommun.");
  });

  it("1.5 #12 M: the medborgarlöfte is unique to each kommun; responsibility for its activities is in the local handlingsplaner", () => {
    expect(agreement.citizenPromiseCycle?.purpose).toContain("och är unikt för den enskilda kommunen");
    const responsibility = agreement.clauses?.find((c) => c.heading === "Medborgarlöften");
    expect(responsibility?.topic).toBe("responsibilities");
    expect(responsibility?.text).toContain("Ansvar för de olika aktiviteterna finns i de gemensamma handlingsplaner som upprättas lokalt i varje kommun.");
    expectQuoted(name, agreement.citizenPromiseCycle?.purpose ?? "", responsibility?.text ?? "");
  });

  it("1.5 #13 M: each del 2 must hold local goals, genomförande- and uppföljningsplaner and medborgarlöften", () => {
    expect(agreement.structure).toEqual({ type: "strategic", localContent: ["goals", "plans", "follow_ups", "citizen_promises"] });
    expectQuoted(name, "Del 2 ska innehålla lokala mål, lokala genomförande-, och uppföljningsplaner samt medborgarlöften i varje kommun.");
  });

  it("1.5 #14 I: the title is the text's own name for itself, and no polisregion", () => {
    expect(agreement.title).toBe("Samverkansöverenskommelse, del 1");
    expectQuoted(name, agreement.title);
    expect(agreement.parties.police.region).toBeUndefined();
    expect(seedText(name)).not.toMatch(/polisregion|region nord/i);
  });

  it("1.5 #15 M: the agreement shall be revised after 2026", () => {
    const sentence = "Överenskommelsen ska därefter revideras.";
    expect(agreement.validity.terms?.revision?.asWritten).toBe(sentence);
    const revision = agreement.deliverables?.filter((d) => d.kind === "agreement");
    expect(revision).toEqual([expect.objectContaining({ text: sentence, due: { type: "during", date: "2027", asWritten: "nytt avtal 2027" } })]);
    expectQuoted(name, sentence, "Uppföljning av samverkansavtalet genomförs innan nytt avtal 2027.");
  });
});

describe("1.5 the illustrative del 2s", () => {
  const del1 = agreementOf("arjeplog-arvidsjaur-2023-2026");
  const del2s = [
    ["arjeplog-del-2", "2506"],
    ["arvidsjaur-del-2", "2505"],
  ] as const;

  it.each(del2s)("%s is still marked illustrative", (file) => {
    expect(illustrative(file).provenance?.illustrative).toBe(true);
  });

  it.each(del2s)("%s: no handlingsplan is revised past its own period", (file) => {
    const del2 = illustrative(file);
    expect(del2.plans?.length).toBeGreaterThan(0);
    for (const plan of del2.plans ?? []) {
      expect(plan.revision?.type).toBe("yearly");
      // A plan revised yearly covers every year of the del 2.
      expect(plan.period).toEqual({ start: "2024-01-01", end: "2026-12-31" });
      expect(del2.validity).toMatchObject({ start: { type: "date", date: "2024-01-01" }, end: { type: "date", date: "2026-12-31" } });
      for (const activity of plan.activities ?? []) expect(activity.due).toBeUndefined();
    }
  });

  it.each(del2s)("%s: one medborgarlöfte for each year of the del 2", (file, code) => {
    const del2 = illustrative(file);
    expect(del2.citizenPromises?.map((p) => [p.municipality, p.period.start, p.period.end])).toEqual([
      [code, "2024-01-01", "2024-12-31"],
      [code, "2025-01-01", "2025-12-31"],
      [code, "2026-01-01", "2026-12-31"],
    ]);
  });

  it.each(del2s)("%s: no signing date, since the del 1 it completes has none", (file) => {
    expect(del1.signatories).toBeUndefined();
    expect(del1.validity.start).toEqual({ type: "from_signing" });
    const del2 = illustrative(file);
    expect(del2.signatories?.length).toBeGreaterThan(0);
    expect(del2.signatories?.every((s) => s.signature === undefined)).toBe(true);
  });

  it.each(del2s)("%s: Polisen's contact has the del 1's role", (file) => {
    const roleIn = (a: Agreement) => a.contacts?.filter((c) => c.partyId === "polisen").map((c) => c.role);
    const del2 = illustrative(file);
    expect(roleIn(del2)).toEqual(roleIn(del1));
    expect(del2.forums?.flatMap((f) => f.members ?? []).filter((m) => m.side === "police").map((m) => m.role)).toEqual(roleIn(del1));
  });

  it.each(del2s)("%s: no polisregion", (file) => {
    expect(illustrative(file).parties.police.region).toBeUndefined();
  });
});
