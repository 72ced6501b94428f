import type { PreparedArticle } from "./prepare.ts";
import type {
  ActorDetail,
  AddResult,
  ArticleSummary,
  EventDetail,
  EventFilter,
  Facets,
  IngestLogEntry,
  Page,
  Paging,
  SearchResult,
  StoredArticle,
  StoredEvent,
  StoreStats,
} from "./types.ts";

/**
 * Everything Marsad keeps, behind one interface. Async so a networked backend (PostgreSQL) fits the same
 * shape; `src/store/contract.ts` is the test suite every backend must pass.
 */
export interface Store {
  /** Adds one analysed article in one transaction: a crash leaves either all of it or none. */
  addArticle(article: PreparedArticle): Promise<AddResult>;
  /** Adds many articles, one transaction per batch (faster ingestion; same result as one by one). */
  addArticles(articles: PreparedArticle[]): Promise<AddResult[]>;
  /** The id of the stored article with each content hash (see `contentHash`), or null: lets ingestion skip
   * analysing what is already stored. */
  articleIdsByHash(hashes: string[]): Promise<(number | null)[]>;
  getArticle(id: number): Promise<StoredArticle | null>;
  listArticles(
    filter: { source?: string; from?: string; to?: string } & Paging,
  ): Promise<Page<ArticleSummary>>;
  findEvents(filter: EventFilter, paging?: Paging): Promise<Page<StoredEvent>>;
  /** Every event matching the filter, in id order, for exports (streams through in chunks). */
  eachEvent(filter: EventFilter): AsyncIterable<EventDetail>;
  getEvent(id: number): Promise<EventDetail | null>;
  getActor(id: string): Promise<ActorDetail | null>;
  facets(filter: EventFilter): Promise<Facets>;
  search(q: string, filter: EventFilter, paging?: Paging): Promise<SearchResult>;
  logIngestion(entries: IngestLogEntry[]): Promise<void>;
  stats(): Promise<StoreStats>;
  createToken(name: string): Promise<string>;
  checkToken(token: string): Promise<boolean>;
  close(): Promise<void>;
}
