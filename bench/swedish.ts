// Swedish-looking text for the benchmark corpus: kommun names, people, sentences in the register
// of real samverkansöverenskommelser. Invented text; only the kommunkoder and the names of the
// kommuner in the seed län (Stockholm, Skåne, Västernorrland, Norrbotten) are real.
import { municipalityCodes } from "../packages/core/src/data/municipality-codes.js";
import type { Random } from "./random.js";

/** Sweden's 290 kommunkoder, from the library's generated table. */
export const KOMMUNKODER: readonly string[] = municipalityCodes();

/** The kommunkoder of each län (the first two digits). */
export const KOMMUNKODER_BY_LAN: ReadonlyMap<string, readonly string[]> = KOMMUNKODER.reduce((map, code) => {
  const lan = code.slice(0, 2);
  map.set(lan, [...(map.get(lan) ?? []), code]);
  return map;
}, new Map<string, string[]>());

/** The polisregion of each län. */
export const REGION_BY_LAN: Readonly<Record<string, "Nord" | "Mitt" | "Bergslagen" | "Stockholm" | "Öst" | "Väst" | "Syd">> = {
  "01": "Stockholm", "03": "Mitt", "04": "Öst", "05": "Öst", "06": "Öst", "07": "Syd", "08": "Syd", "09": "Stockholm",
  "10": "Syd", "12": "Syd", "13": "Väst", "14": "Väst", "17": "Bergslagen", "18": "Bergslagen", "19": "Mitt",
  "20": "Bergslagen", "21": "Mitt", "22": "Nord", "23": "Nord", "24": "Nord", "25": "Nord",
};

const REAL_NAMES =
  "0114 Upplands Väsby|0115 Vallentuna|0117 Österåker|0120 Värmdö|0123 Järfälla|0125 Ekerö|0126 Huddinge|0127 Botkyrka|0128 Salem|0136 Haninge|0138 Tyresö|0139 Upplands-Bro|0140 Nykvarn|0160 Täby|0162 Danderyd|0163 Sollentuna|0180 Stockholm|0181 Södertälje|0182 Nacka|0183 Sundbyberg|0184 Solna|0186 Lidingö|0187 Vaxholm|0188 Norrtälje|0191 Sigtuna|0192 Nynäshamn|" +
  "1214 Svalöv|1230 Staffanstorp|1231 Burlöv|1233 Vellinge|1256 Östra Göinge|1257 Örkelljunga|1260 Bjuv|1261 Kävlinge|1262 Lomma|1263 Svedala|1264 Skurup|1265 Sjöbo|1266 Hörby|1267 Höör|1270 Tomelilla|1272 Bromölla|1273 Osby|1275 Perstorp|1276 Klippan|1277 Åstorp|1278 Båstad|1280 Malmö|1281 Lund|1282 Landskrona|1283 Helsingborg|1284 Höganäs|1285 Eslöv|1286 Ystad|1287 Trelleborg|1290 Kristianstad|1291 Simrishamn|1292 Ängelholm|1293 Hässleholm|" +
  "2260 Ånge|2262 Timrå|2280 Härnösand|2281 Sundsvall|2282 Kramfors|2283 Sollefteå|2284 Örnsköldsvik|" +
  "2505 Arvidsjaur|2506 Arjeplog|2510 Jokkmokk|2513 Överkalix|2514 Kalix|2518 Övertorneå|2521 Pajala|2523 Gällivare|2560 Älvsbyn|2580 Luleå|2581 Piteå|2582 Boden|2583 Haparanda|2584 Kiruna";
const realNames = new Map(REAL_NAMES.split("|").map((entry) => [entry.slice(0, 4), entry.slice(5)] as const));

const FIRST = ["Norr", "Söder", "Väster", "Öster", "Berg", "Sjö", "Ek", "Lind", "Björk", "Gran", "Hag", "Strand", "Ås", "Dal", "Fors", "Holm", "Vik", "Sand", "Mal", "Kungs", "Hjo", "Tor", "Ulf", "Al", "Rön", "Ljung", "Säter", "Mora"];
const LAST = ["by", "köping", "hamn", "torp", "ryd", "sund", "vik", "dal", "hult", "berga", "näs", "fors", "stad", "lunda", "ås", "holm", "arp", "sjö", "bo", "tuna", "gärde"];

/** The name of the kommun with this code: the real one in the seed län, a made-up Swedish one elsewhere. */
export function kommunName(code: string): string {
  const real = realNames.get(code);
  if (real) return real;
  const n = Number(code);
  return FIRST[n % FIRST.length]! + LAST[Math.floor(n / FIRST.length) % LAST.length]!;
}

/** The kommun's name as agreements write it: "Kristianstads kommun", "Kävlinge kommun". */
export function kommunFullName(name: string): string {
  // Kristianstads, Lunds; but Kävlinge, Lomma, Osby, Östra Göinge (vowel or s at the end) take no s.
  return /[sxzaeiouyåäö]$/.test(name) || name.includes(" ") ? `${name} kommun` : `${name}s kommun`;
}

/** A lower-case ASCII slug: "Östra Göinge" → "ostra-goinge". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/é/g, "e")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const FIRST_NAMES = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Anders", "Sara", "Per", "Lena", "Mikael", "Emma", "Jonas", "Ingrid", "Fredrik", "Sofia", "Magnus", "Helena", "Peter", "Camilla", "Ulf", "Åsa", "Björn", "Linnéa", "Mats"];
const SURNAMES = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Holm", "Bergström", "Lundqvist", "Palm", "Sandberg", "Ek", "Åberg", "Forsberg", "Sjöberg"];

/** A Swedish-looking person's name. */
export function personName(rng: Random): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`;
}

const SUBJECTS = ["Polisen och kommunen", "Parterna", "Kommunen", "Lokalpolisområdet", "Samverkansgruppen", "Lokala Brå", "Socialtjänsten och polisen", "Kommunpolisen", "Fritidsförvaltningen", "Säkerhetssamordnaren", "Styrgruppen", "Skolan och socialtjänsten"];
const VERBS = ["ska gemensamt verka för", "ansvarar för", "ska arbeta för", "prioriterar", "följer upp", "samordnar", "tar fram", "genomför", "bidrar till", "ska löpande analysera", "planerar och genomför", "redovisar"];
const OBJECTS = [
  "ökad trygghet i offentlig miljö",
  "minskad brottslighet bland unga",
  "en gemensam lägesbild",
  "riktade insatser mot narkotikabrott",
  "trygghetsvandringar i utsatta bostadsområden",
  "förebyggande arbete mot våld i nära relation",
  "tidiga insatser för barn och unga i riskzon",
  "arbetet mot kriminell ekonomi och välfärdsbrott",
  "en åtgärdsplan utifrån lägesbilden",
  "samverkan kring avhopparverksamhet",
  "kontroller av alkohol- och tobaksförsäljning",
  "ökad synlighet i centrum under helger",
  "minskad skadegörelse och klotter",
  "insatser mot hedersrelaterat våld och förtryck",
  "trafiksäkerheten kring skolor",
  "information till invånarna om brottsförebyggande arbete",
];
const QUALIFIERS = [
  "under kvällar och helger",
  "i {place} centrum",
  "i samarbete med civilsamhället",
  "utifrån den gemensamma lägesbilden",
  "med fokus på de mest utsatta områdena",
  "enligt lag (2023:196) om kommuners ansvar för brottsförebyggande arbete",
  "inom ramen för Effektiv samordning för trygghet (EST)",
  "i enlighet med aktivitetsplanen",
  "under hela avtalsperioden",
  "i dialog med medborgarna",
  "i {place} med omnejd",
  "",
];
const CLOSERS = [
  "Arbetet följs upp årligen.",
  "Resultaten redovisas för Lokala Brå.",
  "Insatserna anpassas efter lägesbilden.",
  "Respektive part bekostar sina egna resurser.",
  "Uppföljningen ska innehålla analys och rekommendationer.",
  "Dokumentationen sker i den gemensamma aktivitetsplanen.",
];

/** One sentence in the register of an agreement, naming `place` where it fits. */
export function sentence(rng: Random, place: string): string {
  const qualifier = rng.pick(QUALIFIERS).replace("{place}", place);
  const body = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${qualifier ? ` ${qualifier}` : ""}.`;
  return rng.chance(0.2) ? `${body} ${rng.pick(CLOSERS)}` : body;
}

/** A paragraph of `min`–`max` sentences. */
export function paragraph(rng: Random, place: string, min = 1, max = 4): string {
  return Array.from({ length: rng.int(min, max) }, () => sentence(rng, place)).join(" ");
}

/** Activities as plans name them. */
export const ACTIVITY_TITLES = [
  "Trygghetsvandring i {place}",
  "Medborgardialog om trygghet",
  "Samordnade kontroller av restauranger",
  "Föräldravandringar under helger",
  "Utbildning i ANDT-S för skolpersonal",
  "Gemensam lägesbildsanalys",
  "Riktad insats mot narkotikaförsäljning",
  "Bevakning av skolavslutningar",
  "Informationskampanj om bedrägerier mot äldre",
  "Översyn av belysning i parker",
  "Insats vid valborg och skolavslutning",
  "Samverkan med fastighetsägare i {place}",
  "Kartläggning av otrygga platser",
  "Föreläsning om hedersrelaterat våld",
];

/** Medborgarlöften: who promises, what, and a quantity and cadence where the text gives one. */
export const PROMISES = [
  { by: "police", text: "Polisen lovar att fotpatrullera i {place} centrum", unit: "tillfällen per vecka", cadence: "weekly" },
  { by: "police", text: "Polisen lovar att genomföra trafikkontroller vid skolor", unit: "kontroller per månad", cadence: "monthly" },
  { by: "police", text: "Polisen lovar att delta i föräldramöten på högstadieskolorna", unit: "möten per termin", cadence: "half_yearly" },
  { by: "municipality", text: "Kommunen lovar att förbättra belysningen på otrygga platser i {place}", unit: "platser per år", cadence: "yearly" },
  { by: "municipality", text: "Kommunen lovar att hålla fritidsgårdarna öppna på fredagskvällar", unit: "kvällar per vecka", cadence: "weekly" },
  { by: "municipality", text: "Kommunen lovar att erbjuda sommarjobb till ungdomar i riskzon", unit: "platser", cadence: "yearly" },
  { by: "joint", text: "Tillsammans lovar vi att hålla medborgarmöten", unit: "medborgarmöten per år", cadence: "yearly" },
  { by: "joint", text: "Tillsammans lovar vi att genomföra trygghetsvandringar i {place}", unit: "vandringar per år", cadence: "quarterly" },
] as const;
