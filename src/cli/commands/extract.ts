import { toDocumentJson } from "../../doc/contract.ts";
import type { ArticleInput, Doc } from "../../doc/types.ts";
import { type InputFormat, type ReadInputsOptions, readInputs } from "../../ingest/inputs.ts";
import { ExitCode } from "../errors.ts";
import { createWriter, OutputClosed } from "../output.ts";
import { createReporter } from "../report.ts";

export type OutputFormat = "json" | "jsonl";

/** The input flags every article-reading command takes. */
export interface InputFlags {
  published?: string;
  source?: string;
  inputFormat?: InputFormat;
  /** Largest article accepted, in MB (2^20 bytes); default 10. */
  maxArticleMb?: number;
}

export interface ExtractOptions extends InputFlags {
  format?: OutputFormat;
}

/** The reader options those flags stand for. */
export function readOptionsOf(flags: InputFlags, stdin: CommandIo["stdin"]): ReadInputsOptions {
  return {
    published: flags.published,
    source: flags.source,
    format: flags.inputFormat,
    maxArticleBytes:
      flags.maxArticleMb === undefined ? undefined : Math.round(flags.maxArticleMb * 1024 * 1024),
    stdin,
  };
}

export interface CommandIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
}

export const processIo = (): CommandIo => ({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
});

/**
 * `marsad extract`: analyse each article and print it as the output contract wants. Articles are read, analysed
 * and written one at a time, so memory stays flat over inputs of any size. With `--format json`, one article
 * prints as one pretty JSON object and several as a JSON array of them (streamed too); `--format jsonl`
 * prints one compact object per line. Returns the exit code: 0 all analysed, 2 some failed, 1 none analysed.
 */
export async function runExtract(
  files: string[],
  options: ExtractOptions,
  io: CommandIo = processIo(),
): Promise<number> {
  // The analyser (lexicons, gazetteer, models) loads at the first readable article, so bad input fails at once.
  let analyse: ((input: ArticleInput) => Doc) | undefined;
  const out = createWriter(io.stdout);
  const report = createReporter(io.stderr);
  const format = options.format ?? "json";
  let analysed = 0;
  let pendingFirst: string | null = null;
  try {
    for await (const item of readInputs(files, readOptionsOf(options, io.stdin))) {
      if (item.error !== undefined) {
        report.inputError(item);
        continue;
      }
      analyse ??= await loadAnalyser();
      let json: string;
      try {
        const document = toDocumentJson(analyse(item.article));
        json = format === "jsonl" ? JSON.stringify(document) : JSON.stringify(document, null, 2);
      } catch (error) {
        report.analysisError(item, error);
        continue;
      }
      analysed++;
      if (format === "jsonl") await out.write(`${json}\n`);
      else if (analysed === 1) pendingFirst = json;
      else {
        if (pendingFirst !== null) {
          await out.write(`[\n  ${indent(pendingFirst)}`);
          pendingFirst = null;
        }
        await out.write(`,\n  ${indent(json)}`);
      }
    }
    if (format === "json") {
      if (pendingFirst !== null) await out.write(`${pendingFirst}\n`);
      else if (analysed > 1) await out.write("\n]\n");
    }
  } catch (error) {
    if (error instanceof OutputClosed) return report.exitCode(analysed);
    throw error;
  }
  return analysed === 0 && report.failures === 0 ? ExitCode.failure : report.exitCode(analysed);
}

function indent(json: string): string {
  return json.replace(/\n/g, "\n  ");
}

async function loadAnalyser(): Promise<(input: ArticleInput) => Doc> {
  const { createAnalyser } = await import("../../analyse.ts");
  return createAnalyser();
}
