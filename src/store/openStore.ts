import { resolve } from "node:path";
import { SqliteStore } from "./sqlite/sqliteStore.ts";
import type { Store } from "./store.ts";

/** Where `marsad serve`, `ingest` and `search` keep their data unless told otherwise (gitignored). */
export const DEFAULT_DB = ".marsad/marsad.db";

/**
 * Opens the store named by a path or URL: a file path (or sqlite:FILE) is SQLite; `postgres://` is reserved
 * for the PostgreSQL backend, which is not written yet.
 */
export function openStore(location: string = process.env.MARSAD_DB ?? DEFAULT_DB): Store {
  if (/^postgres(ql)?:\/\//.test(location)) {
    throw new Error("the PostgreSQL store is not available yet; use a SQLite file path (--db FILE)");
  }
  const file = location.startsWith("sqlite:") ? location.slice("sqlite:".length) : location;
  return new SqliteStore(file === ":memory:" ? file : resolve(file));
}
