// The annotated document that flows through every stage. All spans are stand-off:
// UTF-16 offsets into `Doc.text` (what JavaScript strings index), end exclusive.
// `Doc.text` is never rewritten; normalised forms live on tokens.

export interface Span {
  start: number;
  end: number;
}

export type TokenKind = "word" | "number" | "punct" | "latin" | "url" | "symbol";

/** Role of one clitic part of a word: و+ب+ال+قاهرة → conj, prep, det, stem. */
export type CliticTag =
  | "conj" // و ف
  | "prep" // ب ك ل
  | "fut" // س
  | "det" // ال
  | "stem"
  | "pron"; // enclitic pronoun ه ها هم ...

export interface CliticPart extends Span {
  text: string;
  norm: string;
  tag: CliticTag;
}

export interface Token extends Span {
  text: string;
  /** Normalised form (diacritics, tatweel, alef forms, ى→ي, presentation forms folded). */
  norm: string;
  /** Matching key: `norm` with ة→ه and hamza carriers folded; use it to look words up in lexicons. */
  key: string;
  kind: TokenKind;
  /** Index into `Doc.sentences`. */
  sentence: number;
  /** Numeric value, for number tokens and number words (ستين → 60, عشرات → 10 with approximate). */
  value?: number;
  approximate?: boolean;
  /** Clitic segmentation of a word; always covers the token exactly; a single "stem" part when nothing splits. */
  parts: CliticPart[];
}

export type EntityType = "PERS" | "LOC" | "ORG" | "MISC";

export type CanonicalKind =
  | "state"
  | "government"
  | "military"
  | "police"
  | "rebel_group"
  | "militia"
  | "political_party"
  | "organization"
  | "media"
  | "person"
  | "place"
  | "other";

export interface Canonical {
  id: string;
  name_ar: string;
  name_en: string;
  kind: CanonicalKind;
  country: string | null;
}

export interface Entity extends Span {
  text: string;
  type: EntityType;
  canonical?: Canonical | null;
  /** Role words before the name, kept apart from it (اللواء المتقاعد، الرئيس). */
  role?: string | null;
}

export type GeoPrecision = 1 | 2 | 3 | null;

export interface Place extends Span {
  text: string;
  id: string | null;
  name_en: string | null;
  name_ar?: string | null;
  country: string | null;
  admin1?: string | null;
  lat: number | null;
  lon: number | null;
  precision: GeoPrecision;
  feature?: string | null;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface TimeExpression extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: 2014-07-29, 2014-07, 2014-W31, P1W, PAST_REF ...; null when unresolvable. */
  value: string | null;
  approximate?: boolean;
  /** ACLED-style precision of the value when it is a date. */
  precision?: DatePrecision;
}

export type DatePrecision = "day" | "week" | "month" | "year" | null;

/** The 16 PLOVER event types, then OTHER for a reported development that fits none. */
export const EVENT_TYPES = [
  "AGREE",
  "CONSULT",
  "SUPPORT",
  "CONCEDE",
  "COOPERATE",
  "AID",
  "RETREAT",
  "REQUEST",
  "ACCUSE",
  "REJECT",
  "THREATEN",
  "PROTEST",
  "SANCTION",
  "MOBILIZE",
  "COERCE",
  "ASSAULT",
  "OTHER",
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export type Modality = "asserted" | "planned" | "threatened" | "claimed" | "denied" | "possible";

export interface EventActor extends Partial<Span> {
  role: "actor1" | "actor2" | "associated";
  name_ar: string;
  name_en?: string | null;
  id?: string | null;
  kind?: string | null;
  country?: string | null;
}

export interface EventLocation extends Partial<Span> {
  name_ar?: string;
  name_en?: string | null;
  id?: string | null;
  country?: string | null;
  admin1?: string | null;
  lat?: number | null;
  lon?: number | null;
  precision?: GeoPrecision;
}

export interface EventDate extends Partial<Span> {
  value: string | null;
  precision: DatePrecision;
  text?: string | null;
}

export interface Fatalities extends Partial<Span> {
  value: number;
  approximate: boolean;
  text?: string;
}

export type SourceKind = "media" | "official" | "group" | "person" | "anonymous" | "other";

export interface Source extends Partial<Span> {
  name_ar: string;
  name_en?: string | null;
  kind?: SourceKind;
}

export interface DocEvent {
  id?: string;
  type: EventType;
  mode?: string | null;
  acled?: { event_type: string; sub_event_type: string } | null;
  trigger?: Span & { text?: string };
  actors: EventActor[];
  location: EventLocation | null;
  date: EventDate | null;
  fatalities: Fatalities | null;
  modality: Modality;
  attribution: Source[];
  evidence: (Span & { text?: string })[];
  /** How likely an answer key has this event (0–1), from the learned confidence model (src/events/confidence.ts). */
  confidence?: number;
}

export type IssueSeverity = "info" | "warning" | "error";

/** A problem met while analysing; the edge (CLI, API) decides whether to warn or fail. */
export interface DocIssue extends Partial<Span> {
  stage: string;
  code: string;
  message: string;
  severity: IssueSeverity;
}

export interface Doc {
  id?: string;
  text: string;
  /** Publication date, YYYY-MM-DD, used to resolve relative dates; null when unknown. */
  published: string | null;
  source: string | null;
  title?: string | null;
  url?: string | null;
  sentences?: Span[];
  tokens?: Token[];
  entities?: Entity[];
  places?: Place[];
  times?: TimeExpression[];
  events?: DocEvent[];
  issues: DocIssue[];
}

/** The annotation layers a stage can require or assign. */
export type Layer = "sentences" | "tokens" | "entities" | "places" | "times" | "events";

export interface ArticleInput {
  id?: string;
  text: string;
  published?: string | null;
  source?: string | null;
  title?: string | null;
  url?: string | null;
}
