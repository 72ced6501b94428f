import type { Doc, DocEvent, EventType } from "../doc/types.ts";

export type ArticleStatus = "added" | "duplicate" | "near_duplicate";

export interface AddResult {
  status: ArticleStatus;
  articleId: number;
  /** For a near-duplicate: the article it copies (the first one seen). */
  duplicateOf: number | null;
  /** Events (merged across articles) that this article's mentions were attached to. */
  eventIds: number[];
}

export interface ArticleSummary {
  id: number;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  duplicateOf: number | null;
  ingestedAt: string;
  eventCount: number;
}

export interface StoredArticle extends ArticleSummary {
  text: string;
  contentHash: string;
  analysis: Omit<Doc, "tokens">;
  /** Near-duplicates of this article (same story under another headline or outlet). */
  duplicates: number[];
}

/** One report of an event in one article, exactly as extracted there, with its evidence. */
export interface EventMention {
  id: number;
  eventId: number;
  articleId: number;
  articleTitle: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  /** The extracted event with offsets into that article's text. */
  event: DocEvent;
  /** The evidence sentences' text, cut from the article, so an analyst can read them without the article. */
  evidenceText: string[];
}

export interface EventActorRef {
  key: string;
  id: string | null;
  name_ar: string;
  name_en: string | null;
  kind: string | null;
  country: string | null;
  role: string;
}

/** A real-world event, possibly reported by several articles (one mention each). */
export interface StoredEvent {
  id: number;
  type: EventType;
  mode: string | null;
  acled: { event_type: string; sub_event_type: string } | null;
  date: string | null;
  datePrecision: string | null;
  location: {
    name_ar: string | null;
    name_en: string | null;
    id: string | null;
    country: string | null;
    admin1: string | null;
    lat: number | null;
    lon: number | null;
    precision: number | null;
  } | null;
  /** The most conservative (lowest) figure any mention gives, as ACLED codes conflicting reports. */
  fatalities: number | null;
  modality: string;
  actors: EventActorRef[];
  sources: string[];
  mentionCount: number;
  articleCount: number;
}

export interface EventDetail extends StoredEvent {
  mentions: EventMention[];
}

export interface EventFilter {
  type?: string[];
  country?: string[];
  /** Actor id or Arabic/English name (folded match). */
  actor?: string;
  /** Place id or Arabic/English name (folded match). */
  place?: string;
  source?: string;
  from?: string;
  to?: string;
  /** Full-text query over the articles that report the event. */
  q?: string;
  /** minLon,minLat,maxLon,maxLat */
  bbox?: [number, number, number, number];
}

export interface Paging {
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  /** False when `total` is estimated (a search with event filters over very many matching articles). */
  totalExact: boolean;
  limit: number;
  offset: number;
}

export interface FacetCount {
  value: string;
  label?: string | null;
  count: number;
}

export interface Facets {
  type: FacetCount[];
  country: FacetCount[];
  actor: FacetCount[];
  place: FacetCount[];
  source: FacetCount[];
  /** How many events the counts cover. */
  events: number;
  /** False when a filter matched more events than are counted one by one and the counts cover the newest `events`. */
  exact: boolean;
}

export interface SearchHit {
  articleId: number;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  snippet: string;
  eventIds: number[];
}

export interface SearchResult {
  hits: Page<SearchHit>;
  /** Counts of the events reported by the newest `facetArticles` matching articles. */
  facets: Facets;
  facetArticles: number;
}

export interface ActorDetail {
  id: string;
  name_ar: string;
  name_en: string | null;
  kind: string | null;
  country: string | null;
  eventCount: number;
  byType: FacetCount[];
  recentEvents: StoredEvent[];
}

export interface IngestLogEntry {
  origin: string;
  status: ArticleStatus | "error";
  articleId?: number | null;
  message?: string | null;
}

export interface StoreStats {
  articles: number;
  uniqueArticles: number;
  events: number;
  mentions: number;
  actors: number;
}
