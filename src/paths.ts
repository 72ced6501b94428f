import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, found from this file so that commands work from any working directory. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Shipped language knowledge (lexicons, gazetteer, triggers) and trained models. */
export const dataDir = resolve(repoRoot, "data");
export const modelsDir = resolve(repoRoot, "models");

/**
 * The read-only training and benchmark data beside the project (`../shared`). Only build, train, eval,
 * bench and tests read it; the analysis at run time uses what is shipped in `data/` and `models/`.
 */
export function sharedDir(): string {
  const dir = process.env.MARSAD_SHARED ?? resolve(repoRoot, "../shared");
  if (!existsSync(dir)) {
    throw new Error(
      `shared data not found at ${dir} (set MARSAD_SHARED to the folder that holds data/ and seed/)`,
    );
  }
  return dir;
}
