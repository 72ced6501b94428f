import type { Doc, Source, SourceKind } from "../doc/types.ts";
import { wordKey } from "./key.ts";
import type { Mention } from "./mentions.ts";
import { COMMA, type Cues, HARD_BOUNDARY, type SentenceView, type Word } from "./view.ts";

/** A reporting frame: "قالت صحيفة الوطن ... أن", "كما أفادت مصادر عسكرية", "وفق الصحيفة". */
export interface ReportFrame {
  /** Word index of the reporting verb or phrase. */
  at: number;
  /** Word index where the reported content starts (after أن/إن/:), or -1 for a frame that follows its content. */
  contentStart: number;
  /** End of the frame's own words (source phrase and channel), exclusive. */
  frameEnd: number;
  /** Sources, outermost first. */
  chain: Source[];
}

const ANAPHORIC_HEADS = new Set([
  "صحيفه",
  "جريده",
  "وكاله",
  "قناه",
  "مصدر",
  "مصادر",
  "اذاعه",
  "موقع",
  "مجله",
]);

function kindOf(words: Word[], first: number, last: number, cues: Cues, mentions: Mention[]): SourceKind {
  const head = words[first];
  for (let i = first; i < last; i++) if (cues.at(words, i, "media") > 0) return "media";
  if (cues.is(head, "anonymous")) return "anonymous";
  if (cues.is(head, "official")) return "official";
  const m = mentions.find((x) => x.first < last && first < x.last);
  if (m?.kind === "person") return "person";
  if (m?.kind === "state" || m?.kind === "government" || m?.kind === "military" || m?.kind === "police")
    return "official";
  if (m) return "group";
  return "other";
}

const STOP_SOURCE = new Set([
  "ب",
  "بـ",
  "في",
  "يوم",
  "اليوم",
  "امس",
  "عبر",
  "عن",
  "الي",
  "ان",
  "إن",
  "بان",
  "لـ",
  "مساء",
  "صباح",
  "خلال",
  "حيث",
  "التي",
  "الذي",
  "بعد",
  "قبل",
]);

/**
 * Whether the quote mark at word `q` belongs to a name (صحيفة "ديلي ميل"، مجلس "شورى ثوار بنغازي"): it closes a
 * mark opened in the phrase, or a closing mark follows within five words with no complementiser between.
 * Anything longer is the quoted speech that follows a speaker (وقالت طالبان "الهدف الرئيسي ...").
 */
function quotedName(words: Word[], q: number, from: number, cues: Cues): boolean {
  const isQuote = (x: Word | undefined) => !!x?.punct && /["«»“”]/.test(x.text);
  let open = 0;
  for (let k = from; k < q; k++) if (isQuote(words[k])) open++;
  if (open % 2 === 1) return true;
  for (let k = q + 1; k < Math.min(words.length, q + 7); k++) {
    const x = words[k];
    if (!x) return false;
    if (isQuote(x)) return k > q + 1;
    if (x.punct || cues.is(x, "complement")) return false;
  }
  return false;
}

/** Whether the word, with no preposition taken off it, is a cue of `cls` (بيان, unlike لوزير). */
function wholeWordCue(w: Word, cls: string, cues: Cues): boolean {
  const key = cues.which(w, cls);
  return key !== null && w.readings.some((r) => !r.prep && r.key === key);
}

/** The source phrase starting at word `from`: up to a complementiser, punctuation or a time word. */
function sourcePhrase(
  words: Word[],
  from: number,
  cues: Cues,
  triggerKeys?: (w: Word) => boolean,
  isTime?: (w: Word) => boolean,
  glued = false,
): [number, number] {
  let i = from;
  // (راديو التوحيد), "مجلس ...", #السلطات_الباكستانية: opening brackets, quotes and hashtags before the name
  while (words[i]?.punct && /["«»“”([#]/.test(words[i]?.text ?? "")) i++;
  // a word with a preposition glued to it (لتكوين، بالفرنسية) starts no source, nor does an event noun
  // (أعلن مقتل ...: what is announced, not who announces)
  const first = words[i];
  if (first && triggerKeys?.(first)) return [i, i];
  if (
    first &&
    /^[لب]/.test(wordKey(first.text)) &&
    first.readings.some((r) => r.prep && r.key.length >= 3) &&
    !cues.is(first, "media") &&
    // (بيان is a source's head, not ب + يان)
    !wholeWordCue(first, "official", cues) &&
    !wholeWordCue(first, "anonymous", cues) &&
    // (وفقا لشهود عيان: after وفقا the ل glued to a source is the glue)
    !(glued && (cues.is(first, "anonymous") || cues.is(first, "official")))
  )
    return [i, i];
  const limit = Math.min(words.length, i + 7);
  while (i < limit) {
    const w = words[i];
    if (!w) break;
    if (w.punct) {
      // صحيفة "ديلي ميل": a short quoted name goes on; "وقالت طالبان "الهدف ..." opens a quotation
      if (/["«»“”]/.test(w.text) && !quotedName(words, i, from, cues)) break;
      if (/["«»“”#]/.test(w.text)) {
        i++;
        continue;
      }
      break;
    }
    // وقال أردوغان الأحد: a time ends the name
    if (i > from && isTime?.(w)) break;
    const key = wordKey(w.text);
    // أعلن الرئيس الأمريكي انسحاب بلاده: an indefinite event noun after the name is what is announced
    if (i > from && triggerKeys?.(w) && !/^(و|ف)?(ال|لل|بال)/.test(key)) break;
    // بالقول، للصحفيين: a preposition with the article ends the name
    if (i > from && /^(و?بال|و?لل)/.test(key) && !cues.is(w, "media")) break;
    if (cues.is(w, "complement") || STOP_SOURCE.has(key) || cues.is(w, "prep") || cues.is(w, "time_word")) {
      // مصدر في "مجلس ...": في inside an anonymous source keeps going
      if (key === "في" && cues.is(words[from], "anonymous")) {
        i++;
        continue;
      }
      break;
    }
    i++;
  }
  // drop trailing quotes
  while (i > from && words[i - 1]?.punct) i--;
  let s = from;
  while (s < i && words[s]?.punct) s++;
  return [s, i];
}

function makeSource(
  doc: Doc,
  words: Word[],
  a: number,
  b: number,
  cues: Cues,
  mentions: Mention[],
): Source | null {
  const content = words.slice(a, b).filter((w) => !w.punct);
  const first = content[0];
  const lastW = content[content.length - 1];
  if (!first || !lastW) return null;
  void doc;
  return {
    start: first.start,
    end: lastW.end,
    name_ar: content.map((w) => w.text.replace(/["«»“”]/g, "")).join(" "),
    kind: kindOf(words, a, b, cues, mentions),
  };
}

/** Resolves "الصحيفة" (or "الصحيفة الجزائرية") to the last named source of the same kind. */
function resolveAnaphor(src: Source, words: Word[], a: number, b: number, history: Source[]): Source {
  const content = words.slice(a, b).filter((w) => !w.punct);
  const head = content[0];
  if (!head) return src;
  const headKey = head.readings.find((r) => r.det)?.key;
  if (!headKey || !ANAPHORIC_HEADS.has(headKey)) return src;
  // more than the head and nisba adjectives: a new name (صحيفة الخبر), not an anaphor
  if (content.length > 3) return src;
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k];
    if (h && h.kind === src.kind && wordKey(h.name_ar) !== wordKey(src.name_ar)) {
      return { ...src, name_ar: h.name_ar, name_en: h.name_en ?? null };
    }
  }
  return src;
}

/** The reporting frames of a sentence, with their source chains. `last` is the chain carried from before. */
export function findFrames(
  doc: Doc,
  view: SentenceView,
  cues: Cues,
  mentions: Mention[],
  history: Source[],
  last: Source[],
  isTrigger?: (w: Word) => boolean,
): ReportFrame[] {
  const { words } = view;
  const frames: ReportFrame[] = [];
  const times = doc.times ?? [];
  const isTime = (x: Word) => times.some((t) => t.start <= x.start && x.end <= t.end);
  // أعلنت حركة طالبان: a word that opens an actor's name is the source, even when it could be an event noun
  const isEventWord = (x: Word) =>
    !!isTrigger?.(x) && !mentions.some((m) => m.first === x.i && m.source !== "place");
  /** A source is a medium, an official, an anonymous source or a named actor — not any noun after a verb. */
  const plausibleSource = (a: number, b: number) => {
    const head = words.slice(a, b).find((x) => !x.punct);
    return (
      !!head &&
      (cues.is(head, "media") ||
        cues.is(head, "anonymous") ||
        cues.is(head, "official") ||
        mentions.some((m) => m.first < b && a < m.last && m.source !== "place"))
    );
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (!w || w.punct) continue;
    // ويذكر أن، تجدر الإشارة إلى أن: the reporter's own voice, no source (and nothing to carry on)
    const impersonal = cues.at(words, i, "report_impersonal");
    if (impersonal > 0) {
      frames.push({ at: i, contentStart: i + impersonal, frameEnd: i + impersonal, chain: [] });
      i += impersonal - 1;
      continue;
    }
    const byLen = cues.at(words, i, "report_by");
    const colonVerb =
      cues.is(w, "report_colon") &&
      (words.slice(i + 1, i + 3).some((x) => /^[:"«“]$/.test(x.text)) ||
        cues.is(words[i + 1], "complement") ||
        wordKey(words[i + 1]?.text ?? "") === "قايلا" ||
        // وتابع المصدر أنه …: a source word, then the complementiser
        ((cues.is(words[i + 1], "anonymous") || cues.is(words[i + 1], "official")) &&
          cues.is(words[i + 2], "complement")));
    const isReport = (cues.is(w, "report") || colonVerb) && !w.readings.every((r) => r.det || r.fut);
    if (cues.is(w, "report_cont")) {
      // مشيرة إلى / مضيفا أن: the same source goes on
      const chain = frames[frames.length - 1]?.chain ?? last;
      if (chain.length) frames.push({ at: i, contentStart: i + 1, frameEnd: i + 1, chain });
      continue;
    }
    if (!byLen && !isReport) continue;
    let from = i + (byLen || 1);
    // وفقا ل / حسب ما أفادت: skip the glue
    while (words[from] && ["ل", "لـ", "ما", "لما"].includes(wordKey(words[from]?.text ?? ""))) from++;
    // (وفق ما نشر زوجها، حسبما كتبت الصحيفة: after وفق/حسب a verb of publishing reports too)
    if (byLen && words[from] && (cues.is(words[from], "report") || cues.is(words[from], "report_publish")))
      from++;
    const chain: Source[] = [];
    const [a, b] = sourcePhrase(words, from, cues, isEventWord, isTime, byLen > 0);
    let frameEnd = b;
    if (b > a) {
      if (!plausibleSource(a, b)) continue;
      const src = makeSource(doc, words, a, b, cues, mentions);
      if (src) chain.push(resolveAnaphor(src, words, a, b, history));
    } else if (isReport) {
      // "وقالت :" / "وأضاف أن" / "وأشارت إلى": the last source goes on speaking
      chain.push(...(frames[frames.length - 1]?.chain ?? last));
    }
    // نقلت الصحيفة عن مصادر أمنية / أعلن الزهاوي عبر راديو التوحيد
    let j = frameEnd;
    let channel: Source | null = null;
    for (let hops = 0; hops < 14 && j < words.length; hops++) {
      const x = words[j];
      if (!x) break;
      const key = wordKey(x.text);
      if (cues.is(x, "complement") || (x.punct && HARD_BOUNDARY.has(x.text) && x.text !== ":")) break;
      if (x.text === ":") break;
      if (key === "عن" || key === "عبر") {
        // أعلنت الوزارة عن إيقاف ...: an event noun after عن is the news, not a source
        if (isTrigger?.(words[j + 1] as Word)) break;
        const [c, d] = sourcePhrase(words, j + 1, cues, undefined, isTime);
        // أعلنت القوات المسلحة عن تنفيذ تمرينات: what is announced, not who tells it
        if (c < d && !plausibleSource(c, d)) break;
        const src = c < d ? makeSource(doc, words, c, d, cues, mentions) : null;
        if (src) {
          if (key === "عن") chain.push(src);
          else channel = { ...src, kind: "media" };
        }
        j = Math.max(d, j + 1);
        frameEnd = j;
        continue;
      }
      j++;
    }
    if (channel) chain.unshift(channel);
    if (!chain.length) continue;
    // أعلن مصدر أمني تشادي الأحد مقتل ...: the time right after the source dates the telling, not the event
    let k = frameEnd;
    while (words[k] && ((words[k]?.punct && COMMA.has(words[k]?.text ?? "")) || isTime(words[k] as Word)))
      k++;
    if (words.slice(frameEnd, k).some((x) => !x.punct)) frameEnd = k;
    // where the content starts: the complementiser or colon after the frame, else nothing (a trailing frame)
    let contentStart = -1;
    for (let k = frameEnd; k < Math.min(words.length, frameEnd + 12); k++) {
      const x = words[k];
      if (!x) break;
      if (cues.is(x, "complement") || x.text === ":") {
        contentStart = k + 1;
        break;
      }
      if (x.punct && HARD_BOUNDARY.has(x.text)) break;
    }
    // "قالت X إن ..." without a complementiser still reports what follows when the frame opens the sentence
    if (contentStart < 0 && i < 3 && !byLen) contentStart = frameEnd;
    frames.push({ at: i, contentStart, frameEnd: Math.max(frameEnd, contentStart), chain });
    i = Math.max(i, frameEnd - 1);
  }
  return frames;
}

/** The chain that applies at word `t`: the frame whose content holds it, else a trailing frame after it. */
export function chainAt(frames: ReportFrame[], t: number): Source[] | null {
  let best: ReportFrame | null = null;
  for (const f of frames) if (f.contentStart >= 0 && f.contentStart <= t) best = f;
  if (best) return best.chain;
  // "كما أفادت مصادر" after the content, or "، وفق الصحيفة،" inside it: the whole sentence
  const trailing =
    frames.find((f) => f.contentStart < 0 && f.at > t) ?? frames.find((f) => f.contentStart < 0);
  return trailing ? trailing.chain : null;
}
