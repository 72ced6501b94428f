// Entry of an analysis worker thread: registers the TypeScript hooks (ts-hooks.mjs: esbuild, as tsx, minus the
// cost of keepNames) so the TypeScript worker loads the same way under `marsad`, `npm start` and vitest, whatever
// the parent's loader flags.
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
await import("./worker.ts");
