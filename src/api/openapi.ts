import { z } from "zod";

/** A route as documented: its schemas are the same zod objects the handler validates with. */
export interface OpenApiRoute {
  method: "get" | "post";
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  params?: z.ZodObject;
  body?: z.ZodType;
  auth?: boolean;
}

function parameters(schema: z.ZodObject | undefined, where: "query" | "path"): object[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as {
    properties?: Record<string, { description?: string }>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === "path" || (json.required ?? []).includes(name),
    description: s.description,
    schema: { ...s, description: undefined },
  }));
}

/** The OpenAPI 3.1 document of the API, built from the declared routes. */
export function openApiDocument(routes: OpenApiRoute[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const r of routes) {
    paths[r.path] ??= {};
    paths[r.path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      parameters: [...parameters(r.params, "path"), ...parameters(r.query, "query")],
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: {
                "application/json": {
                  schema: z.toJSONSchema(r.body, { io: "input", unrepresentable: "any" }),
                },
                "text/plain": { schema: { type: "string", description: "the article text alone" } },
              },
            },
          }
        : {}),
      ...(r.auth ? { security: [{ bearer: [] }] } : {}),
      responses: {
        "200": { description: "OK (JSON)" },
        ...(r.body ? { "201": { description: "stored" }, "413": { description: "body too large" } } : {}),
        "400": { description: "invalid input; the message says which parameter and why" },
        ...(r.auth ? { "401": { description: "missing or unknown token" } } : {}),
        ...(r.params ? { "404": { description: "not found" } } : {}),
      },
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Marsad API",
      version: "0.1.0",
      description:
        "Events read from Arabic news, with their sources and evidence. Writes need a bearer token.",
    },
    components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    paths,
  };
}
