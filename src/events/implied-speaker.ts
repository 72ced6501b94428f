// The speaker of a statement verb whose clause does not name one (session 18, evspeaker18). Arabic news names a
// speaker once and goes on: a stance masdar with a pronoun suffix after the verb that voices it has the antecedent
// of its pronoun (عبرت تونس عن إدانتها), a verb whose فيه/فيها points at a document has its issuer (أصدرت الوزارة
// بيانا دانت فيه …), a verb in the first person in a quote has the quote's speaker ("ندين …"), a pronoun after أن/إن is the
// reporter (وأوضح بوريسوف أنه رفض …), and a verb joined by و/ف/كما with no subject of its own after a report
// continues its speaker (وقالت المنامة إنها … ورفضت …). readCandidate asks here only when it found no speaker in the
// clause, before it drops the statement: a statement whose speaker none of these finds is still dropped.
import {
  actorInSource,
  frameSpeakerMention,
  isActor,
  pastTimesAndCommas,
  type SentenceContext,
  sentenceSpeaker,
  sourceAsMention,
  voiceSpeaker,
  withCoordinated,
} from "./detect.ts";
import { wordKey } from "./key.ts";
import type { Mention } from "./mentions.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Word } from "./view.ts";

type Agreement = "m" | "f" | "pl" | null;

/** The person a third person verb form agrees with: دعا m, دعت f, دعوا pl; يطالب m, تطالب f, يطالبون pl. */
export function verbAgreement(form: string, tense: string | null | undefined): Agreement {
  const k = wordKey(form);
  if (tense === "past") {
    if (/(وا|ن)$/.test(k)) return "pl";
    if (/[^ا]ت$/.test(k) || /ات$/.test(k)) return "f";
    if (/[^و]ا$/.test(k) && k.length > 3) return null; // a dual (طالبا) or a longer verb ending in ا: not told apart
    return "m";
  }
  if (tense === "present") {
    if (/(ون|وا)$/.test(k)) return "pl";
    if (k.startsWith("ت")) return "f";
    if (k.startsWith("ي")) return "m";
  }
  return null;
}

/** Whether a mention can be the subject of a verb of this agreement: a state, a ministry or a spokeswoman is
 * feminine, a man or a council masculine, a plural verb wants a plural; an unknown form agrees with any. */
export function agrees(m: Mention, agreement: Agreement): boolean {
  if (agreement === null) return true;
  // (its own text: a speaker carried from the sentence before is no word of this one)
  const head = wordKey(m.text.split(/\s+/)[0] ?? "");
  // (a plural verb wants a plural subject: a plural or dual ending, a broken plural of people the actor kinds
  // name as groups, or a coordinated list, never a state, a ministry or one man)
  if (agreement === "pl")
    return (
      m.coordinated ||
      /(ون|ين|ات|يون|يين)$/.test(head) ||
      (!m.state && !/ه$/.test(head) && m.kind !== "person" && m.kind !== "government")
    );
  const feminine = m.state || !!m.place || /(ه|ات)$/.test(head);
  if (agreement === "m") return !feminine;
  // (a feminine verb also agrees with a plural of things, وطالبت المنظمات; a person, an official or a force told in
  // the masculine singular is out: الوزير، الجيش)
  return feminine || !["person", "government", "military", "police"].includes(m.kind ?? "");
}

/** The first word after i that is not a quote mark. */
function nextContent(words: Word[], i: number): Word | undefined {
  let k = i;
  while (k < words.length && words[k]?.punct && /["«»“”']/.test(words[k]?.text ?? "")) k++;
  return words[k];
}

/** Whether a source names a document (البيان، التقرير): it speaks for an author told before. */
function documentSource(ctx: SentenceContext, name: string): boolean {
  const head = name.split(/\s+/)[0] ?? "";
  return ctx.cues.hasKey(wordKey(head).replace(/^ال/, ""), "document");
}

/**
 * The speaker of the report before this sentence: the source of the last reporting frame told (a mention of the
 * sentence before when it names one there, else the source itself), else (when asked) the last actor1.
 */
function previousSpeaker(ctx: SentenceContext, lastActor = true): Mention[] {
  const src = ctx.carried[ctx.carried.length - 1];
  const prev = ctx.previousMentions ?? [];
  if (src && src.start !== undefined && !documentSource(ctx, src.name_ar)) {
    const m = actorInSource(prev, src);
    if (m) return withCoordinated(prev, m);
    if (src.kind && src.kind !== "media" && src.kind !== "anonymous") return [sourceAsMention(src, [])];
  }
  return lastActor ? ctx.previousActor1 : [];
}

/**
 * The speaker of the last reporting frame before t in the sentence (its source phrase), if it names one; a frame
 * whose source is a document (وذكر البيان) speaks for the speaker of the report before.
 */
function frameSpeaker(ctx: SentenceContext, t: number): Mention[] {
  const frame = [...ctx.frames].reverse().find((f) => f.at < t);
  if (!frame) return [];
  const m = frameSpeakerMention(ctx, frame);
  if (m) return withCoordinated(ctx.mentions, m);
  const src = frame.chain[frame.chain.length - 1];
  if (src && documentSource(ctx, src.name_ar)) return previousSpeaker(ctx);
  const inChain = src ? actorInSource(ctx.mentions, src) : undefined;
  return inChain ? withCoordinated(ctx.mentions, inChain) : [];
}

/** The speaker a statement verb with no subject in its clause takes from the discourse, or [] when none fits. */
export function impliedSpeaker(ctx: SentenceContext, match: TriggerMatch): Mention[] {
  const { words } = ctx.view;
  const { entry } = match;
  const t = match.first;
  if (entry.pos !== "verb" || entry.passive) return [];
  const form = entry.words[0] ?? words[t]?.text ?? "";
  const agreement = verbAgreement(form, entry.tense);
  // the speakers when every one agrees with the verb (or the pronoun) they speak through, else none
  const agreeing = (a: Agreement) => (ms: Mention[]) =>
    ms.length && ms.every((m) => agrees(m, a)) ? ms : [];
  const fits = agreeing(agreement);
  const bareActor = (m: Mention) => isActor(m) && !m.prep && !m.adjectival;
  const next = nextContent(words, match.last);
  const prev = words[t - 1];
  const prevKey = wordKey(prev?.text ?? "");

  // عبرت تونس عن إدانتها، وأكدت الوزارة إدانتها، مؤكدة رفضها: a stance noun (a masdar the lexicon reads as a verb
  // with an object pronoun: إدانتها، رفضها، دعوتها) after the verb that voices or reports it has for speaker the
  // antecedent of its pronoun suffix: the subject of that verb, agreeing with the pronoun (ها feminine, ه masculine)
  const pronAgreement: Agreement =
    match.pron === "ها"
      ? "f"
      : match.pron === "ه"
        ? "m"
        : match.pron === "هم" || match.pron === "هما"
          ? "pl"
          : null;
  if (pronAgreement) {
    const fitsPron = agreeing(pronAgreement);
    // (quote marks may stand between: عبرت تونس عن "إدانتها الشديدة")
    let q = t;
    while (q > 0 && words[q - 1]?.punct && /["«»“”']/.test(words[q - 1]?.text ?? "")) q--;
    const voiced = fitsPron(voiceSpeaker(ctx, q, undefined, match));
    if (voiced.length) return voiced;
    const before = words[q - 1];
    if (before && ctx.cues.is(before, "report_cont")) return fitsPron(sentenceSpeaker(ctx, t));
    if (before && ctx.cues.is(before, "report")) return fitsPron(frameSpeaker(ctx, t));
    // (وأكدت الوزارة "إدانتها": the subject of the report verb stands between)
    const reporter = [...ctx.mentions].reverse().find((m) => m.last === q && bareActor(m));
    if (reporter && ctx.cues.is(words[reporter.first - 1], "report"))
      return fitsPron(withCoordinated(ctx.mentions, reporter));
  }

  // أصدرت وزارة الخارجية بيانا، دانت فيه …؛ كتب هنت مقالا دعا فيه …: the pronoun of فيه/فيها stands for the
  // document, and the one who issued it speaks (the nearest bare actor before the verb)
  if (next && /^في(ه|ها|هما)$/.test(wordKey(next.text))) {
    const issuer = [...ctx.mentions].reverse().find((m) => m.last <= t && bareActor(m));
    return issuer ? fits(withCoordinated(ctx.mentions, issuer)) : [];
  }

  // قالت المتحدثة: "ندعو الأطراف …"، "أعتذر …": a verb in the first person is said by the quote's speaker
  const firstSingular =
    entry.tense === "present" &&
    form.startsWith("أ") &&
    /^[اإ]/.test(entry.lemma) &&
    !/^[اأإ]/.test(form.slice(1));
  const firstPlural =
    /^و?ن/.test(wordKey(form)) && entry.tense === "present" && !wordKey(entry.lemma).startsWith("ن");
  const firstPluralPast = entry.tense === "past" && /نا$/.test(form) && !/نا$/.test(entry.lemma);
  if (firstSingular || firstPlural || firstPluralPast) {
    // ("ندين …"، قالت الحكومة: a frame after the quote tells its speaker)
    const trailing = ctx.frames.find((f) => f.at > t && f.contentStart < 0);
    if (trailing) return frameSpeaker(ctx, trailing.at + 1);
    const speaker = frameSpeaker(ctx, t);
    if (speaker.length) return speaker;
    return ctx.frames.some((f) => f.at < t) ? [] : previousSpeaker(ctx);
  }

  // وأوضح بوريسوف أنه رفض …، فقال إنه طلب …: a pronoun after أن/إن is the one who reports (the speaker of the frame
  // before, agreeing with the verb)
  if (prev && ctx.cues.is(prev, "complement") && /^[اأإب]?ان(ه|ها|هم|هما)$/.test(prevKey)) {
    const speaker = fits(frameSpeaker(ctx, t));
    if (speaker.length) return speaker;
  }

  // ودعت إلى …، وطالب بالإفراج …، كما طالب …، ثم حذر من …: a verb joined to the clause before with no subject after
  // it (a preposition, أن, a demonstrative, ما or a quote follows) continues the subject of the clause before:
  // the speaker of the sentence, or (opening the sentence) the speaker of the sentence before
  const joined =
    match.conj ||
    ["كما", "وكما", "ثم", "فيما", "بينما"].includes(prevKey) ||
    (!!prev?.punct && /^[،,]$/.test(prev.text));
  const noSubjectAfter =
    !next ||
    next.punct ||
    ctx.cues.is(next, "prep") ||
    ctx.cues.is(next, "complement") ||
    ctx.cues.is(next, "demonstrative") ||
    ctx.cues.is(next, "relative") ||
    next.readings.some((r) => !!r.prep) ||
    ctx.mentions.some((m) => m.first === next.i && !!m.prep);
  if (joined && noSubjectAfter) {
    // (only a statement continues a statement: after a report frame, its speaker; at the head of a sentence after
    // one that ends in a report, that report's speaker; after any other clause, no one)
    if (ctx.frames.some((f) => f.at < t)) return fits(frameSpeaker(ctx, t));
    if (t <= 1) return fits(previousSpeaker(ctx, false));
  }
  return [];
}

/** The forms of صادر "issued" that name a document's issuer after عن/من (بيان صادر عن الحزب). */
const ISSUED = /^(ال)?صادر(ه)?$/;

/**
 * A document as the subject of a statement verb of calling, warning or accusing speaks for the one who issued it
 * (session 24): وطالب بيان صادر عن
 * الحزب الحكومة بالاستقالة، اتهم تقرير جديد لمنظمة العفو الدولية الجيش، ودعا بيان المجلس الميليشيات إلى …: the issuer
 * named after the document (its genitive, after ل, or after صادر عن) speaks; ودعا البيان الحكومة إلى …، لكن البيان دعا
 * إلى …: "the statement" speaks for the speaker told before it (the last one of its sentence, else the report or the
 * statement before). `undefined` when the verb's subject is no document; an empty speaker when it is a document no
 * one is named for (حذرت رسالة النواب): the noun after it is its object, never its speaker.
 */
export function documentSpeaker(
  ctx: SentenceContext,
  match: TriggerMatch,
): { speaker: Mention[]; end: number; inClause: boolean } | undefined {
  const { words } = ctx.view;
  // only a verb whose object is a party (دعا، طالب، حث، حذر، هدد، اتهم) has a document after it for its subject;
  // one of stance (رفض، أدان، انتقد، رحب، نفى) takes the document as its object (ورفض القرار، وانتقد التقرير)
  const { type, mode } = match.entry;
  if (!(type === "REQUEST" || type === "THREATEN" || (type === "ACCUSE" && mode === "allege")))
    return undefined;
  const bareKey = (w: Word | undefined) => (w && !w.punct ? wordKey(w.text).replace(/^[وف]?ال/, "") : "");
  // (not in the accusative: أصدرت الوزارة بيانا is the document issued, not the one speaking)
  const isDocument = (w: Word | undefined) =>
    !!w && !w.punct && ctx.cues.hasKey(bareKey(w), "document") && !/ا$/.test(bareKey(w));
  // VSO: the document right after the verb, past a time or a comma (ودعا، الأحد، البيان …)
  const k = pastTimesAndCommas(ctx, match.last, 4);
  const after = isDocument(words[k]) && !ctx.mentions.some((m) => m.first <= k && k < m.last) ? k : -1;
  // SVO: "the statement" right before the verb (لكن البيان دعا)
  const prev = words[match.first - 1];
  const before =
    prev &&
    !match.conj &&
    isDocument(prev) &&
    /^[وف]?ال/.test(wordKey(prev.text)) &&
    !ctx.mentions.some((m) => m.last === match.first)
      ? match.first - 1
      : -1;
  const at = after >= 0 ? after : before;
  if (at < 0) return undefined;
  // the issuer: a party named within three words after the document, bare (its genitive: بيان الحزب, never after
  // البيان, which takes none: البيان الحكومة is the statement and its object), after ل, or after صادر عن/من
  const definite = /^[وف]?ال/.test(wordKey(words[at]?.text ?? ""));
  const issuer = ctx.mentions.find(
    (m) =>
      m.first > at &&
      m.first <= at + 3 &&
      isActor(m) &&
      !m.adjectival &&
      !words.slice(at + 1, m.first).some((w) => w.punct) &&
      (m.first === at + 1
        ? (!m.prep && !definite) || m.prep === "ل"
        : m.prep === "ل" ||
          ((m.prep === "عن" || m.prep === "من") && ISSUED.test(bareKey(words[m.first - 2])))),
  );
  if (issuer && !ctx.mentions.some((m) => m.first > at && m.first < issuer.first))
    return { speaker: withCoordinated(ctx.mentions, issuer), end: issuer.last, inClause: true };
  if (!definite) return { speaker: [], end: at + 1, inClause: false };
  const told = ctx.lastActor1.length ? ctx.lastActor1 : issuerTold(ctx, match.first);
  return { speaker: told.length ? told : previousSpeaker(ctx), end: at + 1, inClause: false };
}

/**
 * The one told issuing a document in this sentence before word t or in the sentence before (أصدرت وزارة الخارجية
 * الفرنسية بيانا السبت، دانت فيه …): the last bare party before the document in the accusative (بيانا، تقريرا).
 */
function issuerTold(ctx: SentenceContext, t: number): Mention[] {
  const issuedAt = (text: string, from: number): number => {
    let at = -1;
    for (const m of text.matchAll(/[^\s،,.:"«»]+/g)) {
      const k = wordKey(m[0]).replace(/^[وف]/, "");
      if (k.endsWith("ا") && ctx.cues.hasKey(k.slice(0, -1), "document")) at = from + (m.index ?? 0);
    }
    return at;
  };
  const partyBefore = (mentions: Mention[], at: number) =>
    [...mentions].reverse().find((m) => m.end <= at && isActor(m) && !m.prep && !m.adjectival);
  const { view, doc } = ctx;
  const here = view.words[t];
  const hereAt = here ? issuedAt(doc.text.slice(view.start, here.start), view.start) : -1;
  const inSentence = hereAt >= 0 ? partyBefore(ctx.mentions, hereAt) : undefined;
  if (inSentence) return withCoordinated(ctx.mentions, inSentence);
  const prev = ctx.previousMentions ?? [];
  const from = prev[0]?.start;
  if (from === undefined) return [];
  const prevAt = issuedAt(doc.text.slice(from, view.start), from);
  const before = prevAt >= 0 ? partyBefore(prev, prevAt) : undefined;
  return before ? withCoordinated(prev, before) : [];
}
