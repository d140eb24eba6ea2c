// The yardstick of the calendar benchmark: a plain writer of the same bytes as toICalendar with
// its defaults and a name (Swedish, one all-day event on each date, DTSTAMP 1970-01-01), written
// as one would by hand: string concatenation, a folding loop over char codes, nothing checked.
// bench/calendar-worker.ts checks that it gives exactly toICalendar's bytes before timing either.
import type { Obligation } from "@samverkan/core";

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  "TZID:Europe/Stockholm",
  "TZURL:http://tzurl.org/zoneinfo-outlook/Europe/Stockholm",
  "X-LIC-LOCATION:Europe/Stockholm",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
].join("\r\n");

const KINDS: Record<string, string> = {
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
};
const SIDES: Record<string, string> = { police: "Polisen", municipality: "kommunen", joint: "Polisen och kommunen tillsammans" };
const SOURCES: Record<string, string> = {
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
};

const escape = (text: string) => (/[\\;,\r\n]/.test(text) ? text.replace(/[\\;,]/g, "\\$&").replace(/\r\n|\r|\n/g, "\\n") : text);
const compact = (date: string) => date.slice(0, 4) + date.slice(5, 7) + date.slice(8, 10);

function nextDay(date: string): string {
  const d = new Date(0);
  d.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}${String(d.getUTCMonth() + 1).padStart(2, "0")}${String(d.getUTCDate()).padStart(2, "0")}`;
}

/** Folds one line at 74 octets of UTF-8, continuation lines starting with a space. */
function fold(line: string): string {
  // eslint-disable-next-line no-control-regex
  if (line.length <= 74 && !/[^\x00-\x7f]/.test(line)) return `${line}\r\n`;
  let out = "";
  let from = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3;
    octets += size;
    if (octets > 74) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      octets = size;
    }
    if (size === 4) i++;
  }
  return `${out}${line.slice(from)}\r\n`;
}

function uid(id: string): string {
  return `${encodeURIComponent(id)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%3A|%2F/g, (c) => (c === "%3A" ? ":" : "/"))}@samverkan`;
}

/** The DESCRIPTION of an obligation in Swedish, before escaping. */
export function describeSv(o: Obligation): string {
  let d = `${KINDS[o.kind]}\nPeriod: ${o.period}`;
  if (o.window.start !== o.window.end) d += `\nKan göras: ${o.window.start} – ${o.window.end}`;
  if (o.shiftedFrom !== undefined) d += `\nFlyttad från: ${o.shiftedFrom}`;
  if (o.responsible !== undefined) {
    d += `\nAnsvarig: ${SIDES[o.responsible.side]}${o.responsible.partyIds.length > 0 ? ` (parter: ${o.responsible.partyIds.join(", ")})` : ""}`;
  }
  if (o.municipality !== undefined) d += `\nKommun: ${o.municipality}`;
  if (o.atLeast === true) d += "\nÖverenskommelsen anger minst: detta är en miniminivå.";
  if (o.target !== undefined) d += `\nMål för perioden: ${[o.target.atLeast ? "minst" : undefined, o.target.count, o.target.unit].filter((p) => p !== undefined).join(" ")}`;
  if (o.basis !== "agreement") d += "\nDatumet är ett standardvärde: överenskommelsen anger ingen tidpunkt.";
  if (o.law !== undefined) d += "\nKrävs enligt lagen (2023:196) om kommuners ansvar för brottsförebyggande arbete.";
  return `${d}\nKälla: ${SOURCES[o.source.type]}${o.source.id !== undefined ? ` ${o.source.id}` : ""}, överenskommelse ${o.agreementId}`;
}

/** The VTIMEZONE block with X-WR-TIMEZONE before it, as the calendar carries them. */
export const TIME_ZONE_BLOCK = `X-WR-TIMEZONE:Europe/Stockholm\r\n${VTIMEZONE}\r\n`;

/** The calendar of `obligations` in Swedish, named `name` (plain text without specials). */
export function plainCalendar(obligations: readonly Obligation[], name: string): string {
  let out = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//samverkan//calendar//SV\r\n${fold(`NAME:${name}`)}${fold(`X-WR-CALNAME:${name}`)}${TIME_ZONE_BLOCK}`;
  for (const o of obligations) {
    out +=
      `BEGIN:VEVENT\r\n${fold(`UID:${uid(o.id)}`)}SEQUENCE:0\r\nDTSTAMP:19700101T000000Z\r\n` +
      `DTSTART;VALUE=DATE:${compact(o.date)}\r\nDTEND;VALUE=DATE:${nextDay(o.date)}\r\n` +
      "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE\r\nX-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE\r\n" +
      `${fold(`SUMMARY:${escape(o.title.sv)}`)}TRANSP:TRANSPARENT\r\n${fold(`DESCRIPTION:${escape(describeSv(o))}`)}` +
      `CATEGORIES:${o.kind}\r\nEND:VEVENT\r\n`;
  }
  return `${out}END:VCALENDAR\r\n`;
}
