// The CLI commands of the tagger: `marsad train ner`, `marsad ner --conll`, `marsad eval ner`.
import { existsSync, readFileSync } from "node:fs";
import { sharedDir } from "../paths.ts";
import { formatConll, parseConll, type TaggedSentence } from "./conll.ts";
import { evaluate, formatEvaluation } from "./evaluate.ts";
import { DefaultModelPath, DefaultResourceDir, loadTagger, tagSentences } from "./tagger.ts";
import { parseCorpora, runTraining, ShippedConfig } from "./train.ts";

export class NerInputError extends Error {}

type Write = (s: string) => void;
const stdout: Write = (s) => process.stdout.write(s);

function readInput(file: string | undefined): { text: string; source: string } {
  if (!file || file === "-") return { text: readFileSync(0, "utf8"), source: "standard input" };
  if (!existsSync(file)) throw new NerInputError(`no such file: ${file}`);
  return { text: readFileSync(file, "utf8"), source: file };
}

export interface NerConllOptions {
  model?: string;
}

/** `marsad ner --conll [FILE|-]`: token per line in, `token<TAB>tag` per line out, blank lines kept. */
export function nerConllCommand(
  file: string | undefined,
  options: NerConllOptions = {},
  write: Write = stdout,
) {
  const { text, source } = readInput(file);
  const sentences = parseConll(text, { tagColumn: "none", source });
  const tagger = loadTagger(options.model ?? DefaultModelPath);
  write(formatConll(tagSentences(tagger, sentences)));
}

export interface EvalNerOptions {
  model?: string;
  json?: boolean;
}

/**
 * `marsad eval ner GOLD [PRED]`: conlleval-style scores. Without PRED the shipped tagger tags GOLD's tokens.
 */
export function evalNerCommand(
  goldPath: string,
  predPath: string | undefined,
  options: EvalNerOptions = {},
  write: Write = stdout,
) {
  const gold = parseConll(readInput(goldPath).text, { source: goldPath });
  let predicted: TaggedSentence[];
  if (predPath) {
    predicted = parseConll(readInput(predPath).text, { source: predPath });
  } else {
    predicted = tagSentences(loadTagger(options.model ?? DefaultModelPath), gold);
  }
  const result = evaluate(gold, predicted);
  write(options.json ? `${JSON.stringify(result, null, 2)}\n` : formatEvaluation(result));
  return result;
}

export interface TrainNerOptions {
  dev?: boolean;
  corpora?: string;
  epochs?: string;
  seed?: string;
  clusters?: boolean;
  brown?: boolean;
  embeddings?: boolean;
  gazetteer?: boolean;
  model?: string;
}

/**
 * `marsad train ner`: rebuilds the gazetteer from ../shared and trains the shipped model (deterministic).
 * `--clusters` also rebuilds the word clusters and news name lists from the news corpus (a few minutes); `--dev` trains on 90% of
 * ANERcorp train and prints the scores on the held-out last 10% instead of writing a model.
 */
export function trainNerCommand(options: TrainNerOptions, write: Write = stdout) {
  const config = { ...ShippedConfig };
  if (options.corpora) config.corpora = parseCorpora(options.corpora);
  if (options.epochs) {
    config.epochs = Number(options.epochs);
    if (!Number.isInteger(config.epochs) || config.epochs < 1) {
      throw new NerInputError(`--epochs wants a positive whole number, got "${options.epochs}"`);
    }
  }
  if (options.seed) {
    config.seed = Number(options.seed);
    if (!Number.isInteger(config.seed)) {
      throw new NerInputError(`--seed wants a whole number, got "${options.seed}"`);
    }
  }
  const started = Date.now();
  const result = runTraining({
    dev: options.dev ?? false,
    config,
    shared: sharedDir(),
    resourceDir: DefaultResourceDir,
    modelPath: options.model ?? DefaultModelPath,
    rebuildGazetteer: options.gazetteer ?? true,
    rebuildClusters: options.clusters ?? false,
    buildBrown: options.brown ?? false,
    buildEmbeddings: options.embeddings ?? false,
    log: (m) => process.stderr.write(`${m}\n`),
  });
  if (result.evaluation) write(formatEvaluation(result.evaluation));
  process.stderr.write(`done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
