// Lines that are not part of the article's telling: link headlines of other stories ("للمزيد: …"), subheadings and
// fact-box titles kept inside a body ("حقائق عن الأردن"). Events told only there are not the article's events.

const MAX_HEADLINE_WORDS = 14;

/**
 * Whether the sentence [start, end) of `text` is a short line of its own, after the article's first line, that ends
 * without a sentence's final punctuation and does not open with و (body sentences go on with و; headlines do not).
 */
export function isEmbeddedHeadline(text: string, start: number, end: number): boolean {
  let a = start;
  while (a > 0 && (text[a - 1] === " " || text[a - 1] === "\t" || text[a - 1] === "\r")) a--;
  if (a === 0 || text[a - 1] !== "\n") return false;
  // the article's first line is its lead (or its own title), never a foreign headline
  if (text.slice(0, a).trim() === "") return false;
  let b = end;
  while (b < text.length && (text[b] === " " || text[b] === "\t" || text[b] === "\r")) b++;
  if (b < text.length && text[b] !== "\n") return false;
  const line = text.slice(start, end).trim();
  const words = line.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0 || words.length > MAX_HEADLINE_WORDS) return false;
  if (/^و/.test(words[0] ?? "")) return false;
  const body = line.replace(/[\s"'«»“”)\]]+$/u, "");
  return !/[.!?؟…]$/.test(body);
}
