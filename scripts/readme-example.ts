// Keeps the README's example honest: `npm run readme:example` rewrites the JSON between the example markers with
// what the current code prints, and test/readme.test.ts fails when they differ.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { createAnalyser } from "../src/analyse.ts";
import { toDocumentJson } from "../src/doc/contract.ts";
import { repoRoot } from "../src/paths.ts";

export const EXAMPLE = {
  text: "وسقط الثلاثاء الماضي المعسكر الرئيسي للقوات الخاصة في بنغازي، بعد معارك خلفت حوالي 60 قتيلًا.",
  published: "2014-08-02",
  source: "El Watan",
};

export const readmePath = resolve(repoRoot, "README.md");
const BEGIN = "<!-- example:begin -->";
const END = "<!-- example:end -->";

/** What `printf TEXT | marsad extract --published … --source …` prints for the example. */
export async function exampleOutput(): Promise<string> {
  const analyse = await createAnalyser();
  const doc = analyse({ id: "stdin", ...EXAMPLE });
  return JSON.stringify(toDocumentJson(doc), null, 2);
}

export function exampleBlock(output: string): string {
  return [
    BEGIN,
    "```console",
    `$ printf '${EXAMPLE.text}' \\`,
    `    | npx marsad extract --published ${EXAMPLE.published} --source "${EXAMPLE.source}"`,
    "```",
    "",
    "```json",
    output,
    "```",
    END,
  ].join("\n");
}

/** The example block as it stands in the README. */
export function currentBlock(readme: string): string {
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`README.md lacks the ${BEGIN} … ${END} markers`);
  return readme.slice(start, end + END.length);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(repoRoot, "scripts/readme-example.ts")) {
  const readme = readFileSync(readmePath, "utf8");
  writeFileSync(readmePath, readme.replace(currentBlock(readme), exampleBlock(await exampleOutput())));
  process.stderr.write("README.md: example output updated\n");
}
