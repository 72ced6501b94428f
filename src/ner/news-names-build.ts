// Name lists learnt from the news without labels: a word that mostly appears right after a title (الرئيس،
// المدرب، اللواء …) is a person's first name, one mostly after a place head (مدينة، بلدة، محافظة …) a place,
// one mostly after an organisation head (شركة، حزب، صحيفة …) an organisation. Written to data/ner/news-names.tsv
// and used as features beside the gazetteer.
import { newsWords } from "./clusters-build.ts";
import type { NerResources } from "./resources.ts";

const PlaceHeads = ["مدينه", "بلده", "قريه", "محافظه", "ولايه", "اقليم", "جزيره", "مخيم", "عاصمه", "مقاطعه"];
const OrgHeads = [
  "شركه",
  "حزب",
  "صحيفه",
  "جريده",
  "قناه",
  "وكاله",
  "حركه",
  "تنظيم",
  "جماعه",
  "جامعه",
  "نادي",
  "مجموعه",
];
const MinCount = 3;
const MinShare = 0.3;

export function buildNewsNames(shared: string, cues: NerResources["cues"]): string {
  const headType = new Map<string, string>();
  for (const [word, cls] of cues) if (cls === "TITLE") headType.set(word, "PERS");
  for (const w of PlaceHeads) headType.set(w, "LOC");
  for (const w of OrgHeads) headType.set(w, "ORG");
  const freq = new Map<string, number>();
  const after = new Map<string, number>();
  for (const words of newsWords(shared)) {
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const type = i > 0 ? headType.get(words[i - 1]) : undefined;
      if (type && !cues.has(w)) {
        const key = `${type}\t${w}`;
        after.set(key, (after.get(key) ?? 0) + 1);
      }
    }
  }
  const lines: string[] = [];
  for (const [key, count] of after) {
    const word = key.slice(key.indexOf("\t") + 1);
    // After a title, a word with ال is an adjective (الرئيس الأمريكي), not a first name.
    if (key.startsWith("PERS") && word.startsWith("ال")) continue;
    if (
      count >= MinCount &&
      count / (freq.get(word) ?? 1) >= MinShare &&
      word.length > 1 &&
      !/[0-9]/.test(word)
    ) {
      lines.push(key);
    }
  }
  lines.sort();
  return (
    "# Words that mostly follow a title (PERS), a place head (LOC) or an organisation head (ORG) in\n" +
    "# ../shared/data/news (ANT corpus, Apache-2.0); built by src/ner/news-names-build.ts (`marsad train ner`).\n" +
    lines.join("\n") +
    "\n"
  );
}
