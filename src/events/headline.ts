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
  NON_SPACE.lastIndex = 0;
  const firstNonSpace = NON_SPACE.exec(text)?.index ?? text.length;
  if (firstNonSpace >= a) return false;
  let b = end;
  while (b < text.length && (text[b] === " " || text[b] === "\t" || text[b] === "\r")) b++;
  if (b < text.length && text[b] !== "\n") return false;
  const line = text.slice(start, end).trim();
  // the words (runs without spaces) that hold a letter or a digit: counted up to one past the limit
  let words = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(line); m; m = WORD.exec(line)) {
    if (!LETTER_OR_DIGIT.test(m[0])) continue;
    if (words === 0 && m[0].startsWith("و")) return false;
    if (++words > MAX_HEADLINE_WORDS) return false;
  }
  if (words === 0) return false;
  const body = line.replace(/[\s"'«»“”)\]]+$/u, "");
  return !/[.!?؟…]$/.test(body);
}

const NON_SPACE = /\S/g;
const WORD = /\S+/g;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
