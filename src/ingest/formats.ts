import { extname } from "node:path";

export type InputFormat = "txt" | "jsonl" | "html";
export const INPUT_FORMATS: InputFormat[] = ["txt", "jsonl", "html"];

/** The format a file name announces: .jsonl/.ndjson, .html/.htm, anything else is plain text. */
export function formatFromName(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  return "txt";
}
