import { describe, expect, it } from "vitest";
import { DecodeError, decodeBytes, firstInvalidUtf8 } from "./decode.ts";

const utf16 = (text: string, endian: "le" | "be") => {
  const le = Buffer.from(text, "utf16le");
  if (endian === "le") return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.from(le);
  be.swap16();
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};

describe("decodeBytes", () => {
  it("reads UTF-8 and strips a BOM so offsets count from the first real character", () => {
    const text = decodeBytes(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("قتل 3 في بنغازي")]),
    );
    expect(text).toBe("قتل 3 في بنغازي");
    expect(text.indexOf("بنغازي")).toBe(9);
  });

  it("decodes UTF-16 LE and BE when a BOM says so", () => {
    expect(decodeBytes(utf16("ليبيا\nمصر", "le"))).toBe("ليبيا\nمصر");
    expect(decodeBytes(utf16("ليبيا\nمصر", "be"))).toBe("ليبيا\nمصر");
  });

  it("refuses empty input, blank input and a lone BOM", () => {
    expect(() => decodeBytes(new Uint8Array())).toThrow("is empty");
    expect(() => decodeBytes(Buffer.from(" \n\t "))).toThrow("is empty");
    expect(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]))).toThrow("byte-order mark");
  });

  it("refuses binary data (NUL bytes) with a clear message", () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    expect(() => decodeBytes(png)).toThrow(DecodeError);
    expect(() => decodeBytes(png)).toThrow(/binary data.*offset 8/);
  });

  it("refuses invalid UTF-8 and names the first bad byte and how to convert", () => {
    // "ليبيا" in windows-1256 is not UTF-8.
    const cp1256 = Buffer.from([0xe1, 0xed, 0xc8, 0xed, 0xc7]);
    expect(() => decodeBytes(cp1256)).toThrow(/not valid UTF-8 \(first bad byte at offset 0\).*iconv/);
    expect(() => decodeBytes(Buffer.concat([Buffer.from("abc "), Buffer.from([0xff])]))).toThrow(/offset 4/);
  });
});

describe("firstInvalidUtf8", () => {
  it("skips valid multi-byte sequences and stops at truncated or overlong ones", () => {
    expect(firstInvalidUtf8(Buffer.from("بنغازي"))).toBe(12);
    expect(firstInvalidUtf8(Buffer.from([0xd8]))).toBe(0);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe0, 0x80, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0);
  });
});
