/**
 * The lab side by side with the PyTorch peer (peer/pytorch, docs/performance.md §4): for each
 * size, one `serve.py` process holds the peer's model, and the bench alternates one timed pass
 * of the lab with one of the peer (lab forward, peer forward, lab gradient, peer gradient, and
 * again), so both are measured at the same moments on the same noisy machine. The figures are
 * the medians of each side and their ratio, peer over lab: how many times faster the lab is.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { adjoint } from '../../gradients/adjoint';
import { simulate } from '../../simulation/simulate';
import { benchmarkCase } from './benchModel';
import { describeCase, type Figure } from './figures';

const PEER_DIR = fileURLToPath(new URL('../../../peer/pytorch/', import.meta.url));

/** The sizes of the comparison (data + hidden qubits) and the sequence length: the issue's. */
export const PEER_SIZES: readonly [number, number][] = [[2, 2], [3, 3], [4, 4]];
export const PEER_STEPS = 50;

export const PEER_INSTALL = 'the PyTorch peer needs Python 3 with torch: on Debian, apt-get install -y python3-torch python3-numpy (or name an interpreter with QRNN_PEER_PYTHON)';

/** The first interpreter that imports torch: `QRNN_PEER_PYTHON`, `python3` on the PATH, then Debian's. */
export function findPeerPython(candidates = [process.env.QRNN_PEER_PYTHON, 'python3', '/usr/bin/python3']): string {
  for (const python of candidates) {
    if (!python) continue;
    const r = spawnSync(python, ['-c', 'import torch'], { encoding: 'utf8', timeout: 60_000 });
    if (r.status === 0) return python;
  }
  throw new Error(PEER_INSTALL);
}

/** One `serve.py`: ask for a pass, get its milliseconds. */
class PeerProcess {
  private readonly lines: AsyncIterator<string>;
  private constructor(private readonly child: ChildProcessWithoutNullStreams) {
    this.lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  }

  static async start(python: string, n: number, T: number): Promise<PeerProcess> {
    const child = spawn(python, ['serve.py', '--n', String(n), '--T', String(T)], { cwd: PEER_DIR });
    const peer = new PeerProcess(child);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const first = await peer.lines.next();
    if (first.done || !JSON.parse(first.value).ready) throw new Error(`the peer did not start: ${stderr.trim().split('\n').pop() ?? 'no output'}`);
    return peer;
  }

  async time(kind: 'forward' | 'grad'): Promise<number> {
    this.child.stdin.write(`${kind}\n`);
    const line = await this.lines.next();
    if (line.done) throw new Error('the peer stopped answering');
    const reply = JSON.parse(line.value) as { ms?: number; error?: string };
    if (reply.ms === undefined) throw new Error(`the peer refused: ${reply.error}`);
    return reply.ms;
  }

  stop(): void {
    this.child.stdin.end();
    this.child.kill();
  }
}

/** The lab's warm-up before its timed passes, as `time()` warms up (timing.ts). */
const WARM_UP_MS = 150;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b), mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const round = (v: number, digits = 3) => Number(v.toFixed(digits));

/** One timed run of `run`, in milliseconds. */
function timeOnce(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/**
 * The comparison at every size: `rounds` interleaved pairs per figure after a warm-up of both
 * sides, as `peer-forward` and `peer-gradient` figures with both medians and `ratio` (peer
 * median / lab median).
 */
export async function peerFigures(quick: boolean, log: (line: string) => void, sizes = PEER_SIZES, T = PEER_STEPS): Promise<Figure[]> {
  const python = findPeerPython();
  // Twenty-one pairs: with nine, a busy moment on this shared machine moved a median by a tenth.
  const rounds = quick ? 3 : 21;
  const out: Figure[] = [];
  for (const [D, H] of quick ? sizes.slice(0, 1) : sizes) {
    const c = benchmarkCase(D, H, T);
    const problem = { model: c.model, params: c.params, sequence: c.sequence, loss: c.loss };
    const lab = {
      forward: () => { simulate(c.model, c.params, c.sequence, c.loss, { bloch: false }); },
      grad: () => { adjoint(problem); },
    };
    const peer = await PeerProcess.start(python, D + H, T);
    try {
      for (const kind of ['forward', 'grad'] as const) {
        // Warm-up: the lab's JIT (as long as the other figures warm up), the peer's allocator.
        const warm = performance.now();
        do timeOnce(lab[kind]); while (performance.now() - warm < WARM_UP_MS);
        for (let i = 0; i < 3; i++) await peer.time(kind);
        const ours: number[] = [], theirs: number[] = [];
        for (let r = 0; r < rounds; r++) {
          ours.push(timeOnce(lab[kind]));
          theirs.push(await peer.time(kind));
        }
        const labMs = median(ours), peerMs = median(theirs);
        out.push({
          name: kind === 'forward' ? 'peer-forward' : 'peer-gradient',
          ...describeCase(D, H, T, c.model),
          medianMs: round(labMs), minMs: round(Math.min(...ours)), maxMs: round(Math.max(...ours)), repeats: rounds,
          peerMedianMs: round(peerMs), peerMinMs: round(Math.min(...theirs)), peerMaxMs: round(Math.max(...theirs)),
          ratio: round(peerMs / labMs, 2),
        });
        log(`bench: peer ${D}+${H} T=${T} ${kind}: lab ${labMs.toFixed(2)} ms, peer ${peerMs.toFixed(2)} ms, ${(peerMs / labMs).toFixed(1)}x`);
      }
    } finally {
      peer.stop();
    }
  }
  return out;
}
