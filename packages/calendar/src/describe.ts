import type { Locale, Obligation } from "@samverkan/core";
import { labels } from "./labels.js";

/** The DESCRIPTION of an obligation, before escaping: one fact a line, in the locale's words. */
export function describe(o: Obligation, locale: Locale, span: "date" | "window"): string {
  const words = labels[locale];
  let d = `${words.kinds[o.kind]}\n${words.period}: ${o.period}`;
  if (o.window.start !== o.window.end) d += `\n${words.window}: ${o.window.start} – ${o.window.end}`;
  if (span === "window") d += `\n${words.due}: ${o.date}`;
  if (o.shiftedFrom !== undefined) d += `\n${words.shiftedFrom}: ${o.shiftedFrom}`;
  if (o.responsible !== undefined) {
    const parties = o.responsible.partyIds.length > 0 ? ` (${words.parties}: ${o.responsible.partyIds.join(", ")})` : "";
    d += `\n${words.responsible}: ${words.sides[o.responsible.side]}${parties}`;
  }
  if (o.municipality !== undefined) d += `\n${words.municipality}: ${o.municipality}`;
  if (o.atLeast === true) d += `\n${words.atLeast}`;
  if (o.target !== undefined) {
    const { count, unit, atLeast } = o.target;
    d += `\n${words.target}: ${atLeast ? `${words.atLeastWord} ` : ""}${count}${unit === undefined ? "" : ` ${unit}`}`;
  }
  if (o.basis !== "agreement") d += `\n${words.basis[o.basis]}`;
  if (o.law !== undefined) d += `\n${words.law}`;
  return `${d}\n${words.source}: ${words.sources[o.source.type]}${o.source.id === undefined ? "" : ` ${o.source.id}`}, ${words.agreement} ${o.agreementId}`;
}
