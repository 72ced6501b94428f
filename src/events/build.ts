// Builds the shipped event data derived from ../shared: data/events/cameo-verbs.tsv (verbs of the Arabic CAMEO
// dictionary mapped to PLOVER). Run: node --import tsx src/events/build.ts
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { dataDir, sharedDir } from "../paths.ts";
import { cameoVerbsTsv } from "./cameo.ts";

const out = join(dataDir, "events");
const shared = sharedDir();
writeFileSync(
  join(out, "cameo-verbs.tsv"),
  cameoVerbsTsv(
    readFileSync(join(shared, "data/lexicon/universalpetrarch-arabic/CAMEO.ar.0.5.txt"), "utf8"),
    readFileSync(join(shared, "data/lexicon/plover/CAMEO2PLOVER-2021.txt"), "utf8"),
  ),
);
console.log(`wrote ${out}/cameo-verbs.tsv`);
