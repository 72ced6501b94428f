import { createHash } from "node:crypto";
import type { ArticleInput, Doc, Token } from "../doc/types.ts";
import { perToken } from "../text/perWord.ts";
import { splitSentences } from "../text/sentences.ts";
import { tokenise } from "../text/tokens.ts";
import { cachedByWord } from "../text/wordCache.ts";
import { searchKey } from "./searchKey.ts";
import { simhash, toHex } from "./simhash.ts";

/** An analysed article with everything the store needs computed up front, so workers do the CPU work. */
export interface PreparedArticle {
  text: string;
  title: string | null;
  source: string | null;
  url: string | null;
  published: string | null;
  /** sha256 of the headline and the whitespace-collapsed text: the same article ingested again has the same hash. */
  contentHash: string;
  /** SimHash of the body's word shingles (hex): same story under another headline lands a few bits away. */
  fingerprint: string;
  /** Folded words for the full-text index (title, text and, when tokens exist, clitic-free stems). */
  searchText: string;
  /** The analysis as stored and served: the Doc without its token layer (rebuilt on demand, large). */
  analysis: Omit<Doc, "tokens">;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function contentHash(title: string | null, text: string): string {
  const body = text.replace(/\s+/g, " ").trim();
  return createHash("sha256")
    .update(`${(title ?? "").replace(/\s+/g, " ").trim()}\n${body}`)
    .digest("hex");
}

export function foldedWords(text: string): string[] {
  return searchKey(text).match(WORD) ?? [];
}

/** `searchKey` of a token's key or stem: the same few words over and over, so cached (bounded). */
const wordSearchKey = cachedByWord(searchKey, 200_000);

/**
 * The index words of one token, joined by a space: its key and, where a clitic splits off (وبالقاهرة), the stem's
 * key too; null for punctuation and symbols.
 */
function tokenIndexWords(token: Token): string | null {
  if (token.kind === "punct" || token.kind === "symbol") return null;
  const key = wordSearchKey(token.key || token.text);
  const stem = token.parts?.find((p) => p.tag === "stem");
  if (stem) {
    const stemKey = wordSearchKey(stem.norm || stem.text);
    if (stemKey && stemKey !== key) return `${key} ${stemKey}`;
  }
  return key;
}

/** `tokenIndexWords` of each token, kept per word form for tokenised text (perWord.ts). */
const indexWordsOfTokens = perToken(tokenIndexWords);

/** Words to index: every word's key and, where a clitic splits off (وبالقاهرة), the stem's key too. */
function indexWords(...lists: Token[][]): string {
  const out: string[] = [];
  for (const tokens of lists) {
    for (const words of indexWordsOfTokens(tokens)) if (words !== null) out.push(words);
  }
  return out.join(" ");
}

/** The title's words by the same rule as the text's, so a headline word is found in any clitic form. */
function tokensOf(text: string): Token[] {
  return tokenise(text, splitSentences(text));
}

/** `hash`: the article's `contentHash` when the caller already has it (ingestion checks it before analysing). */
export function prepareArticle(
  input: ArticleInput,
  analyse: (input: ArticleInput) => Doc,
  hash?: string,
): PreparedArticle {
  const doc = analyse(input);
  const { tokens: _tokens, ...analysis } = doc;
  const title = input.title ?? null;
  return {
    text: input.text,
    title,
    source: input.source ?? null,
    url: input.url ?? null,
    published: input.published ?? null,
    contentHash: hash ?? contentHash(title, input.text),
    fingerprint: toHex(simhash(foldedWords(input.text))),
    searchText: indexWords(tokensOf(title ?? ""), doc.tokens?.length ? doc.tokens : tokensOf(input.text)),
    analysis,
  };
}
