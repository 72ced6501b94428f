// A throw-away copy of `src/` that a cause-table script (miss-causes.ts, drop-causes.ts) patches to record what the
// pipeline does inside, then runs a driver in: the shipped code is never touched. Patches quote the code they
// instrument, so a patch whose text has moved throws and names the script to update.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../src/paths.ts";

export interface InstrumentedSrc {
  /** Replaces `from` (which must be there) by `to` in the copy of `file` (a path from the repo root). */
  patch(file: string, from: string, to: string): void;
  /** Rewrites every `return null;` of detect.ts's readCandidate; `by(line, firstLine)` gets 1-based line numbers. */
  patchReadCandidateNulls(by: (line: number, firstLine: number) => string): void;
  /** Rewrites every `return null;` of detect.ts's function `name` (its header starts a line: `function name(`). */
  patchFunctionNulls(name: string, by: (line: number) => string): void;
  /**
   * Records each trigger the stage reads in `globalThis.__trace` (when the driver makes it an array): its word, its
   * type, and the line of readCandidate's `return null` that dropped it (`drop`) and of readModality's (`mod`), with
   * the fields `extra` adds (object-literal entries over `view`, `match` and `c`, the candidate or null).
   */
  traceTriggerFates(extra: string): void;
  /** Runs `driver` (TypeScript, imports from "./src/…") in the copy and returns the JSON it prints; removes the copy. */
  runDriver<T>(driver: string): T;
}

export function instrumentedSrc(prefix: string): InstrumentedSrc {
  const work = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(repoRoot, "src"), join(work, "src"), { recursive: true });
  for (const x of ["data", "models", "node_modules", "package.json", "tsconfig.json"])
    symlinkSync(join(repoRoot, x), join(work, x));
  const src: InstrumentedSrc = {
    patch(file, from, to) {
      const path = join(work, file);
      const text = readFileSync(path, "utf8");
      if (!text.includes(from)) throw new Error(`${file}: "${from.trim()}" has moved; update this script`);
      writeFileSync(path, text.replace(from, to));
    },
    patchReadCandidateNulls(by) {
      const detect = join(work, "src/events/detect.ts");
      const lines = readFileSync(detect, "utf8").split("\n");
      const from = lines.findIndex((l) => l.startsWith("export function readCandidate"));
      const to = lines.findIndex((l, i) => i > from && l.startsWith("}"));
      if (from < 0) throw new Error("detect.ts: readCandidate has moved; update this script");
      for (let i = from; i <= to; i++)
        lines[i] = (lines[i] ?? "").replaceAll("return null;", by(i + 1, from + 1));
      writeFileSync(detect, lines.join("\n"));
    },
    patchFunctionNulls(name, by) {
      const detect = join(work, "src/events/detect.ts");
      const lines = readFileSync(detect, "utf8").split("\n");
      const from = lines.findIndex((l) => new RegExp(`^(export )?function ${name}\\(`).test(l));
      const to = lines.findIndex((l, i) => i > from && l.startsWith("}"));
      if (from < 0) throw new Error(`detect.ts: ${name} has moved; update this script`);
      for (let i = from; i <= to; i++) lines[i] = (lines[i] ?? "").replaceAll("return null;", by(i + 1));
      writeFileSync(detect, lines.join("\n"));
    },
    traceTriggerFates(extra) {
      src.patchReadCandidateNulls((line) => `return ((globalThis as any).__drop = ${line}, null);`);
      src.patchFunctionNulls("readModality", (line) => `return ((globalThis as any).__mod = ${line}, null);`);
      const call = "      const c = readCandidate(ctx, match);\n";
      src.patch(
        "src/events/stage.ts",
        call,
        `${call}      { const g = globalThis as any; g.__trace?.push({ word: view.words[match.first]?.text, type: match.entry.type, drop: c ? null : g.__drop, mod: c ? null : g.__mod, ${extra} }); g.__drop = undefined; g.__mod = undefined; }\n`,
      );
    },
    runDriver<T>(driver: string): T {
      writeFileSync(join(work, "driver.ts"), driver);
      const run = spawnSync(process.execPath, ["--import", "tsx", "driver.ts"], {
        cwd: work,
        encoding: "utf8",
        maxBuffer: 1 << 28,
        env: { ...process.env, MARSAD_SHARED: process.env.MARSAD_SHARED ?? join(repoRoot, "../shared") },
      });
      rmSync(work, { recursive: true, force: true });
      if (run.status !== 0) throw new Error(run.stderr);
      return JSON.parse(run.stdout) as T;
    },
  };
  return src;
}

let detectLines: string[] | undefined;

/** The source of a readCandidate rule at a line of the shipped detect.ts, with its condition when it is a bare return. */
export function ruleSource(line: number, width: number): string {
  detectLines ??= readFileSync(join(repoRoot, "src/events/detect.ts"), "utf8").split("\n");
  const source = detectLines;
  const at = (source[line - 1] ?? "").trim();
  const text = /^return\b/.test(at) ? `${(source[line - 2] ?? "").trim()} ${at}` : at;
  return text.slice(0, width);
}
