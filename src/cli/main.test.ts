import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateDocumentJson } from "../doc/validate.ts";
import { repoRoot, sharedDir } from "../paths.ts";

// These tests run the real CLI as a user would (`node bin/marsad.js …`): exit codes, stdout and stderr.

const bin = resolve(repoRoot, "bin/marsad.js");
let dir: string;
const at = (name: string) => join(dir, name);

function marsad(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, MARSAD_DEBUG: "" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A user error is one line on stderr, names the input, and never shows a stack trace. */
function expectOneLineError(stderr: string, ...parts: (string | RegExp)[]) {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  for (const part of parts) expect(lines[0]).toMatch(part);
  expect(stderr).not.toMatch(/\n\s+at /);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  mkdirSync(at("folder"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("marsad --help", () => {
  it("lists the commands with examples and exit codes", () => {
    const { code, stdout } = marsad(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/extract \[options\] \[inputs\.\.\.\]/);
    expect(stdout).toMatch(/summary/);
    expect(stdout).toMatch(/Examples:/);
  });

  it.each(["extract", "summary"])("%s --help shows its options and examples", (command) => {
    const { code, stdout } = marsad([command, "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/--published <date>/);
    expect(stdout).toMatch(/Examples:\n {2}\$ marsad /);
    expect(stdout).toMatch(/Exit codes:/);
  });

  it("rejects a bad option value with the expected form and no stack trace", () => {
    const { code, stderr } = marsad(["extract", "--published", "02/08/2014", "x.txt"]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/'02\/08\/2014' is invalid\. expected a calendar date as YYYY-MM-DD/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe("marsad extract", () => {
  it("prints schema-valid JSON for the seed article, with its text untouched", () => {
    const seed = join(sharedDir(), "seed/libya-2014-08-02.ar.txt");
    const { code, stdout, stderr } = marsad(["extract", "--published", "2014-08-02", seed]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(validateDocumentJson(doc).errors).toEqual([]);
    expect(doc).toMatchObject({ id: "libya-2014-08-02.ar", published: "2014-08-02" });
    expect(doc.text).toBe(readFileSync(seed, "utf8"));
    expect(doc.sentences).toHaveLength(10);
    expect(doc).not.toHaveProperty("tokens");
  });

  it("prints one object per line with --format jsonl, and a JSON array for several articles with json", () => {
    const lines = [1, 2, 3].map((n) => JSON.stringify({ id: `a${n}`, text: `خبر رقم ${n}.` })).join("\n");
    writeFileSync(at("three.jsonl"), lines);
    const jsonl = marsad(["extract", "--format", "jsonl", at("three.jsonl")]);
    expect(jsonl.code).toBe(0);
    expect(
      jsonl.stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["a1", "a2", "a3"]);
    const json = marsad(["extract", at("three.jsonl")]);
    const array = JSON.parse(json.stdout);
    expect(array.map((d: { id: string }) => d.id)).toEqual(["a1", "a2", "a3"]);
    for (const doc of array) expect(validateDocumentJson(doc).valid).toBe(true);
  });

  it("reads stdin and applies --source", () => {
    const { code, stdout } = marsad(
      ["extract", "--source", "test", "--published", "2014-08-02"],
      "قتل 3 في بنغازي.",
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: "stdin", source: "test", text: "قتل 3 في بنغازي." });
  });

  it("extracts the main text of an HTML page; offsets point into the extracted text", () => {
    writeFileSync(
      at("page.html"),
      "<html><head><title>خبر</title><script>var a=1</script></head><body><nav>قائمة</nav><p>قتل 3 في بنغازي.</p></body></html>",
    );
    const { code, stdout } = marsad(["extract", at("page.html")]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ title: "خبر", text: "قتل 3 في بنغازي." });
    for (const s of doc.sentences) expect(s.end).toBeLessThanOrEqual(doc.text.length);
  });
});

describe("marsad extract on bad input", () => {
  it("an empty file: one-line error naming it, exit 1", () => {
    writeFileSync(at("empty.txt"), "");
    const { code, stdout, stderr } = marsad(["extract", at("empty.txt")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expectOneLineError(stderr, `${at("empty.txt")}: is empty`);
  });

  it("binary data: one-line error, exit 1", () => {
    writeFileSync(
      at("image.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49]),
    );
    const { code, stderr } = marsad(["extract", at("image.txt")]);
    expect(code).toBe(1);
    expectOneLineError(stderr, at("image.txt"), /looks like binary data/);
  });

  it("invalid UTF-8 (a windows-1256 file): one-line error with the byte offset, exit 1", () => {
    writeFileSync(at("cp1256.txt"), Buffer.from([0xe1, 0xed, 0xc8, 0xed, 0xc7, 0x20]));
    const { code, stderr } = marsad(["extract", at("cp1256.txt")]);
    expect(code).toBe(1);
    expectOneLineError(stderr, at("cp1256.txt"), /not valid UTF-8 \(first bad byte at offset 0\)/);
  });

  it.each([
    ["le", false],
    ["be", true],
  ] as const)("UTF-16 %s with a BOM is decoded", (name, swap) => {
    const body = Buffer.from("قتل 3 في بنغازي.", "utf16le");
    if (swap) body.swap16();
    const bom = swap ? [0xfe, 0xff] : [0xff, 0xfe];
    writeFileSync(at(`utf16${name}.txt`), Buffer.concat([Buffer.from(bom), body]));
    const { code, stdout, stderr } = marsad(["extract", at(`utf16${name}.txt`)]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).text).toBe("قتل 3 في بنغازي.");
  });

  it("a UTF-8 BOM is stripped, so offsets are relative to the text without it", () => {
    writeFileSync(at("bom.txt"), `\ufeffقتل 3 في بنغازي.`);
    const { code, stdout } = marsad(["extract", at("bom.txt")]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.text).toBe("قتل 3 في بنغازي.");
    expect(doc.sentences).toEqual([{ start: 0, end: doc.text.length }]);
  });

  // A 50 MB "article" is many articles glued together; the whole analysis of it would take many minutes,
  // so it is refused at once with a clear message (the limit can be raised, shown with a smaller file).
  it("a 50 MB text: one-line error that says how to go on, exit 1, at once", () => {
    const paragraph = `${readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8")}\n`;
    writeFileSync(
      at("big.txt"),
      paragraph.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(paragraph))),
    );
    const started = Date.now();
    const { code, stdout, stderr } = marsad(["extract", at("big.txt")]);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expectOneLineError(
      stderr,
      `${at("big.txt")}: is 50 MB, more than the 10 MB one article may have`,
      /--max-article-mb/,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("--max-article-mb sets the limit: a file above it is refused, below it analysed", () => {
    const paragraph = `${readFileSync(join(sharedDir(), "seed/libya-2014-08-02.ar.txt"), "utf8")}\n`;
    writeFileSync(at("medium.txt"), paragraph.repeat(40)); // about 0.2 MB
    const refused = marsad(["extract", "--max-article-mb", "0.1", at("medium.txt")]);
    expect(refused.code).toBe(1);
    expectOneLineError(
      refused.stderr,
      `${at("medium.txt")}: is 207 KB, more than the 102 KB one article may have`,
    );
    const analysed = marsad(["extract", "--format", "jsonl", "--max-article-mb", "1", at("medium.txt")]);
    expect(analysed.code).toBe(0);
    expect(JSON.parse(analysed.stdout).sentences).toHaveLength(400);
  });

  it("a truncated JSONL line is reported with its line number; the other lines are analysed; exit 2", () => {
    writeFileSync(
      at("cut.jsonl"),
      `${JSON.stringify({ id: "ok1", text: "خبر أول." })}\n{"id": "cut", "text": "خبر مقط\n${JSON.stringify({ id: "ok2", text: "خبر ثالث." })}\n`,
    );
    const { code, stdout, stderr } = marsad(["extract", "--format", "jsonl", at("cut.jsonl")]);
    expect(code).toBe(2);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["ok1", "ok2"]);
    expectOneLineError(stderr, `${at("cut.jsonl")}:2: truncated JSON`);
  });

  it("a missing path: one-line error, exit 1; with a good file beside it: exit 2 and the good one printed", () => {
    const missing = marsad(["extract", at("nowhere.txt")]);
    expect(missing.code).toBe(1);
    expectOneLineError(missing.stderr, `${at("nowhere.txt")}: no such file`);
    writeFileSync(at("good.txt"), "خبر.");
    const mixed = marsad(["extract", at("nowhere.txt"), at("good.txt")]);
    expect(mixed.code).toBe(2);
    expect(JSON.parse(mixed.stdout).id).toBe("good");
  });

  it("a folder with no article files: one-line error, exit 1", () => {
    const { code, stderr } = marsad(["extract", at("folder")]);
    expect(code).toBe(1);
    expectOneLineError(stderr, `${at("folder")}: is a folder with no article files`);
  });
});

describe("marsad extract streams JSONL", () => {
  it("writes each article as soon as its line is read, before the input ends (constant memory)", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [bin, "extract", "--format", "jsonl", "-"], { stdio: "pipe" });
    let stdout = "";
    const firstLine = new Promise<string>((done) => {
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString("utf8");
        if (stdout.includes("\n")) done(stdout.split("\n")[0]);
      });
    });
    child.stdin.write(`${JSON.stringify({ id: "first", text: "خبر أول." })}\n`);
    // The second line is sent only after the first article came out: a reader that slurped stdin would hang here.
    expect(JSON.parse(await firstLine).id).toBe("first");
    child.stdin.end(`${JSON.stringify({ id: "second", text: "خبر ثان." })}\n`);
    const code = await new Promise<number | null>((done) => child.on("close", done));
    expect(code).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(["first", "second"]);
  });

  it("reports a JSONL line of invalid UTF-8 with its number and goes on (exit 2)", () => {
    const good = Buffer.from(`${JSON.stringify({ id: "ok", text: "خبر." })}\n`);
    writeFileSync(at("bad-bytes.jsonl"), Buffer.concat([good, Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), good]));
    const { code, stdout, stderr } = marsad(["extract", "--format", "jsonl", at("bad-bytes.jsonl")]);
    expect(code).toBe(2);
    expect(stdout.trimEnd().split("\n")).toHaveLength(2);
    expectOneLineError(stderr, `${at("bad-bytes.jsonl")}:2: line is not valid UTF-8`);
  });
});
