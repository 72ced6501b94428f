/**
 * Turns the bytes of an input file into text, or says clearly why it cannot: UTF-8 (a BOM is stripped, so
 * offsets count from the first real character), UTF-16 LE/BE with a BOM, and nothing else. Legacy Arabic
 * encodings (windows-1256, ISO-8859-6) are refused with a hint rather than guessed.
 */

export type Encoding = "utf-8" | "utf-16le" | "utf-16be";

export class DecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DecodeError";
  }
}

/** The encoding a BOM at the start of `bytes` announces, and how many bytes the BOM takes. */
export function sniffBom(bytes: Uint8Array): { encoding: Encoding; bomLength: number } {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", bomLength: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { encoding: "utf-16le", bomLength: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

const CONVERT_HINT = "convert it to UTF-8 first, e.g. `iconv -f windows-1256 -t utf-8`";

/** Decodes a whole input. Throws DecodeError for empty, binary or wrongly encoded data. */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new DecodeError("is empty");
  const { encoding, bomLength } = sniffBom(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === "utf-8") checkNotBinary(body);
  const text = decodeStrict(body, encoding);
  if (text.trim().length === 0)
    throw new DecodeError(bomLength ? "holds nothing but a byte-order mark" : "is empty");
  if (encoding !== "utf-8" && text.includes("\u0000")) {
    throw new DecodeError(`looks like binary data (NUL characters after its ${encoding} byte-order mark)`);
  }
  return text;
}

/** UTF-8 without BOM must not contain NUL bytes: text never does, binary files (images, zips, PDFs) almost always. */
export function checkNotBinary(bytes: Uint8Array): void {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new DecodeError(
      `looks like binary data, not text (NUL byte at offset ${nul}); UTF-16 text needs a byte-order mark`,
    );
  }
}

export function decodeStrict(bytes: Uint8Array, encoding: Encoding = "utf-8"): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    if (encoding !== "utf-8") throw new DecodeError(`is not valid ${encoding.toUpperCase()} text`);
    throw new DecodeError(
      `is not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)}); ${CONVERT_HINT}`,
    );
  }
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    if (i + need >= bytes.length && need > 0) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    // Overlong three-byte forms and UTF-16 surrogates encoded in UTF-8 are invalid too.
    if (b === 0xe0 && bytes[i + 1] < 0xa0) return i;
    if (b === 0xed && bytes[i + 1] >= 0xa0) return i;
    if (b === 0xf0 && bytes[i + 1] < 0x90) return i;
    if (b === 0xf4 && bytes[i + 1] >= 0x90) return i;
    i += need + 1;
  }
  return i;
}
