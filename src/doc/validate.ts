import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { ErrorObject, ValidateFunction } from "ajv";
import type Ajv2020Type from "ajv/dist/2020.js";
import type addFormatsType from "ajv-formats";
import { repoRoot } from "../paths.ts";

/** The output contract shipped with the project (a copy of ../shared/schema/document.schema.json). */
export const documentSchemaPath = resolve(repoRoot, "schema/document.schema.json");

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(documentSchemaPath, "utf8"));
    // ajv and ajv-formats are CommonJS with a `default` export; require keeps their types straight under NodeNext.
    const require = createRequire(import.meta.url);
    const Ajv2020: typeof Ajv2020Type.default = require("ajv/dist/2020.js").default;
    const addFormats: typeof addFormatsType.default = require("ajv-formats").default;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    compiled = ajv.compile(schema);
  }
  return compiled as ValidateFunction;
}

export interface ValidationResult {
  valid: boolean;
  /** One readable line per problem: where in the document (JSON pointer) and what is wrong. */
  errors: string[];
}

/** Checks one output document against the contract. */
export function validateDocumentJson(document: unknown): ValidationResult {
  const validate = validator();
  const valid = validate(document) as boolean;
  return { valid, errors: (validate.errors ?? []).map(describeError) };
}

function describeError(error: ErrorObject): string {
  return `${error.instancePath || "/"} ${error.message ?? "is invalid"}`;
}
