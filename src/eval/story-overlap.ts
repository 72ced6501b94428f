// A rough test of whether two news articles tell the same story, used to keep annotated sets apart: the share of
// distinctive words (match keys of four letters or more, minus very common news words) that the shorter one
// shares with the other. Two outlets telling one incident share its names, places and numbers.

import { matchKey } from "../text/normalise.ts";

// Frequent reporting and function words that say nothing about which incident an article tells.
const COMMON = new Set(
  [
    "الذي",
    "التي",
    "الذين",
    "على",
    "الى",
    "إلى",
    "عن",
    "بين",
    "بعد",
    "قبل",
    "خلال",
    "حيث",
    "هذا",
    "هذه",
    "ذلك",
    "وقال",
    "قال",
    "قالت",
    "وقالت",
    "واضاف",
    "وأضاف",
    "وأضافت",
    "اضاف",
    "أكد",
    "وأكد",
    "اعلن",
    "أعلن",
    "أعلنت",
    "وفق",
    "وفقا",
    "بحسب",
    "حسب",
    "مصدر",
    "مصادر",
    "اليوم",
    "امس",
    "أمس",
    "الماضي",
    "العام",
    "عام",
    "كما",
    "ايضا",
    "أيضا",
    "غير",
    "منذ",
    "حتى",
    "عند",
    "عندما",
    "كانت",
    "وكان",
    "وكانت",
    "كان",
    "يكون",
    "تكون",
    "لها",
    "لهم",
    "منها",
    "فيها",
    "عليها",
    "عليه",
    "التى",
    "ولكن",
    "لكن",
    "بينما",
    "وذلك",
    "نحو",
    "اكثر",
    "أكثر",
  ].map(matchKey),
);

/** The distinctive words of a text, as match keys. */
export function storyWords(text: string): Set<string> {
  const words = new Set<string>();
  for (const raw of text.split(/[^\p{L}\p{N}]+/u)) {
    const w = matchKey(raw).replace(/^(?:وال|بال|فال|لل|ال)(?=\p{L}{3})/u, "");
    if (w.length >= 4 && !COMMON.has(w)) words.add(w);
  }
  return words;
}

/** Shared words over the size of the smaller set (0 when either is empty). */
export function storyOverlap(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return shared / small.size;
}
