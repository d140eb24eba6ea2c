import type {
  ActorSide,
  Agreement,
  Cadence,
  CitizenPromiseDocument,
  Commitment,
  Decision,
  Deliverable,
  FocusArea,
  FollowUp,
  Forum,
  ForumKind,
  MunicipalityParty,
  PoliceParty,
  Role,
  Signatory,
  ValidityEnd,
  ValidityStart,
} from "@samverkan/core";
import type { Found } from "./finders.js";

/** Builds the draft document from the facts found; nothing the facts do not give is filled in. */
export function buildDraft(found: readonly Found[], type: "agreement" | "citizen_promise", title: string | undefined): Agreement | CitizenPromiseDocument {
  const of = (kind: Found["kind"]) => found.filter((f) => f.kind === kind);
  const ids = new Map<string, number>();
  const id = (base: string) => {
    const slug =
      base
        .toLowerCase()
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 40)
        .replace(/-+$/, "") || "x";
    const n = (ids.get(slug) ?? 0) + 1;
    ids.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  };

  const municipalities: MunicipalityParty[] = of("kommun").map((f) => ({
    id: id(f.data?.type === "kommun" ? f.data.name.replace(/s? (?:kommun|stad)$/i, "") : f.value),
    code: f.value,
    ...(f.data?.type === "kommun" ? { name: f.data.name } : {}),
  }));
  const policeFound = of("police")[0];
  const police: PoliceParty = {
    id: "polisen",
    name: "Polismyndigheten",
    ...(policeFound ? { asWritten: policeFound.value } : {}),
    ...(policeFound?.data?.type === "police" ? { level: policeFound.data.level } : {}),
  };

  const start = of("start")[0];
  const end = of("end")[0];
  const validityStart: ValidityStart = !start
    ? { type: "unknown" }
    : start.value === "signing"
      ? { type: "from_signing" }
      : start.value.length === 4
        ? { type: "year", year: Number(start.value) }
        : start.value.length === 10
          ? { type: "date", date: start.value }
          : { type: "year", year: Number(start.value.slice(0, 4)) };
  const validityEnd: ValidityEnd = !end
    ? { type: "unknown" }
    : end.value === "open"
      ? { type: "open_ended" }
      : end.value.startsWith("P")
        ? end.value.endsWith("Y")
          ? { type: "duration", years: Number(end.value.slice(1, -1)) }
          : { type: "duration", months: Number(end.value.slice(1, -1)) }
        : end.value.length === 10
          ? { type: "date", date: end.value }
          : { type: "year", year: Number(end.value.slice(0, 4)) };

  const cadenceOf = (f: Found | undefined): Cadence | undefined => (f?.data?.type === "cadence" ? f.data.cadence : undefined);
  const forums: Forum[] = of("forum").map((f) => {
    const cadence = cadenceOf(found.find((c) => c.kind === "forumCadence" && c.group === f.group));
    return { id: id(f.value), kind: forumKind(f.value), name: f.value, ...(cadence ? { cadence } : {}) };
  });
  const focusAreas: FocusArea[] = of("focusArea").map((f) => ({ id: id(f.value), kind: "custom", title: f.value }));
  const sideOf = (f: Found): ActorSide | undefined => (f.data?.type === "side" ? f.data.by : undefined);
  const commitments: Commitment[] = of("commitment").map((f) => {
    const by = sideOf(f);
    return { id: id(`atagande-${by ?? "x"}`), ...(by ? { by } : {}), text: f.value.replace(/^(?:police|municipality|joint|other): /, "") };
  });
  const promises: Commitment[] = of("citizenPromise").map((f) => {
    const by = sideOf(f);
    return { id: id("lofte"), ...(by ? { by } : {}), text: f.value };
  });
  const followUps: FollowUp[] = of("followUp").map((f) => {
    const cadence = cadenceOf(f);
    return { id: id("uppfoljning"), kind: "follow_up", subject: "Uppföljning", ...(cadence ? { cadence } : {}) };
  });
  const deliverables: Deliverable[] = of("deliverable").map((f) => ({ id: id(f.value), kind: deliverableKind(f.value), text: f.value }));
  const decisions: Decision[] = of("decisionBody").map((f) => ({ kind: "adopted", body: f.value }));
  const signatories: Signatory[] = of("signatory").map((f) => {
    const role = found.find((r) => r.kind === "signatoryRole" && r.group === f.group);
    const place = found.find((r) => r.kind === "signingPlace" && r.group === f.group);
    const date = found.find((r) => r.kind === "signingDate" && r.group === f.group);
    const kind = roleOf(role?.value ?? "");
    const partyId = kind.police ? "polisen" : (municipalities[0]?.id ?? "polisen");
    const signature = {
      ...(date && date.value.length === 10 ? { date: date.value } : {}),
      ...(date && date.value.length !== 10 ? { partialDate: partialDate(date.value) } : {}),
      ...(place ? { place: place.value } : {}),
    };
    return {
      id: id(f.value),
      partyId,
      role: kind.role,
      ...(role ? { title: role.value } : {}),
      name: f.value,
      ...(Object.keys(signature).length > 0 ? { signature } : {}),
    };
  });
  const references = of("reference").map((f) => ({ type: "diarienummer" as const, value: f.value }));
  const parties = { police, municipalities };
  const docId = id(["utkast", ...municipalities.map((m) => m.id), start?.value.slice(0, 4) ?? "", end?.value.slice(0, 4) ?? ""].filter(Boolean).join("-"));

  if (type === "citizen_promise") {
    const periodStart = start && start.value !== "signing" ? start.value : undefined;
    const periodEnd = end && /^\d/.test(end.value) ? end.value : undefined;
    return {
      schemaVersion: 2,
      type: "citizen_promise",
      id: docId,
      parties,
      ...(title ? { title } : {}),
      period: {
        start: periodStart ?? "",
        ...(periodEnd ? { end: periodEnd } : {}),
        ...(end?.value === "open" ? { untilReplaced: true } : {}),
      },
      ...(promises.length > 0 ? { commitments: promises } : commitments.length > 0 ? { commitments } : {}),
      ...(forums.length > 0 ? { forums } : {}),
      ...(followUps.length > 0 ? { followUps } : {}),
      ...(signatories.length > 0 ? { signatories } : {}),
      ...(decisions.length > 0 ? { decisions } : {}),
      ...(references.length > 0 ? { references } : {}),
    };
  }
  return {
    schemaVersion: 2,
    type: "agreement",
    id: docId,
    title: title ?? "",
    structure: { type: "single" },
    parties,
    validity: { start: validityStart, end: validityEnd },
    ...(forums.length > 0 ? { forums } : {}),
    ...(focusAreas.length > 0 ? { focusAreas } : {}),
    ...(commitments.length > 0 ? { commitments } : {}),
    ...(deliverables.length > 0 ? { deliverables } : {}),
    ...(followUps.length > 0 ? { followUps } : {}),
    ...(signatories.length > 0 ? { signatories } : {}),
    ...(decisions.length > 0 ? { decisions } : {}),
    ...(references.length > 0 ? { references } : {}),
  };
}

function partialDate(value: string): { year?: number; month?: number; day?: number } {
  const full = /^(\d{4})(?:-(\d{2}))?$/.exec(value);
  if (full) return { year: Number(full[1]), ...(full[2] ? { month: Number(full[2]) } : {}) };
  const dayMonth = /^--(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!dayMonth) return {};
  return dayMonth[2] ? { month: Number(dayMonth[1]), day: Number(dayMonth[2]) } : { day: Number(dayMonth[1]) };
}

function forumKind(name: string): ForumKind {
  const n = name.toLowerCase();
  if (/brå|brottsförebyggande råd/.test(n)) return "local_bra";
  if (/styrgrupp/.test(n)) return "steering_group";
  if (/arbetsgrupp|samverkansgrupp/.test(n)) return "working_group";
  if (/råd/.test(n)) return "council";
  if (/sspf/.test(n)) return "sspf";
  return "custom";
}

function deliverableKind(text: string): Deliverable["kind"] {
  const n = text.toLowerCase();
  if (/lägesbild|situational/.test(n)) return "situational_picture";
  if (/åtgärdsplan|action plan/.test(n)) return "action_plan";
  if (/kommunikationsplan|communication plan/.test(n)) return "communication_plan";
  if (/medborgarlöfte/.test(n)) return "citizen_promise";
  if (/plan/.test(n)) return "plan";
  return "other";
}

function roleOf(title: string): { role: Role; police: boolean } {
  const t = title.toLowerCase();
  const table: readonly [RegExp, Role, boolean][] = [
    [/biträdande lokalpolisområdeschef|bitr\. lokalpolisområdeschef/, "deputy_local_police_area_chief", true],
    [/lokalpolisområdeschef|lpo-chef|chef för lokalpolisområde/, "local_police_area_chief", true],
    [/polisområdeschef/, "police_area_chief", true],
    [/regionpolischef/, "regional_police_chief", true],
    [/kommunpolis/, "community_police_officer", true],
    [/polis/, "other", true],
    [/vice ordförande/, "deputy_municipal_board_chair", false],
    [/kommunstyrelsens ordförande|kso/, "municipal_board_chair", false],
    [/kommunalråd/, "municipal_commissioner", false],
    [/kommundirektör|stadsdirektör|kommunchef/, "municipal_director", false],
    [/stadsdelsdirektör|förvaltningschef/, "district_director", false],
    [/ordförande/, "committee_chair", false],
    [/säkerhetschef/, "security_manager", false],
  ];
  for (const [pattern, role, police] of table) if (pattern.test(t)) return { role, police };
  return { role: "other", police: false };
}
