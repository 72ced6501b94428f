// Module hooks of the analysis workers: TypeScript compiled by esbuild, as tsx does, but without tsx's `keepNames`.
// keepNames wraps every function expression in `__name(fn, "name")`, a defineProperty call run each time the
// expression is evaluated: the stages create closures per article, per sentence and per token (callbacks, local
// helpers), and each pays it (≈ 3% of a worker's CPU by profile). No code of the analysis reads a function's name.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { transform } from "esbuild";

/** The compiler options esbuild honours (class fields, import elision), from the repo's tsconfig as tsx reads it. */
const compilerOptions = (() => {
  try {
    return JSON.parse(readFileSync(new URL("../../tsconfig.json", import.meta.url), "utf8")).compilerOptions;
  } catch {
    return {};
  }
})();

export async function load(url, context, nextLoad) {
  if (!url.startsWith("file:") || !url.endsWith(".ts")) return nextLoad(url, context);
  const source = await readFile(new URL(url), "utf8");
  const { code } = await transform(source, {
    loader: "ts",
    format: "esm",
    target: `node${process.versions.node}`,
    sourcefile: url,
    sourcemap: "inline",
    tsconfigRaw: { compilerOptions },
  });
  return { format: "module", source: code, shortCircuit: true };
}
