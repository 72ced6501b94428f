// Constructions that tell an event as background, a habit or part of a name rather than as news. Each is a
// general pattern of Arabic news writing (not a phrasing of one article): the pluperfect recap (وكان … قد),
// a relative clause describing a person or thing, a habitual or multi-year frame, and trigger words inside a
// fixed expression or an organisation's name.

import { bareWord } from "../text/proclitics.ts";
import type { SentenceContext } from "./detect.ts";
import { wordKey } from "./key.ts";
import type { TriggerMatch } from "./triggers.ts";
import { HARD_BOUNDARY, type Word } from "./view.ts";

const KANA = new Set(["كان", "كانت", "كانوا", "كانا", "كانتا"]);
/** `wordKey` of the word, kept with its written form (punctuation has no form of its own). */
const keyOf = (w: Word | undefined) => (w ? (w.punct ? wordKey(w.text) : w.form.key) : "");
/**
 * The word's key without its proclitics (وكانت → كانت، والذي → الذي), by the project's one clitic helper,
 * remembered with its written form.
 */
function bareKeyOf(w: Word | undefined): string {
  if (!w) return "";
  if (w.punct) return bareWord(w.text).key;
  let key = w.form.bareKey;
  if (key === null) {
    key = bareWord(w.text).key;
    w.form.bareKey = key;
  }
  return key;
}
const isQuote = (w: Word | undefined) => !!w?.punct && /^["«»“”'(]+$/.test(w.text);

/** The index of the sentence's first word that is not punctuation or a quote mark. */
function firstWord(words: Word[]): number {
  let k = 0;
  while (k < words.length && words[k]?.punct) k++;
  return k;
}

/**
 * "وكان وزير الصحة قد طلب مؤخرا …"، "وكانت الخارجية الكويتية قد استدعت السفير"، "وكان موظف … قد قتل في 21 أبريل":
 * a sentence that opens with كان and a past verb (the pluperfect) recalls what happened before the news, for
 * background. Every trigger up to the sentence's first hard boundary is part of that recap.
 */
export function pluperfectRecap(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const k0 = firstWord(words);
  const opener = words[k0];
  if (!opener) return false;
  if (!KANA.has(bareKeyOf(opener))) return false;
  // the recap's verb: قد, or a past-tense trigger, within the first words after كان
  let recap = false;
  for (let k = k0 + 1; k < Math.min(words.length, k0 + 10); k++) {
    const w = words[k];
    if (!w || (w.punct && HARD_BOUNDARY.has(w.text))) break;
    if (keyOf(w) === "قد") {
      recap = true;
      break;
    }
  }
  if (!recap) {
    const verb = ctx.triggers.find(
      (m) => m.first > k0 && m.first <= k0 + 8 && m.entry.pos === "verb" && m.entry.tense === "past",
    );
    recap = !!verb;
  }
  if (!recap) return false;
  for (let k = k0; k < match.first; k++) {
    const w = words[k];
    if (w?.punct && HARD_BOUNDARY.has(w.text)) return false;
  }
  // "وكان جيش النيجر قد أعلن مساء السبت"، "وكان آلاف الفلسطينيين قد خرجوا الجمعة": a recap dated by a weekday or
  // أمس/اليوم tells the story's own recent events, earlier than the lead but news all the same
  const end = words.findIndex((w) => w.punct && HARD_BOUNDARY.has(w.text));
  return !recentTime(words, 0, end < 0 ? words.length : end);
}

/**
 * "يذكر أن محمود محمد كان قد احتجز احتياطيا"، "العالم الذي كان قد اتهم بالتجسس": the pluperfect (كان … قد + a past
 * verb) inside a sentence, in a relative clause or in the writer's aside opened by يذكر أن (يشار إلى أن، تجدر الإشارة),
 * recalls what had happened before the news, as the recap opening a sentence does. The trigger is
 * the verb right after قد, with كان at most six words before قد and no punctuation between; a weekday, أمس or اليوم
 * after كان, up to the sentence's next hard boundary, dates it among the story's own days.
 */
export function embeddedPluperfect(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.pos !== "verb") return false;
  const { words } = ctx.view;
  const q = match.first - 1;
  if (keyOf(words[q]) !== "قد") return false;
  for (let k = q - 1; k >= Math.max(0, q - 7); k--) {
    const w = words[k];
    if (!w || (w.punct && !isQuote(w))) return false;
    if (!KANA.has(bareKeyOf(w))) continue;
    // (in the writer's voice only: a relative clause, or an aside opened by يذكر أن; told in a speaker's words, قالت
    // العائلة إن الشرطة كانت قد اعتقلته, the pluperfect is set before the statement, and may be the news itself)
    const relative = ctx.cues.is(words[k - 1], "relative") && bareKeyOf(words[k - 1]) !== "ما";
    if (!relative && ctx.cues.at(words, firstWord(words), "report_impersonal") <= 0) return false;
    let end = match.last;
    while (end < words.length && !(words[end]?.punct && HARD_BOUNDARY.has(words[end]!.text))) end++;
    return !recentTime(words, k, end);
  }
  return false;
}

/** Whether a weekday name, أمس, اليوم or الليلة lies among words [a, b): the story's own recent days. */
function recentTime(words: Word[], a: number, b: number): boolean {
  for (let k = a; k < Math.min(b, words.length); k++) {
    const w = words[k];
    if (!w || w.punct) continue;
    for (const key of RECENT) if (w.stems.has(key)) return true;
  }
  return false;
}

const RECENT = [
  "السبت",
  "الاحد",
  "الاثنين",
  "الثلاثاء",
  "الاربعاء",
  "الخميس",
  "الجمعة",
  "أمس",
  "اليوم",
  "الليلة",
]
  .flatMap((w) => [w, w.replace(/^ال/, "")])
  .map(wordKey);

/**
 * "عادة ما يستهدف المسلحون … في هجماتهم"، "تتعرض من حين لآخر لهجمات"، "شهدت مالي في السنوات الأخيرة هجمات"،
 * "غارات … خلال السنوات الخمس الماضية": a habit, or what happened over years, is a general pattern, not one event.
 * The cue must share the trigger's clause (no punctuation between them), up to twelve words before it or eight after.
 */
export function habitualFrame(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const a = Math.max(0, match.first - 12);
  const b = Math.min(words.length, match.last + 8);
  const free = (lo: number, hi: number) => !words.slice(lo, hi).some((w) => w.punct && !isQuote(w));
  for (let k = a; k < b; k++) {
    const lo = Math.min(k, match.first);
    const hi = Math.max(k, match.last);
    const n = ctx.cues.at(words, k, "habitual");
    if (n > 0 && free(lo, hi)) return true;
    if (ctx.cues.hasKey(keyOf(words[k]), "span_noun")) {
      for (let j = k + 1; j <= k + 3 && j < words.length; j++)
        if (ctx.cues.hasKey(keyOf(words[j]), "span_end") && free(lo, Math.max(hi, j))) return true;
    }
  }
  return false;
}

const NAME_KINDS = new Set([
  "militia",
  "rebel_group",
  "organization",
  "party",
  "government",
  "military",
  "police",
]);

/**
 * "المنتهية ولايته" (outgoing), "تحت سيطرتها" (held by), "قمة جبل" (a summit), and an event noun inside the name of an
 * organisation or a person (الحشد الشعبي، قوات الرد السريع، صدام حسين): the word names a state of things, a body or
 * someone, not an event.
 */
export function inNameOrIdiom(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const t = match.first;
  for (let k = Math.max(0, t - 3); k <= t; k++) {
    const n = ctx.cues.at(words, k, "not_event");
    if (n > 0 && k + n > t) return true;
  }
  if (match.entry.pos !== "noun") return false;
  return ctx.mentions.some(
    (m) =>
      m.source === "entity" &&
      m.last - m.first >= 2 &&
      m.first <= t &&
      t < m.last &&
      !!m.kind &&
      (NAME_KINDS.has(m.kind) || m.kind === "person"),
  );
}

const TARGETED = new Set(["MOBILIZE", "AID"]);

/**
 * "استهداف مقاتلات التحالف لتجمعاتهم ومخابئهم وتعزيزاتهم"، "كان هدفها شحنات أسلحة مرسلة إلى حزب الله": reinforcements
 * or an arms shipment named as what an attack hit or aimed at are its target, not a deployment or aid of their own.
 */
export function attackTarget(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.pos !== "noun" || !TARGETED.has(match.entry.type)) return false;
  const { words } = ctx.view;
  const t = match.first;
  for (let k = t - 1; k >= Math.max(0, t - 8); k--) {
    const w = words[k];
    if (!w || (w.punct && !isQuote(w))) return false;
    const attack = ctx.triggers.some((m) => m.first === k && m.entry.type === "ASSAULT");
    if (attack || ctx.cues.is(w, "target_word")) return true;
  }
  return false;
}

/**
 * "كانوا يعتزمون قتل أحد الأشخاص"، "كان يخطط لتفجير": an intention told in the past (كان + a verb of intending) is a
 * plot that was not carried out (foiled, or told as the charge), not a planned event still to come.
 */
export function unrealisedIntent(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  const t = match.first;
  const at = ctx.cues.findLast(words, Math.max(0, t - 6), t, "planned");
  if (at < 1) return false;
  if (words.slice(at, t).some((w) => w.punct && !isQuote(w))) return false;
  // (كان قد خطط لاستهداف حافلة: قد may stand between)
  const before = keyOf(words[at - 1]) === "قد" ? words[at - 2] : words[at - 1];
  return KANA.has(bareKeyOf(before));
}

const ANY = new Set(["اي", "ايه", "ايا"].map(wordKey));

/**
 * "لم يتم رصد انسحاب أي من عناصر المجموعات"، "لتجنب هجوم أي طرف": an event noun followed by أي (any) names no
 * particular event (it is asked about, ruled out or generalised), so it is none; a denial of it (نفى مقتل أي من
 * مقاتليه) is still read as a denial.
 */
export function nonSpecific(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.pos !== "noun") return false;
  const { words } = ctx.view;
  return ANY.has(keyOf(words[match.last]));
}

/**
 * "بعد أسابيع من الاحتجاجات التي شهدتها إيران"، "بعد عام من الهجوم": an event noun placed weeks, months or years
 * before the news by "بعد … من" is the time frame of the news, told before or long ago: it may join an event told as
 * news, but is no event of its own.
 */
export function elapsedSince(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.pos !== "noun") return false;
  const { words } = ctx.view;
  const t = match.first;
  if (bareKeyOf(words[t - 1]) !== "من") return false;
  // (a number or an approximator may stand between: بعد ثلاثة أسابيع من، بعد نحو عام من)
  for (let k = t - 2; k >= Math.max(0, t - 4); k--) {
    const w = words[k];
    if (!w || w.punct) return false;
    if (!ctx.cues.hasKey(bareKeyOf(w), "elapsed")) continue;
    for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
      const b = words[j];
      if (!b || b.punct) return false;
      if (bareKeyOf(b) === "بعد") return true;
    }
    return false;
  }
  return false;
}

/**
 * "في قضية مقتل ريجيني"، "ملف اغتيال الزواري": the case or file of an event names it as a matter in hand, told before or
 * long ago: it may join an event told as news, but is no event of its own.
 */
export function caseOfEvent(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.pos !== "noun") return false;
  return ctx.cues.hasKey(bareKeyOf(ctx.view.words[match.first - 1]), "case_word");
}

/**
 * "ويومها، أطلق مسلحون النار"، "وحينها كشفت السلطات"، "وردت القاهرة في حينه": a clause dated "back then" points at a
 * time told before, older than the news: what it tells may join an event told as news, but is no event of its own.
 */
export function backThen(ctx: SentenceContext, match: TriggerMatch): boolean {
  const { words } = ctx.view;
  for (let k = match.first - 1; k >= 0; k--) {
    const w = words[k];
    if (!w) break;
    if (w.punct && HARD_BOUNDARY.has(w.text)) return false;
    if (ctx.cues.hasKey(bareKeyOf(w), "back_then")) return true;
  }
  return false;
}

/** The statement types: what a report says or asks for is its own accusation or call, which the key may code. */
const SAID_TYPES = new Set(["ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "CONCEDE"]);

/**
 * "ووثق التقرير قتل الميليشيا 49 مدنيا خلال العام الماضي"، "وجاء في تقرير المنظمة أن قوات الأمن ارتكبت عمليات
 * قتل"، "ويضيف التقرير أن القرى قد دمرت": the deeds a report (or a study) documents are its findings, gathered over
 * a span and told to back its charge, not news of their own: they may join an event told as news, but are no event of
 * their own. The report is told as the one speaking: a word of `report_document` before the trigger with a reporting
 * verb (`report`) or جاء/ورد في among the three words before it or right after it, and no word of the press
 * after it (`media`, `press`: تقرير لوكالة رويترز, the news told); or the deeds follow a verb of
 * documenting or counting (`documented`: وثق، أحصى). What the report says or asks (an accusation, a call) is left
 * alone.
 */
export function reportFinding(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (SAID_TYPES.has(match.entry.type)) return false;
  const { words } = ctx.view;
  for (let k = match.first - 1; k >= 0; k--) {
    // ووثق التحالف … مقتل 2260 مدنيا: what someone documented or counted is a finding, whoever tells it
    if (ctx.cues.hasKey(bareKeyOf(words[k]), "documented")) return true;
    if (!ctx.cues.hasKey(bareKeyOf(words[k]), "report_document")) continue;
    // تقرير لوكالة رويترز، تقرير صحفي، تقرير تلفزيوني: the press's report is how news is told, not a finding
    if (pressReport(ctx, words, k)) continue;
    for (let j = Math.max(0, k - 3); j <= k + 1 && j < match.first; j++) {
      if (j === k) continue;
      const w = words[j];
      if (!w || w.punct) continue;
      if (ctx.cues.is(w, "report") || ctx.cues.hasKey(bareKeyOf(w), "told_in")) return true;
    }
  }
  return false;
}

/** Whether the report noun at k is the press's: a `media` or `press` word within the three words after it. */
function pressReport(ctx: SentenceContext, words: Word[], k: number): boolean {
  for (let j = k + 1; j <= k + 3 && j < words.length; j++) {
    const w = words[j];
    if (!w || w.punct) return false;
    if (ctx.cues.is(w, "media") || ctx.cues.is(w, "press")) return true;
  }
  return false;
}

/**
 * "تظاهر الآلاف احتجاجا على زيارة ترامب"، "أوقفت النقابات الاشتراكات احتجاجا على سيطرة الميليشيات عليها"، "تنديدا
 * بالتدخل العسكري": what a protest or a step is taken against is its grievance, told to explain it: it may join an
 * event told as news, but is no event of its own. The noun right after a word of `grievance` (احتجاجا على، تنديدا
 * بـ، رفضا لـ). ردا على is left out: what a strike answers (ردا على إطلاق صواريخ) is often news itself.
 */
export function protestGrievance(ctx: SentenceContext, match: TriggerMatch): boolean {
  if (match.entry.pos !== "noun") return false;
  const { words } = ctx.view;
  const t = match.first;
  for (let k = Math.max(0, t - 3); k < t; k++) {
    const n = ctx.cues.at(words, k, "grievance");
    if (n > 0 && k + n === t) return true;
  }
  return false;
}
