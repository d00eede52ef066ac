/**
 * `npm run bench -- [--json] [--only NAMES] [--quick]`: the performance figures of DESIGN 3
 * measured in Node, as one JSON document with `--json`, else as a table.
 */
import os from 'node:os';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { browserFigures } from '../bench/browser';
import { firstPaintFigure } from '../bench/page';
import { adjointFigures, epochFigures, forwardFigures, kernelFigures, parameterShiftFigures, type Figure } from '../bench/figures';

const PRESET_DIR = fileURLToPath(new URL('../../../public/experiments', import.meta.url));
const PRESETS = readdirSync(PRESET_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, '')).sort();
import { formatTable } from '../format';

const GROUPS: Readonly<Record<string, (quick: boolean) => Figure[] | Promise<Figure[]>>> = {
  kernel: (quick) => kernelFigures(quick ? [6, 8] : [6, 8, 10]),
  forward: (quick) => forwardFigures(quick ? [[2, 2], [3, 3]] : undefined, quick ? [10, 50] : undefined),
  adjoint: (quick) => adjointFigures(quick ? [[2, 2], [3, 3]] : undefined, quick ? [10, 50] : undefined),
  'parameter-shift': (quick) => parameterShiftFigures(quick ? [[2, 2, 10], [3, 3, 10]] : undefined),
  epoch: (quick) => epochFigures(PRESET_DIR, quick ? ['sine', 'sequence'] : PRESETS),
  page: () => [firstPaintFigure(fileURLToPath(new URL('../../../dist', import.meta.url)))],
  browser: (quick) => browserFigures(quick ? ['sine'] : PRESETS, quick ? 3 : 5),
};

export async function runBench(_operands: string[], options: Record<string, unknown>): Promise<void> {
  const only = typeof options.only === 'string' ? options.only.split(',') : Object.keys(GROUPS);
  const figures: Figure[] = [];
  for (const group of only) {
    const run = GROUPS[group];
    if (!run) throw new Error(`unknown figure group '${group}'`);
    process.stderr.write(`bench: ${group}...\n`);
    figures.push(...(await run(Boolean(options.quick))));
  }
  const cpus = os.cpus();
  const machine = { cpus: cpus.length, node: process.version, cpu: cpus[0]?.model ?? 'unknown' };
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ machine, figures }, null, 1)}\n`);
    return;
  }
  process.stdout.write(`${machine.cpus} x ${machine.cpu}, Node ${machine.node}\n`);
  const rows = figures.map((f) => [
    f.name, size(f), String(f.medianMs ?? ''), String(f.minMs ?? ''), String(f.maxMs ?? ''), String(f.repeats ?? ''),
    f.kb !== undefined ? `${f.kb} KB gzipped` : f.longestTaskMs !== undefined ? `longest task ${f.longestTaskMs} ms, ${f.epochsPerSecond} epochs/s` : f.entriesPerSecond ? `${(Number(f.entriesPerSecond) / 1e6).toFixed(0)}M/s` : f.ratioToForward ? `${f.ratioToForward}x forward` : f.circuitExecutions ? `${f.circuitExecutions} executions` : '',
  ]);
  process.stdout.write(formatTable(['figure', 'size', 'median ms', 'min', 'max', 'runs', 'note'], rows));
}

function size(f: Figure): string {
  if (f.qubits !== undefined) return `n=${f.qubits}`;
  if (f.longestTaskMs !== undefined) return `${String(f.preset)} training`;
  if (f.preset !== undefined) return `${f.preset} (${f.realm})`;
  if (f.kb !== undefined) return 'first paint';
  return `${f.dataQubits}+${f.hiddenQubits} T=${f.T}`;
}
