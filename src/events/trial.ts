import type { Candidate } from "./detect.ts";
import { wordKey } from "./key.ts";
import type { Cues, SentenceView } from "./view.ts";

/** The types of a court's act that may open a trial story: a sentence or conviction, a charge or a trial. */
const JUDICIAL_TYPES = new Set(["SANCTION", "ACCUSE"]);
/** How many sentences from the top of the article may tell the court's act that makes it a trial story. */
const LEAD_SENTENCES = 2;

/**
 * Whether a sentence names a court or a prosecutor (cue class `court`: محكمة، القاضي، النيابة، القضاء …), not
 * counting القضاء على, "eliminating", which tells a killing.
 */
function namesCourt(words: SentenceView["words"], cues: Cues): boolean {
  return words.some((w, i) => {
    const k = cues.which(w, "court");
    return k !== null && !(ELIMINATING.has(k) && wordKey(words[i + 1]?.text ?? "") === ON);
  });
}

const ELIMINATING = new Set(["قضاء", "القضاء"].map(wordKey));
const ON = wordKey("على");

/**
 * "قضت محكمة بريطانية بالسجن 28 عاما على رجل قتل مديرته"، "وجه القضاء الفرنسي تهمة العنف العمد إلى شرطي قتل
 * شابا"، "وشملت الاتهامات التي وجهت إليهم قتل نائب مأمور المركز": an article that opens (its first two sentences)
 * with a court's or a prosecutor's act — a sentence, a conviction, a charge, a trial: a SANCTION or ACCUSE reading
 * in a sentence that names a court — is a trial story. The attacks it tells are the crimes tried (told as the
 * charge, the facts of the case, the defendant's account), background to the ruling, not news of their own: the
 * ruling is the event. Its attack readings are dropped, except an execution, which is the sentence carried out
 * (نفذت السلطات حكم الإعدام). Returns the readings to drop.
 */
export function triedCrimes(candidates: Candidate[], views: SentenceView[], cues: Cues): Set<Candidate> {
  const dropped = new Set<Candidate>();
  const wordsOf = new Map(views.map((v) => [v.index, v.words]));
  const trial = candidates.some(
    (c) =>
      c.sentence < LEAD_SENTENCES &&
      JUDICIAL_TYPES.has(c.type) &&
      c.modality !== "planned" &&
      namesCourt(wordsOf.get(c.sentence) ?? [], cues),
  );
  if (!trial) return dropped;
  for (const c of candidates) if (c.type === "ASSAULT" && c.mode !== "execute") dropped.add(c);
  return dropped;
}
