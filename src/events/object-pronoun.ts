// The one an arrest, a detention, a release or a conviction befalls, told by a pronoun (session 26, evobj26): Arabic news
// names the person once and goes on with a pronoun (تمكنت الوحدات من القبض على شخص … وتم إيداعه السجن؛ اعتقل الأمن
// الناشط … وجاء اعتقاله بعد …؛ أطلقت الجماعة سراحها؛ تم القبض عليهم). The pronoun stands for the closest party
// before it that agrees with it in number and gender and is not the one who acts; with no such party actor2 stays
// empty rather than a guess. readCandidate (detect.ts) asks here only when it read no actor2 of its own.
import { wordKey } from "./key.ts";
import type { Mention } from "./mentions.ts";
import type { TriggerMatch } from "./triggers.ts";
import type { Word } from "./view.ts";
import { readings } from "./words.ts";

/** The events whose actor2 is the one they befall: an arrest or a detention, a release, a conviction. */
export function befallsPatient(type: string, mode: string | null | undefined): boolean {
  return (
    (type === "COERCE" && mode === "arrest") ||
    (type === "RETREAT" && mode === "release") ||
    (type === "SANCTION" && mode === "convict")
  );
}

/** The third person pronouns an object can be: him, her (or things), them, the two of them. */
export type ObjectPronoun = "ه" | "ها" | "هم" | "هما";
const OBJECT_PRONOUNS = new Set<string>(["ه", "ها", "هم", "هما"]);

/** The prepositions an arrest or a release takes its patient through (القبض عليه، الإفراج عنه). */
const PATIENT_PREPS = new Set(["علي", "عن"]);

/** Forces and authorities arrest and release; the pronoun of the one arrested never stands for them. */
const ACTING_KINDS = new Set(["police", "military", "government"]);

/**
 * The pronoun that is the patient of the trigger: on its last word (اعتقاله، إيداعها، اعتقلته، إطلاق سراحهم) or on
 * على/عن right after it (القبض عليه، الإفراج عنهما). Null when the patient is not told by a pronoun.
 */
export function patientPronoun(words: Word[], match: TriggerMatch): ObjectPronoun | null {
  const last = words[match.last - 1];
  const own =
    match.last - match.first === 1
      ? match.pron
      : (last?.readings.find((r) => r.pron && !r.det && !r.prep)?.pron ?? null);
  if (own && OBJECT_PRONOUNS.has(own)) return own as ObjectPronoun;
  const next = words[match.last];
  const onPrep =
    next && !next.punct ? next.readings.find((r) => r.pron && PATIENT_PREPS.has(r.key)) : undefined;
  if (onPrep?.pron && OBJECT_PRONOUNS.has(onPrep.pron)) return onPrep.pron as ObjectPronoun;
  return null;
}

/** The key of a mention's first word, where its number and gender show (الموقوفون، الطبيبة، مهربين). */
function headKey(m: Mention): string {
  return wordKey(m.text.split(/\s+/)[0] ?? "");
}

/**
 * Whether a party agrees with the pronoun: ه a man or a masculine singular noun, ها a woman, a feminine noun or a
 * plural of things, هم a plural or a list, هما two (a dual or a list of two). A name of a person tells no gender:
 * it agrees with either singular; a body named by its own name (an ORG entity) with none.
 */
export function agreesWithPronoun(m: Mention, pron: ObjectPronoun): boolean {
  const head = headKey(m);
  const plural = m.coordinated || /(ون|ين|ات|ان)$/.test(head);
  const feminine = /(ه|ات)$/.test(head);
  const named = m.source === "entity" && m.kind === "person";
  // (a noun that carries the same pronoun is theirs, not them: لا يعلم البحارة وعائلاتهم متى يتم إطلاق سراحهم)
  if (readings(m.text.split(/\s+/)[0] ?? "").some((r) => r.pron === pron)) return false;
  // (a body named by its own name, ستارباكس، الأمم المتحدة, is arrested or freed by no one)
  if (m.source === "entity" && !named) return false;
  // (a people word may be a broken plural: أشخاص، عناصر، رهائن)
  if (pron === "هم" || pron === "هما") return plural || (!named && m.kind !== "person" && !feminine);
  if (named) return !m.coordinated;
  if (pron === "ها") return feminine;
  return !plural && !feminine;
}

/**
 * The party a patient pronoun stands for: the closest mention before the trigger in its sentence (else in the
 * sentence before) that agrees with it and can be arrested — no state, place or nisba, no force or authority, none
 * of the event's own actor1. Undefined when none is.
 */
export function pronounAntecedent(
  mentions: Mention[],
  previous: Mention[],
  t: number,
  pron: ObjectPronoun,
  actor1: Mention[],
): Mention | undefined {
  const held = (m: Mention) =>
    !m.adjectival &&
    !m.state &&
    !m.place &&
    !actor1.includes(m) &&
    !(m.kind && ACTING_KINDS.has(m.kind)) &&
    agreesWithPronoun(m, pron);
  return [...mentions].reverse().find((m) => m.last <= t && held(m)) ?? [...previous].reverse().find(held);
}
