// Entry of an analysis worker thread: registers tsx (as bin/marsad.js does) so the TypeScript worker loads
// the same way under `marsad`, `npm start` and vitest, whatever the parent's loader flags.
import { register } from "tsx/esm/api";

register();
await import("./worker.ts");
