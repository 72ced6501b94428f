/**
 * Maximum-weight bipartite matching (Hungarian algorithm, O(n³)) on a rows × cols weight table.
 * A weight ≤ 0 means "may not be paired". Returns, for each row, the column it is paired with or -1.
 */
export function maxWeightMatching(weights: number[][]): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0].length;
  if (rows === 0 || cols === 0) return new Array(rows).fill(-1);
  const n = Math.max(rows, cols);
  // Square cost table for the minimisation form; forbidden or padded cells cost 0 (= weight 0).
  const cost = (i: number, j: number): number => {
    const w = i < rows && j < cols ? weights[i][j] : 0;
    return w > 0 ? -w : 0;
  };
  // Potentials and the augmenting-path formulation with 1-based indices (column 0 is a sentinel).
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(rows).fill(-1);
  for (let j = 1; j <= n; j++) {
    const i = p[j] - 1;
    const col = j - 1;
    if (i < rows && col < cols && weights[i][col] > 0) result[i] = col;
  }
  return result;
}
