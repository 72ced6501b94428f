// Groups of event types that several events modules treat alike, each defined once with a name that says its scope.

/**
 * Events told by words (a speech verb or a meeting): their speaker telling them does not make them claims
 * (stage.ts), and the confidence model weighs them as one group (`type:statement` in confidence-features.ts).
 */
export const SPEECH_TYPES: ReadonlySet<string> = new Set([
  "THREATEN",
  "ACCUSE",
  "REJECT",
  "REQUEST",
  "SUPPORT",
  "AGREE",
  "CONSULT",
]);

/**
 * Statements and decisions: made where their speaker is, not in the place they speak of (هددت إيران بضرب
 * القواعد في سوريا → Iran; stage.ts).
 */
export const SPEAKER_PLACED_TYPES: ReadonlySet<string> = new Set([
  "THREATEN",
  "ACCUSE",
  "REJECT",
  "REQUEST",
  "SUPPORT",
  "AGREE",
  "SANCTION",
  "CONCEDE",
]);
