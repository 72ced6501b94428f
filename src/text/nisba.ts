// The shape of a nisba (relational) adjective on a lookup key: مصري، عسكرية، إيرانيا، الجزائريين، سوريون. A shape
// only, no lexicon: the events stage uses it where an unknown word after a noun is most likely its adjective (قوات
// خاصة عسكرية، قاعدة عسكرية، 30 من عناصر الميليشيات المسلحة الإيرانية قتلوا). Keys are matchKey forms (ة → ه,
// ى → ي), so a feminine nisba ends in يه and على/حتى end in ي: the length floor keeps the short particles out.

const NISBA_ENDING = /(ي|يه|يا|يين|يون)$/;
const NISBA_ENDING_NOT_ACCUSATIVE = /(ي|يه|يين|يون)$/;

/**
 * Whether a key has the shape of a nisba adjective (singular, feminine, accusative or sound plural) and at least
 * `minLength` letters (4: عربي، جويه; a caller that meets more short words of that ending asks for 5). With
 * `accusative: false` the accusative singular (عسكريا) is not counted.
 */
export function nisbaShaped(
  key: string,
  options: { minLength?: number; accusative?: boolean } = {},
): boolean {
  const { minLength = 4, accusative = true } = options;
  if (key.length < minLength) return false;
  return (accusative ? NISBA_ENDING : NISBA_ENDING_NOT_ACCUSATIVE).test(key);
}
