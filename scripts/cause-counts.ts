// The counting behind the diagnostic scripts' cause tables (miss-causes, drop-causes, arg-causes, near-misses): how
// many misses each class has and in how many batches, so a class can be judged by how widely it recurs.

/** A missed scored gold event as the instrumented scripts' drivers report it (each adds what it traced). */
export interface MissedGold {
  batch: string;
  doc: string;
  id: string;
  types: string[];
  summary: string;
}

export interface CauseCount {
  misses: number;
  batches: Set<string>;
}

/** [class, batch] pairs → [class, count] rows, the class with the most misses first. */
export function countCauses(keys: Iterable<readonly [string, string]>): [string, CauseCount][] {
  const counts = new Map<string, CauseCount>();
  for (const [cls, batch] of keys) {
    const c = counts.get(cls) ?? { misses: 0, batches: new Set<string>() };
    c.misses++;
    c.batches.add(batch);
    counts.set(cls, c);
  }
  return [...counts.entries()].sort((a, b) => b[1].misses - a[1].misses);
}

/** One row of a table headed "misses  batches  class". */
export const causeRow = (cls: string, c: CauseCount) =>
  `${String(c.misses).padStart(6)}  ${String(c.batches.size).padStart(7)}  ${cls}`;
