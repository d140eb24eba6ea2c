import { type Agreement } from "@samverkan/core";
import { arjeplogArvidsjaur, configurations, joinStrategic } from "@samverkan/kommuner";

/**
 * Arjeplog and Arvidsjaur's next agreement from their profile: a shared del 1 and a del 2 per
 * kommun. Arjeplog fills in its del 2's medborgarlöfte and goal; the set is taken apart and put
 * back together with `read` and `build`.
 */
export function startArjeplogArvidsjaur() {
  const strategicLocal = configurations.strategic_local;
  const started = strategicLocal.start({
    kommuner: arjeplogArvidsjaur.municipalities,
    validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } },
    profile: arjeplogArvidsjaur,
  });
  if (!started.ok || started.document.type !== "agreement_set") throw new Error("Arjeplog and Arvidsjaur could not be started");
  const set = started.document;
  const structure = set.agreements.map((a) => `${a.structure.type}: ${a.title}`);

  // Each del 2 lacks a medborgarlöfte and goals; every party of every part lacks a signatory and a
  // contact person (the del 1 only Polisen's: each kommun's contact is in its del 2).
  const ofParties = new Set(["party_without_signatory", "contact_missing"]);
  const missing = strategicLocal.check(set).filter((f) => !ofParties.has(f.code)).map((f) => `${f.code} ${f.municipality ?? ""}`.trim());

  // Arjeplog's del 2 gets its medborgarlöfte for 2027 and a local goal.
  const read = strategicLocal.read(set);
  if (!read.ok) throw new Error("the started set should read");
  const fill = (local: Agreement): Agreement =>
    local.structure.type === "local" && local.structure.municipality === "2506"
      ? {
          ...local,
          goals: [{ id: "trafik", text: "Färre olagliga trafikbeteenden på Storgatan." }],
          citizenPromises: [
            {
              id: "medborgarlofte-2027",
              municipality: "2506",
              period: { start: "2027-01-01", end: "2027-12-31" },
              commitments: [{ id: "trafikkontroller", by: "police", text: "Trafikkontroller på Storgatan", quantity: { count: 6, unit: "tillfällen", atLeast: true } }],
            },
          ],
        }
      : local;
  const filled = strategicLocal.build({ ...read.parts, locals: read.parts.locals.map(fill) });
  const stillMissing = strategicLocal.check(filled).filter((f) => !ofParties.has(f.code)).map((f) => `${f.code} ${f.municipality ?? ""}`.trim());
  // ["local_without_citizen_promise 2505", "goals_missing"]: Arvidsjaur's del 2 is still empty

  // A set started here keeps its del 2s' own ids and titles, so joining it into one agreement would
  // lose them: joinStrategic refuses.
  const joined = joinStrategic(set);

  return { set, structure, missing, filled, stillMissing, joined };
}

/**
 * One kommun in two parts: Ängelholm's del 1 holds the lägesbild and the focus areas, its del 2
 * the åtgärdsplan decided from them.
 */
export function startOneKommun() {
  const strategicLocal = configurations.strategic_local;
  const started = strategicLocal.start({
    kommuner: ["Ängelholms kommun"],
    validity: { start: { type: "date", date: "2027-01-01" }, end: { type: "date", date: "2030-12-31" } },
    localPoliceAreas: ["Lokalpolisområde Ängelholm"],
  });
  if (!started.ok || started.document.type !== "agreement_set") throw new Error("Ängelholm could not be started");
  const parts = started.document.agreements.map((a) => `${a.id}: ${a.structure.type}`);
  // ["angelholm-2027-2030-del-1: strategic", "angelholm-2027-2030-del-2-angelholm: local"]

  // The del 2 gets the åtgärdsplan for the first two years.
  const read = strategicLocal.read(started.document);
  if (!read.ok) throw new Error("the started set should read");
  const [del2] = read.parts.locals;
  const withPlan: Agreement = {
    ...del2!,
    plans: [{ id: "atgardsplan", kind: "action_plan", title: "Åtgärdsplan 2027–2028", owner: "municipality", period: { start: "2027-01-01", end: "2028-12-31" } }],
  };
  const set = strategicLocal.build({ ...read.parts, locals: [withPlan] });
  const problems = strategicLocal.check(set).filter((f) => f.kind === "problem"); // []

  return { parts, set, problems };
}
