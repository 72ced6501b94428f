import { existsSync } from "node:fs";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { createAnalyser } from "../../analyse.ts";
import { createApp } from "../../api/app.ts";
import { formatSummary, ingest } from "../../ingest/ingest.ts";
import { inlinePool, workerPool } from "../../ingest/pool.ts";
import { estimateCount, readSources } from "../../ingest/sources.ts";
import { repoRoot } from "../../paths.ts";
import { openStore } from "../../store/openStore.ts";
import type { Store } from "../../store/store.ts";

export interface ServeOptions {
  port?: string;
  host?: string;
  db?: string;
  sample?: boolean;
  private?: boolean;
  static?: string;
}

/** The bundled sample: the seed article and a few hundred news articles (see samples/SOURCES.md). The seed's
 * .txt beside it is the same article for `marsad extract` examples, so only the JSONL is ingested. */
export const SAMPLE_FILE = join(repoRoot, "samples", "articles.jsonl");

async function seedSample(store: Store): Promise<void> {
  if (!existsSync(SAMPLE_FILE)) {
    process.stderr.write(`no bundled sample at ${SAMPLE_FILE}; starting with an empty store\n`);
    return;
  }
  process.stderr.write(`empty store: ingesting the bundled sample from ${SAMPLE_FILE}\n`);
  const total = await estimateCount([SAMPLE_FILE]);
  const pool = (total ?? 0) > 100 ? await workerPool(2) : await inlinePool();
  try {
    const summary = await ingest({
      store,
      pool,
      items: readSources([SAMPLE_FILE]),
      total,
      progress: process.stderr,
      onError: (origin, message) => process.stderr.write(`\r\x1b[2Kskipped ${origin}: ${message}\n`),
    });
    process.stderr.write(`${formatSummary(summary)}\n`);
  } finally {
    await pool.close();
  }
}

function examples(base: string, tokenHint: string): string {
  return [
    `  curl ${base}/healthz`,
    `  curl '${base}/api/events?type=ASSAULT&country=LY&limit=5'`,
    `  curl '${base}/api/search?q=${encodeURIComponent("بنغازي")}'`,
    `  curl '${base}/api/export?format=geojson&type=ASSAULT' -o events.geojson`,
    `  curl -X POST ${base}/api/articles -H 'Authorization: Bearer ${tokenHint}' -H 'Content-Type: text/plain' --data-binary @article.txt`,
    `  OpenAPI: ${base}/openapi.json`,
  ].join("\n");
}

/** `marsad serve`: seeds an empty store with the sample (unless --no-sample), then serves the HTTP API. */
export async function serveCommand(options: ServeOptions): Promise<void> {
  const port = Number(options.port ?? process.env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535 (got "${options.port}")`);
  const host = options.host ?? "127.0.0.1";
  const store = openStore(options.db);
  if (options.sample !== false && (await store.stats()).articles === 0) await seedSample(store);
  const tokens = (process.env.MARSAD_TOKENS ?? "")
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);
  const staticDir =
    options.static ?? (existsSync(join(repoRoot, "web/dist")) ? join(repoRoot, "web/dist") : null);
  const app = createApp({
    store,
    analyse: await createAnalyser(),
    tokens,
    private: options.private,
    staticDir,
  });
  const server = serve({ fetch: app.fetch, port, hostname: host });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", () => resolve());
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new Error(`port ${port} is in use (try --port)`) : error),
    );
  });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const base = `http://${host.includes(":") ? `[${host}]` : host}:${actualPort}`;
  const stats = await store.stats();
  process.stdout.write(
    `Marsad is serving ${stats.articles} articles and ${stats.events} events at ${base}\n` +
      `Writes need a token (${tokens.length ? "MARSAD_TOKENS is set" : "create one with `marsad token create`"}); reads are ${options.private ? "private" : "public"}.\nTry:\n${examples(base, tokens.length ? "$TOKEN" : "<token>")}\n`,
  );
  const stop = () => {
    server.close();
    void store.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  // keep running until a signal arrives
  await new Promise(() => {});
}
