// CoNLL-style NER files: one token per line (token first, tag last, other columns ignored), blank line between
// sentences. Pure parsing and formatting; reading files happens at the edges.

export interface TaggedSentence {
  tokens: string[];
  tags: string[];
}

export const EntityTypes = ["PERS", "LOC", "ORG", "MISC"] as const;
export const TagNames = [
  "O",
  "B-PERS",
  "I-PERS",
  "B-LOC",
  "I-LOC",
  "B-ORG",
  "I-ORG",
  "B-MISC",
  "I-MISC",
] as const;
export type Tag = (typeof TagNames)[number];

export class ConllFormatError extends Error {}

export interface ParseOptions {
  /** Which column holds the tag: "last" (default), "none" (tokens only), or a 0-based column index. */
  tagColumn?: "last" | "none" | number;
  /** Where the file came from, for error messages. */
  source?: string;
}

/**
 * Splits columns on tabs when the line has one, else on runs of spaces, so both "word TAG" and "word\tTAG" read.
 * Lines such as "-DOCSTART-" are treated as sentence breaks.
 */
export function parseConll(text: string, options: ParseOptions = {}): TaggedSentence[] {
  const tagColumn = options.tagColumn ?? "last";
  const sentences: TaggedSentence[] = [];
  let current: TaggedSentence = { tokens: [], tags: [] };
  const flush = () => {
    if (current.tokens.length > 0) sentences.push(current);
    current = { tokens: [], tags: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo];
    if (line.trim() === "" || line.startsWith("-DOCSTART-")) {
      flush();
      continue;
    }
    const columns = (line.includes("\t") ? line.split("\t") : line.trim().split(/ +/)).filter(
      (c) => c !== "",
    );
    const token = columns[0];
    let tag = "O";
    if (tagColumn !== "none") {
      const index = tagColumn === "last" ? columns.length - 1 : tagColumn;
      if (columns.length < 2 || index >= columns.length || index < 1) {
        throw new ConllFormatError(
          `${options.source ?? "input"} line ${lineNo + 1}: expected "token<TAB>tag", got "${line.slice(0, 60)}"`,
        );
      }
      tag = columns[index];
    }
    current.tokens.push(token);
    current.tags.push(tag);
  }
  flush();
  return sentences;
}

/** `token<TAB>tag` per line, a blank line after each sentence. */
export function formatConll(sentences: TaggedSentence[]): string {
  const out: string[] = [];
  for (const s of sentences) {
    for (let i = 0; i < s.tokens.length; i++) out.push(`${s.tokens[i]}\t${s.tags[i]}`);
    out.push("");
  }
  return out.length ? `${out.join("\n")}\n` : "";
}

/** Maps every tag of a sentence through `mapType` (type → PERS/LOC/ORG/MISC or null for O) and repairs BIO. */
export function mapTags(tags: string[], mapType: (type: string) => string | null): string[] {
  const out: string[] = [];
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tag === "O" || tag.length < 3 || tag[1] !== "-") {
      out.push("O");
      continue;
    }
    const type = mapType(tag.slice(2));
    if (type === null) {
      out.push("O");
      continue;
    }
    const prev = out[i - 1];
    const continues = tag[0] === "I" && prev !== undefined && prev !== "O" && prev.slice(2) === type;
    out.push(`${continues ? "I" : "B"}-${type}`);
  }
  return out;
}

export interface Chunk {
  type: string;
  start: number;
  /** Exclusive token index. */
  end: number;
}

/** Entity chunks of a BIO tag sequence, conlleval-style: a stray I- starts a new chunk. */
export function chunks(tags: string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const prefix = tag[0];
    const type = tag.length > 2 ? tag.slice(2) : "";
    if (open && (tag === "O" || prefix === "B" || type !== open.type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (tag !== "O" && !open) open = { type, start: i, end: i + 1 };
  }
  if (open) {
    open.end = tags.length;
    out.push(open);
  }
  return out;
}
