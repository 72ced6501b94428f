import { createHash, timingSafeEqual } from "node:crypto";
import { serveStatic } from "@hono/node-server/serve-static";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { stream } from "hono/streaming";
import { z } from "zod";
import type { ArticleInput, Doc } from "../doc/types.ts";
import { prepareArticle } from "../store/prepare.ts";
import type { Store } from "../store/store.ts";
import { EXPORT_CONTENT_TYPES, exportEvents } from "./export.ts";
import { type OpenApiRoute, openApiDocument } from "./openapi.ts";
import {
  articleBody,
  articlesQuery,
  eventsQuery,
  exportQuery,
  facetsQuery,
  idParam,
  searchQuery,
  splitFilter,
} from "./schemas.ts";

export interface ApiOptions {
  store: Store;
  analyse: (input: ArticleInput) => Doc;
  /** Tokens accepted for writes (from MARSAD_TOKENS); tokens made with `marsad token create` live in the store. */
  tokens?: string[];
  /** Reads need a token too. */
  private?: boolean;
  /** Largest accepted request body in bytes (default 2 MiB). */
  maxBodyBytes?: number;
  /** A folder of static files served at / (the web page, when it exists). */
  staticDir?: string | null;
}

class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

function issuesMessage(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const path = i.path.join(".");
      if (i.code === "unrecognized_keys") return `unknown parameter(s): ${i.keys.join(", ")}`;
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join("; ");
}

function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new HttpError(400, `invalid ${what}: ${issuesMessage(r.error)}`);
  return r.data;
}

/** Query parameters; a repeated parameter (type=A&type=B) reads like a comma list. */
function query(c: Context): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, values] of Object.entries(c.req.queries())) out[k] = values.join(",");
  return out;
}

const sha = (s: string) => createHash("sha256").update(s).digest();

/**
 * The HTTP API as a Hono app: no port, no globals, so tests call `app.request(...)` directly.
 * Every route is declared once with its schemas; /openapi.json is generated from the same declarations.
 */
export function createApp(options: ApiOptions): Hono {
  const { store, analyse } = options;
  const envTokens = (options.tokens ?? []).filter(Boolean).map(sha);
  const routes: OpenApiRoute[] = [];
  const app = new Hono();

  const authorised = async (c: Context): Promise<boolean> => {
    const header = c.req.header("authorization") ?? "";
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) return false;
    const given = sha(m[1]);
    if (envTokens.some((t) => timingSafeEqual(t, given))) return true;
    return store.checkToken(m[1]);
  };
  const requireToken = async (c: Context) => {
    if (!(await authorised(c))) {
      throw new HttpError(
        401,
        "this needs a token: send 'Authorization: Bearer <token>' (see `marsad token create`)",
      );
    }
  };

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      return c.json({ error: error.message, status: error.status }, error.status);
    }
    process.stderr.write(
      `marsad api: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return c.json({ error: "internal error", status: 500 }, 500);
  });
  app.notFound((c) => c.json({ error: `no such route: ${c.req.method} ${c.req.path}`, status: 404 }, 404));

  if (options.private) {
    app.use("/api/*", async (c, next) => {
      await requireToken(c);
      await next();
    });
  }

  const get = (
    route: Omit<OpenApiRoute, "method">,
    handler: (c: Context) => Response | Promise<Response>,
  ) => {
    routes.push({ ...route, method: "get" });
    app.get(route.path.replace(/\{(\w+)\}/g, ":$1"), handler);
  };

  get({ path: "/healthz", summary: "Liveness and store counts", tag: "meta" }, async (c) =>
    c.json({ status: "ok", ...(await store.stats()) }),
  );

  get(
    {
      path: "/api/articles",
      summary: "Stored articles, newest first",
      tag: "articles",
      query: articlesQuery,
    },
    async (c) => {
      const q = parse(articlesQuery, query(c), "query");
      const page = await store.listArticles(q);
      return c.json({ articles: page.items, total: page.total, limit: page.limit, offset: page.offset });
    },
  );

  get(
    {
      path: "/api/articles/{id}",
      summary: "One article with its analysis",
      tag: "articles",
      params: idParam,
    },
    async (c) => {
      const { id } = parse(idParam, c.req.param(), "article id");
      const article = await store.getArticle(id);
      if (!article) throw new HttpError(404, `no article ${id}`);
      return c.json(article);
    },
  );

  routes.push({
    path: "/api/articles",
    method: "post",
    summary: "Analyse and store an article (JSON or text/plain); returns its analysis",
    tag: "articles",
    body: articleBody,
    auth: true,
  });
  app.post(
    "/api/articles",
    bodyLimit({
      maxSize: options.maxBodyBytes ?? 2 * 1024 * 1024,
      onError: () => {
        throw new HttpError(
          413,
          `request body too large (limit ${options.maxBodyBytes ?? 2 * 1024 * 1024} bytes)`,
        );
      },
    }),
    async (c) => {
      await requireToken(c);
      const type = (c.req.header("content-type") ?? "").toLowerCase();
      let input: ArticleInput;
      if (type.startsWith("application/json")) {
        let json: unknown;
        try {
          json = await c.req.json();
        } catch {
          throw new HttpError(400, "the body is not valid JSON");
        }
        input = parse(articleBody, json, "article");
      } else if (type.startsWith("text/plain")) {
        input = parse(articleBody, { text: await c.req.text() }, "article");
      } else {
        throw new HttpError(
          415,
          "send the article as application/json {text, published?, source?, title?, url?} or text/plain",
        );
      }
      const prepared = prepareArticle(input, analyse);
      const result = await store.addArticle(prepared);
      const analysis =
        result.status === "duplicate"
          ? (await store.getArticle(result.articleId))?.analysis
          : prepared.analysis;
      return c.json({ id: result.articleId, ...result, analysis }, result.status === "duplicate" ? 200 : 201);
    },
  );

  get(
    {
      path: "/api/events",
      summary: "Events (merged across articles) matching the filters, newest first",
      tag: "events",
      query: eventsQuery,
    },
    async (c) => {
      const { filter, rest } = splitFilter(parse(eventsQuery, query(c), "query"));
      const page = await store.findEvents(filter, rest);
      return c.json({
        events: page.items,
        total: page.total,
        totalExact: page.totalExact,
        limit: page.limit,
        offset: page.offset,
      });
    },
  );

  get(
    {
      path: "/api/events/{id}",
      summary: "One event with every mention and its evidence",
      tag: "events",
      params: idParam,
    },
    async (c) => {
      const { id } = parse(idParam, c.req.param(), "event id");
      const event = await store.getEvent(id);
      if (!event) throw new HttpError(404, `no event ${id}`);
      return c.json(event);
    },
  );

  get(
    {
      path: "/api/actors/{id}",
      summary: "An actor (canonical id, or name:<folded name>) and its events",
      tag: "events",
      params: z.object({ id: z.string().min(1) }),
    },
    async (c) => {
      const id = decodeURIComponent(c.req.param("id") ?? "");
      const actor = await store.getActor(id);
      if (!actor) throw new HttpError(404, `no actor ${id}`);
      return c.json(actor);
    },
  );

  get(
    {
      path: "/api/facets",
      summary: "Event counts by type, country, actor, place, source",
      tag: "events",
      query: facetsQuery,
    },
    async (c) => {
      const q = parse(facetsQuery, query(c), "query");
      return c.json(await store.facets(splitFilter(q).filter));
    },
  );

  get(
    {
      path: "/api/search",
      summary: "Arabic-aware full-text search over articles, with event facets",
      tag: "search",
      query: searchQuery,
    },
    async (c) => {
      const { filter, rest } = splitFilter(parse(searchQuery, query(c), "query"));
      const { q: words, ...others } = filter;
      const r = await store.search(words ?? "", others, rest);
      return c.json({
        hits: r.hits.items,
        total: r.hits.total,
        totalExact: r.hits.totalExact,
        limit: r.hits.limit,
        offset: r.hits.offset,
        facets: r.facets,
        facetArticles: r.facetArticles,
      });
    },
  );

  get(
    {
      path: "/api/export",
      summary: "Every matching event as ACLED CSV, GeoJSON, JSON Lines or PLOVER JSON",
      tag: "events",
      query: exportQuery,
    },
    async (c) => {
      const { filter, rest: q } = splitFilter(parse(exportQuery, query(c), "query"));
      const ext = { "acled-csv": "csv", geojson: "geojson", jsonl: "jsonl", "plover-json": "json" }[q.format];
      c.header("content-type", EXPORT_CONTENT_TYPES[q.format]);
      c.header("content-disposition", `attachment; filename="marsad-events.${ext}"`);
      return stream(c, async (s) => {
        for await (const chunk of exportEvents(q.format, store.eachEvent(filter))) await s.write(chunk);
      });
    },
  );

  app.get("/openapi.json", (c) => c.json(openApiDocument(routes)));

  if (options.staticDir) {
    app.use("/*", serveStatic({ root: options.staticDir }));
  } else {
    app.get("/", (c) =>
      c.json({
        name: "marsad",
        endpoints: routes.map((r) => `${r.method.toUpperCase()} ${r.path}`),
        openapi: "/openapi.json",
      }),
    );
  }
  return app;
}
