// Bytes to text for ingested files and fetched feeds. The "cli" helper's input readers will own decoding
// for the whole CLI; this stays minimal and is replaced by theirs once it lands.

/** UTF-8 or UTF-16 by byte-order mark; otherwise UTF-8, falling back to Windows-1256 (older Arabic sites). */
export function decodeBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1256").decode(bytes);
  }
}
