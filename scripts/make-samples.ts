// Rebuilds the bundled sample (samples/articles.jsonl and the seed copy) from ../shared: `npm run samples`.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { repoRoot, sharedDir } from "../src/paths.ts";
import { buildSamples, SEED } from "./samples.ts";

const shared = sharedDir();
const out = resolve(repoRoot, "samples");
const jsonl = await buildSamples(shared);
writeFileSync(join(out, "articles.jsonl"), jsonl);
writeFileSync(join(out, "libya-2014-08-02.ar.txt"), readFileSync(join(shared, SEED.file)));
process.stderr.write(`samples/articles.jsonl: ${jsonl.trimEnd().split("\n").length} articles\n`);
