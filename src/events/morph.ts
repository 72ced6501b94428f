// Inflected forms of an Arabic verb from its two stems, so the trigger lexicon lists a verb once:
// the past (3rd masculine singular) and the present (3rd masculine singular, with its ي).
// Future (س، سوف) and conjunctions are clitics stripped at match time, so they are not generated here.

// no feminine plural ن: فرن، قتلن are far more often other words
const PAST_SUFFIXES = ["", "ت", "وا", "ا", "تا", "نا", "تم", "تما", "و"];
// no first person singular ا: اصل، انشر are more often nouns in news
const PRESENT_PREFIXES = ["ي", "ت", "ن"];
const PRESENT_SUFFIXES = ["", "ون", "ان", "ين", "وا", "ن", "ا", "و"];

/** Past forms of a verb key: قتل → قتل قتلت قتلوا قتلا قتلنا ... (final ى becomes ي/ا before suffixes). */
export function pastForms(past: string): string[] {
  const forms = new Set<string>();
  for (const suffix of PAST_SUFFIXES) {
    if (suffix === "") {
      forms.add(past);
      continue;
    }
    // استولى → استولت / استولوا; defective verbs drop or change the last letter before a suffix
    if (past.endsWith("ا") && past.length === 3) {
      // غزا → غزت، غزوا، غزونا
      const stem = past.slice(0, -1);
      forms.add(stem + suffix);
      forms.add(`${stem}و${suffix}`);
    } else if (past.endsWith("ي")) {
      const stem = past.slice(0, -1);
      forms.add(stem + suffix);
      forms.add(`${stem}ي${suffix}`);
      forms.add(`${stem}ا${suffix}`);
    } else {
      forms.add(past + suffix);
    }
  }
  // doubled verbs (شن، فر، هدد written هدد) also take the split form before consonant suffixes: شننا، فررنا
  if (past.length === 2) {
    const split = past + past.slice(-1);
    for (const suffix of ["ت", "نا", "تم"]) forms.add(split + suffix);
  }
  return [...forms];
}

/** Present forms of a verb key from its 3rd masculine singular: يشتبك → يشتبك تشتبك نشتبك اشتبك يشتبكون ... */
export function presentForms(present: string): string[] {
  const forms = new Set<string>();
  if (!/^[يت]/.test(present) || present.length < 2) return [present];
  const stem = present.slice(1);
  const stems = [stem];
  // يستولي → يستولون: the final ي drops before suffixes
  if (stem.endsWith("ي")) stems.push(stem.slice(0, -1));
  for (const prefix of PRESENT_PREFIXES) {
    for (const suffix of PRESENT_SUFFIXES) {
      for (const s of stems) forms.add(prefix + s + suffix);
    }
  }
  return [...forms];
}

/**
 * Case and number forms of a noun key that news write as separate spellings: the accusative with its tanween alef
 * (اشتباكاً → اشتباكا) and the dual (تفجيرين، تفجيران; مظاهرة → مظاهرتين، مظاهرتان). A noun ending in ة (key ه)
 * takes its accusative as a diacritic only, so it has no written accusative form.
 */
export function nounForms(noun: string): string[] {
  if (noun.length < 3 || /[اىءيو]$/.test(noun)) return [];
  if (noun.endsWith("ه")) {
    const stem = noun.slice(0, -1);
    return [`${stem}تين`, `${stem}تان`];
  }
  return [`${noun}ا`, `${noun}ين`, `${noun}ان`];
}
