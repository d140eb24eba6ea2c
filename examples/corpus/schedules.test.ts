import { describe, expect, it } from "vitest";
import { scheduleObligations, type ObligationKind } from "@samverkan/core";
import { load } from "./corpus.js";

// What each corpus document makes due up to 2030, counted per kind and pinned: a change to the
// schedule's rules or defaults shows here as a changed count, to be checked against the document.
// Documents that run from a signing date the text does not give are not scheduled (the note says so).

type Counts = Partial<Record<ObligationKind, number>>;

const PINNED: readonly [file: string, counts: Counts, notes: readonly string[]][] = [
  ["borlange-2019-medborgarlofte", {safety_survey:1,citizen_promise_follow_up:1}, []],
  ["borlange-2019", {renewal:1}, []],
  ["falun-2020-lopande", {follow_up:10,situational_picture:3,action_plan:3}, []],
  ["goteborg-angered-medborgarlofte-2017-2018", {commitment:56,citizen_promise_follow_up:1}, []],
  ["goteborg-samverkansstruktur", {}, ["schedule_start_unknown"]],
  ["grastorp-2023-2027", {situational_picture:1,action_plan:1,renewal:1}, ["schedule_renewal_election"]],
  ["haparanda-medborgarloften-2020-2022", {commitment:168,citizen_promise_follow_up:1}, []],
  ["harnosand-medborgarloften-2020-2023-2020-2021", {citizen_promise_follow_up:1}, []],
  ["harnosand-medborgarloften-2020-2023-2022-2023", {commitment:104,citizen_promise_follow_up:1}, []],
  ["herrljunga-2017-tillsvidare", {}, ["schedule_start_unknown"]],
  ["hoor-2020-2023", {}, ["schedule_start_unknown"]],
  ["jokkmokk-uppfoljning-2020-2022", {citizen_promise_follow_up:1}, []],
  ["kalmar-medborgarloften-2016-2022-2016-2017", {citizen_promise_follow_up:1}, []],
  ["kalmar-medborgarloften-2016-2022-2022", {}, []],
  ["katrineholm-2023-2026", {situational_picture:1,action_plan:1,renewal:1}, ["schedule_renewal_election"]],
  ["ludvika-medborgarloften-2018-2022-2018-2019", {citizen_promise_follow_up:1}, []],
  ["ludvika-medborgarloften-2018-2022-2022", {}, []],
  ["lulea-2024-2027", {situational_picture:2,action_plan:1,renewal:1}, []],
  ["mala-medborgarlofte-2024", {commitment:4,citizen_promise_follow_up:1}, []],
  ["malmo-2012-2016", {safety_survey:5,renewal:1}, []],
  ["solna-sundbyberg-2023-2026", {situational_picture:2,action_plan:2,renewal:1}, ["schedule_renewal_election"]],
  ["stockholm-2024", {}, ["schedule_start_unknown"]],
  ["stockholm-jarva", {}, ["schedule_start_unknown"]],
  ["tanum-2019-2021", {renewal:1}, []],
  ["tomelilla-2020-2024-agreement-2023-2024", {forum_meeting:105,citizen_promise_decision:2,citizen_promise_communication:2,citizen_promise_staff_dialogue:2,citizen_promise_dialogue:2,citizen_promise_follow_up:2,renewal:1}, []],
  ["tomelilla-2020-2024-ml-2020", {citizen_promise_follow_up:1}, []],
  ["trelleborg-2023-2026", {forum_meeting:209,situational_picture:1,action_plan:1,renewal:1}, ["schedule_renewal_election"]],
  ["uppsala-2015", {renewal:1}, []],
  ["uppsala-2020-2023-agreement", {renewal:1}, []],
  ["uppsala-2020-2023-gottsunda-valsatra-2019-2020", {citizen_promise_follow_up:1}, []],
  ["uppsala-2020-2023-resecentrum-2018-2019", {citizen_promise_follow_up:1}, []],
  ["uppsala-2020-2023-resecentrum-2020-2023", {follow_up:1,citizen_promise_follow_up:1}, []],
];

describe("the corpus documents' schedules, to 2030", () => {
  it.each(PINNED)("%s", (file, counts, notes) => {
    const result = scheduleObligations(load(file), { window: { to: "2030-12-31" } });
    if (!result.ok) throw new Error(result.issues.map((i) => i.code).join());
    const found: Counts = {};
    for (const o of result.obligations) found[o.kind] = (found[o.kind] ?? 0) + 1;
    expect(found).toEqual(counts);
    expect([...new Set(result.notes.map((n) => n.code))]).toEqual(notes);
    // No two obligations share an id, and nothing of the law's comes before the law.
    expect(new Set(result.obligations.map((o) => o.id)).size).toBe(result.obligations.length);
    expect(result.obligations.filter((o) => o.law !== undefined && (o.shiftedFrom ?? o.date) < "2023-07-01")).toEqual([]);
  });
});
