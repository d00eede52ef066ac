/**
 * `npm run bench -- [--json] [--only GROUPS] [--quick]`: the performance figures of docs/performance.md §3
 * measured in Node, as one JSON document with `--json`, else as a table.
 *
 * The figures come in groups (kernel, forward, ...). Each group runs on its own: a group that
 * fails prints one line on standard error naming it and the reason, and the others still
 * run and print. The exit code is 1 when any group failed, after everything is printed.
 * The page and browser groups measure the production build; `ensureBuild` makes it first.
 */
import os from 'node:os';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../args';
import { adjointFigures, epochFigures, forwardFigures, kernelFigures, parameterShiftFigures, qlstmFigures, type Figure } from '../bench/figures';
import { FULL, QUICK } from '../bench/timing';
import { ensureBuild } from '../bench/build';
import { formatTable } from '../format';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRESET_DIR = fileURLToPath(new URL('../../../public/experiments', import.meta.url));
/**
 * The studies of figure 7: the journey's, over eight seeds (sixteen runs: the eight long
 * parameter-shift runs split evenly over two or four cores). `study` runs 60 epochs, so
 * that a run takes about two seconds, as the preset's 20 did before the kernels of
 * docs/performance.md §3.8 made them three times faster: each thread's start and its
 * compiler's warm-up (about half a second, paid by each thread) are spread over several
 * runs, as in a real study. `study-preset-epochs` runs the preset's own 20 epochs (runs of
 * about 0.7 s), where that warm-up weighs more. The browser figure runs it as the preset says.
 */
const STUDY_PRESET = 'study-spsa-vs-shift';
const STUDY_SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
const STUDY_EPOCHS = 60;
const presets = () => readdirSync(PRESET_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();

/** A group of figures: `run` measures them, quickly (smallest sizes, fewer repeats) or fully. */
export interface BenchGroup {
  name: string;
  /** Run only when asked for by name (or by its own flag): it needs something outside the project. */
  optIn?: boolean;
  run(quick: boolean, log: (line: string) => void): Figure[] | Promise<Figure[]>;
}

/** The groups, in the order they run by default. */
export const GROUPS: readonly BenchGroup[] = [
  { name: 'kernel', run: (quick) => kernelFigures(quick ? [6] : [6, 8, 10], quick ? QUICK : FULL) },
  { name: 'forward', run: (quick) => quick ? forwardFigures([[2, 2]], [10], QUICK) : forwardFigures() },
  { name: 'adjoint', run: (quick) => quick ? adjointFigures([[2, 2]], [10], QUICK) : adjointFigures() },
  { name: 'parameter-shift', run: (quick) => quick ? parameterShiftFigures([[2, 2, 10]], QUICK) : parameterShiftFigures() },
  { name: 'qlstm', run: (quick) => (quick ? qlstmFigures([[1, 3, 2, 20]], QUICK) : qlstmFigures()) },
  { name: 'epoch', run: (quick) => epochFigures(PRESET_DIR, quick ? ['sine'] : presets(), quick ? QUICK : FULL) },
  {
    name: 'study',
    run: async (quick, log) => {
      const { studyFigure } = await import('../bench/studyFigure');
      const repeats = quick ? 1 : 3;
      return [
        ...await studyFigure(PRESET_DIR, { name: 'study', preset: STUDY_PRESET, seeds: STUDY_SEEDS, epochs: quick ? undefined : STUDY_EPOCHS, repeats }, log),
        ...await studyFigure(PRESET_DIR, { name: 'study-preset-epochs', preset: STUDY_PRESET, seeds: STUDY_SEEDS, repeats: quick ? 1 : 5 }, log),
      ];
    },
  },
  {
    name: 'page',
    run: async (_quick, log) => {
      await ensureBuild(ROOT, log);
      const { firstPaintFigure } = await import('../bench/page');
      return [firstPaintFigure(`${ROOT}dist`)];
    },
  },
  {
    name: 'browser',
    run: async (quick, log) => {
      await ensureBuild(ROOT, log);
      // Imported here: Playwright is needed by this group only.
      const { browserFigures } = await import('../bench/browser');
      return browserFigures(quick ? ['sine'] : presets(), quick ? 2 : 5, STUDY_PRESET);
    },
  },
  {
    name: 'threads',
    run: async (quick, log) => {
      await ensureBuild(ROOT, log);
      const { threadsFigures } = await import('../bench/browser');
      const { ceilingFigure } = await import('../bench/browserCeiling');
      const ratio = await threadsFigures(quick ? 1 : 5, quick ? 40 : 300);
      return [...ratio, await ceilingFigure(`${PRESET_DIR}/sine.json`, quick ? 1 : 5, quick ? 40 : 300)];
    },
  },
  {
    name: 'peer',
    optIn: true,
    run: async (quick, log) => {
      const { peerFigures } = await import('../bench/peer');
      return peerFigures(quick, log);
    },
  },
];

export const GROUP_NAMES = GROUPS.map((g) => g.name);

export const BENCH_USAGE = `bench [--json] [--only ${GROUP_NAMES.join(',')}] [--quick] [--peer]`;

export const BENCH_HELP = `usage: npm run bench -- [--json] [--only GROUP[,GROUP...]] [--quick] [--peer]

Measures the performance figures of docs/performance.md §3 and prints them as a table.

  --only GROUPS  run only these groups, comma-separated, in the order given:
                 ${GROUP_NAMES.join(', ')}
  --quick        a fast subset: the smallest sizes, the default preset, fewer repeats
                 and a short warm-up (seconds, not minutes; rougher figures)
  --peer         the lab side by side with the PyTorch peer (peer/pytorch), interleaved,
                 at 2+2, 3+3 and 4+4 qubits, T = 50: forward and exact gradient, medians
                 and ratios. Alone it runs only this comparison; with --only it is added.
                 Needs Python 3 with torch (apt-get install -y python3-torch python3-numpy)
  --json         print one JSON document {machine, figures, failures} instead of a table
  --help         print this text

The page and browser groups measure the production build in dist/: bench runs
\`vite build\` first when dist/ is missing or older than the sources. Each group runs on
its own: a group that fails prints one line on standard error and the others still
print. Exit code 0, or 1 if any group failed, or 2 for a refused option.
`;

export interface BenchOptions {
  groups: string[];
  quick: boolean;
  json: boolean;
}

/** The groups a plain `bench` runs: all but the opt-in ones. */
const byDefault = (groups: readonly BenchGroup[]) => groups.filter((g) => !g.optIn).map((g) => g.name);

/** The checked options of `bench`; refusals are `UsageError`s naming the option. */
export function benchOptions(operands: readonly string[], options: Record<string, unknown>, known: readonly string[] = GROUP_NAMES, defaults: readonly string[] = byDefault(GROUPS)): BenchOptions {
  if (operands.length > 0) throw new UsageError(`'bench' takes no FILE, got '${operands[0]}'`);
  let groups = options.peer === true && options.only === undefined ? [] : defaults.filter((g) => known.includes(g));
  if (options.only !== undefined) {
    const names = String(options.only).split(',').map((n) => n.trim()).filter(Boolean);
    if (names.length === 0) throw new UsageError(`option '--only' needs at least one group (${known.join(', ')})`);
    const unknown = names.filter((n) => !known.includes(n));
    if (unknown.length) throw new UsageError(`option '--only': unknown group${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `'${n}'`).join(', ')} (expected ${known.join(', ')})`);
    groups = [...new Set(names)];
  }
  if (options.peer === true && !groups.includes('peer')) groups.push('peer');
  return { groups, quick: options.quick === true, json: options.json === true };
}

/** A group that failed, with its reason on one line. */
export interface GroupFailure {
  group: string;
  reason: string;
}

/** The first line of what was thrown: never a stack trace. */
export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').map((l) => l.trim()).find(Boolean) ?? (error instanceof Error ? error.name : 'unknown error');
}

/** Where bench writes; tests pass their own. */
export interface BenchIo {
  out(text: string): void;
  err(text: string): void;
}

const PROCESS_IO: BenchIo = { out: (t) => void process.stdout.write(t), err: (t) => void process.stderr.write(t) };

/**
 * Runs the chosen groups one by one, each isolated, then prints every figure measured and
 * returns the exit code: 0, or 1 if a group failed.
 */
export async function runBench(operands: string[], options: Record<string, unknown>, groups: readonly BenchGroup[] = GROUPS, io: BenchIo = PROCESS_IO): Promise<number> {
  const chosen = benchOptions(operands, options, groups.map((g) => g.name), byDefault(groups));
  const log = (line: string) => io.err(`${line}\n`);
  const figures: Figure[] = [];
  const failures: GroupFailure[] = [];
  for (const name of chosen.groups) {
    const group = groups.find((g) => g.name === name) as BenchGroup;
    log(`bench: ${name}...`);
    try {
      figures.push(...(await group.run(chosen.quick, log)));
    } catch (error) {
      const failure = { group: name, reason: oneLine(error) };
      failures.push(failure);
      log(`bench: ${name} failed: ${failure.reason}`);
    }
  }
  io.out(render(figures, failures, chosen.json));
  return failures.length ? 1 : 0;
}

function render(figures: Figure[], failures: readonly GroupFailure[], json: boolean): string {
  const cpus = os.cpus();
  const machine = { cpus: cpus.length, node: process.version, cpu: cpus[0]?.model ?? 'unknown' };
  if (json) return `${JSON.stringify({ machine, figures, failures }, null, 1)}\n`;
  const rows = figures.map((f) => [
    f.name, size(f), String(f.medianMs ?? ''), String(f.minMs ?? ''), String(f.maxMs ?? ''), String(f.repeats ?? ''),
    f.peerMedianMs !== undefined ? `peer ${f.peerMedianMs} ms: ${f.ratio}x faster` : f.kb !== undefined ? `${f.kb} KB gzipped` : f.epochsPerSecond1 !== undefined ? `${f.ratio}x: ${f.epochsPerSecond2} epochs/s on two threads, ${f.epochsPerSecond1} on one${f.wallRatio !== undefined ? ` (wall time: ${f.wallRatio}x, ${f.wallEpochsPerSecond2} / ${f.wallEpochsPerSecond1})` : ''}${f.workerCores2 !== undefined ? `; workers busy ${f.workerCores2} / ${f.workerCores1} cores, ${f.workerCpuMsPerEpoch2} / ${f.workerCpuMsPerEpoch1} CPU ms an epoch` : ''}${f.identical ? '' : ', OUTPUTS DIFFER'}` : f.ratio !== undefined ? `${f.ratio}x with ${f.workers} workers (1 worker: ${f.oneWorkerMedianMs} ms)${f.identical ? '' : ', OUTPUTS DIFFER'}` : f.longestTaskMs !== undefined ? `longest task ${f.longestTaskMs} ms${f.epochsPerSecond !== undefined ? `, ${f.epochsPerSecond} epochs/s` : `, ${f.wallMs} ms in all`}` : f.entriesPerSecond ? `${(Number(f.entriesPerSecond) / 1e6).toFixed(0)}M/s` : f.ratioToForward ? `${f.ratioToForward}x forward` : f.circuitExecutions ? `${f.circuitExecutions} executions` : '',
  ]);
  return `${machine.cpus} x ${machine.cpu}, Node ${machine.node}\n${rows.length ? formatTable(['figure', 'size', 'median ms', 'min', 'max', 'runs', 'note'], rows) : 'no figures\n'}`;
}

function size(f: Figure): string {
  if (f.qubits !== undefined) return `n=${f.qubits}`;
  if (f.name === 'study' || f.name === 'study-preset-epochs') return `${f.preset}, ${f.runs} runs of ${f.epochs} epochs`;
  if (f.longestTaskMs !== undefined) return `${String(f.preset)} ${f.name === 'study-longest-task-ms' ? 'study' : 'training'}`;
  if (f.epochsPerSecond1 !== undefined) return `${String(f.preset)}, ${f.epochs} epochs`;
  if (f.preset !== undefined) return `${f.preset} (${f.realm})`;
  if (f.kb !== undefined) return 'first paint';
  if (f.name === 'qlstm-adjoint') return `${String(f.model)} T=${f.T}`;
  return `${f.dataQubits}+${f.hiddenQubits} T=${f.T}`;
}
