/**
 * The quantum reservoir's readout: with every circuit parameter frozen, the heads
 * `yhat_j = sum_i w_{j,i} e_i + b_j` are linear in their parameters, so the least-squares
 * heads are one solve of the regularised normal equations `(F^T F + lambda I) w = F^T y` over
 * every scored step and output of the training sequences (Connerty et al. 2025 use ridge
 * regression the same way). Each (step, output) pair is one row, so a name shared by two
 * heads is fitted to both. Head entries that are plain numbers stay fixed and are moved to
 * the target side.
 */
import type { Head } from '../model/types';

export interface RidgeProblem {
  /** The heads, one per output. */
  heads: readonly Head[];
  params: Readonly<Record<string, number>>;
  /** One row of features per scored step. */
  features: number[][];
  /** The targets of every output, one row per scored step. */
  targets: number[][];
  /** Names that may change (not frozen). */
  trainable: readonly string[];
  /** `lambda`, default 1e-6. */
  lambda?: number;
}

/** The fitted head parameters (only trainable names), or `null` when nothing is trainable. */
export function solveRidge(p: RidgeProblem): Record<string, number> | null {
  const names: string[] = [];
  const columnOf = (w: string | number) => (typeof w === 'string' && p.trainable.includes(w) ? w : null);
  for (const head of p.heads) {
    for (const w of [...head.weights, head.bias]) { const c = columnOf(w); if (c && !names.includes(c)) names.push(c); }
  }
  if (names.length === 0) return null;
  const k = names.length;
  const ata = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const atb = new Array<number>(k).fill(0);
  p.features.forEach((e, row) => p.heads.forEach((head, j) => {
    const x = new Array<number>(k).fill(0);
    let fixed = 0;
    head.weights.forEach((w, i) => {
      const c = columnOf(w);
      if (c) x[names.indexOf(c)] += e[i];
      else fixed += (typeof w === 'number' ? w : p.params[w]) * e[i];
    });
    const bias = columnOf(head.bias);
    if (bias) x[names.indexOf(bias)] += 1;
    else fixed += typeof head.bias === 'number' ? head.bias : p.params[head.bias];
    const y = p.targets[row][j] - fixed;
    for (let a = 0; a < k; a++) {
      atb[a] += x[a] * y;
      for (let b = 0; b < k; b++) ata[a][b] += x[a] * x[b];
    }
  }));
  const lambda = p.lambda ?? 1e-6;
  for (let a = 0; a < k; a++) ata[a][a] += lambda;
  const w = solveSymmetric(ata, atb);
  return Object.fromEntries(names.map((n, i) => [n, w[i]]));
}

/** Gaussian elimination with partial pivoting (the matrix is small: one row per head parameter). */
function solveSymmetric(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = c + 1; r < n; r++) {
      const f = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= f * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let j = r + 1; j < n; j++) s -= m[r][j] * x[j];
    x[r] = s / m[r][r];
  }
  return x;
}
