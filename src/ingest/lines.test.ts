import { describe, expect, it } from "vitest";
import { type Line, readLines } from "./lines.ts";

async function collect(chunks: Uint8Array[], maxLineBytes?: number): Promise<Line[]> {
  async function* source() {
    for (const chunk of chunks) yield chunk;
  }
  const lines: Line[] = [];
  for await (const line of readLines(source(), { maxLineBytes })) lines.push(line);
  return lines;
}

describe("readLines", () => {
  it("numbers lines from 1, drops CR of CRLF and keeps a last line without newline", async () => {
    const lines = await collect([Buffer.from("a\r\nب\n\nc")]);
    expect(lines).toEqual([
      { number: 1, text: "a" },
      { number: 2, text: "ب" },
      { number: 3, text: "" },
      { number: 4, text: "c" },
    ]);
  });

  it("joins a character split across chunks", async () => {
    const bytes = Buffer.from("ليبيا\nمصر\n");
    const lines = await collect([bytes.subarray(0, 3), bytes.subarray(3, 12), bytes.subarray(12)]);
    expect(lines.map((l) => ("text" in l ? l.text : l.error))).toEqual(["ليبيا", "مصر"]);
  });

  it("reports a line of bad UTF-8 by number and goes on", async () => {
    const lines = await collect([
      Buffer.from("ok\n"),
      Buffer.from([0x41, 0xff, 0x0a]),
      Buffer.from("next\n"),
    ]);
    expect(lines[0]).toEqual({ number: 1, text: "ok" });
    expect(lines[1].number).toBe(2);
    expect(lines[1].error).toMatch(/not valid UTF-8/);
    expect(lines[2]).toEqual({ number: 3, text: "next" });
  });

  it("strips a UTF-8 BOM and decodes UTF-16 LE after its BOM", async () => {
    const bom = await collect([Buffer.from([0xef, 0xbb]), Buffer.from([0xbf, 0x7b, 0x7d, 0x0a])]);
    expect(bom).toEqual([{ number: 1, text: "{}" }]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("أ\r\nب", "utf16le")]);
    expect(await collect([utf16.subarray(0, 3), utf16.subarray(3)])).toEqual([
      { number: 1, text: "أ" },
      { number: 2, text: "ب" },
    ]);
  });

  it("skips a line longer than the limit without holding it, and reads the next", async () => {
    const long = Buffer.alloc(5000, 0x61);
    const lines = await collect(
      [long.subarray(0, 2000), long.subarray(2000), Buffer.from("\nshort\n")],
      1000,
    );
    expect(lines[0].error).toMatch(/longer than/);
    expect(lines[1]).toEqual({ number: 2, text: "short" });
  });

  it("yields nothing for an empty stream", async () => {
    expect(await collect([])).toEqual([]);
  });
});
