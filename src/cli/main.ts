/**
 * `npm run --silent qrnn -- COMMAND FILE [options]` (SPEC 4). Dispatches to one module per
 * command; maps refusals to exit code 2 with the reason on standard error.
 */
import { UsageError, parseArgs, type OptionKind } from './args';
import { FileRefusal } from './load';
import { runSimulate } from './commands/simulate';
import { runBench } from './commands/bench';
import { runGrad } from './commands/grad';
import { runTrain } from './commands/train';
import { runExport } from './commands/export';

interface Command {
  options: Readonly<Record<string, OptionKind>>;
  usage: string;
  run(operands: string[], options: Record<string, string | number | boolean>): void | Promise<void>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  simulate: { options: { json: 'flag' }, usage: 'simulate FILE [--json]', run: runSimulate },
  grad: {
    options: { json: 'flag', method: 'string', shots: 'integer', seed: 'integer', h: 'number', variant: 'string', 'per-occurrence': 'flag' },
    usage: 'grad FILE --method adjoint|parameter-shift|finite-difference|spsa [--shots N] [--seed S] [--h H] [--variant central|forward] [--per-occurrence] [--json]',
    run: runGrad,
  },
  train: { options: { json: 'flag', epochs: 'integer', out: 'string' }, usage: 'train FILE [--epochs E] [--out RESULT.json] [--json]', run: runTrain },
  bench: { options: { json: 'flag', only: 'string', quick: 'flag' }, usage: 'bench [--json] [--only kernel,forward,adjoint,parameter-shift,epoch,page,browser] [--quick]', run: runBench },
  export: {
    options: { to: 'string', out: 'string', inputs: 'string', steps: 'integer', base: 'string', hide: 'string', lock: 'string', lesson: 'string', readable: 'flag' },
    usage: 'export FILE --to qasm3|url|json|pennylane|qiskit|numpy [--out F] [--inputs constants|input] [--steps N] [--base URL] [--hide PANELS] [--lock cell] [--lesson NAME] [--readable]',
    run: runExport,
  },
};

const USAGE = `usage: npm run --silent qrnn -- COMMAND FILE [options]\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join('\n')}\n`;

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const tables = Object.fromEntries(Object.entries(COMMANDS).map(([k, c]) => [k, c.options]));
    const args = parseArgs(argv, tables);
    await COMMANDS[args.command].run(args.operands, args.options);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`qrnn: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof FileRefusal) {
      process.stderr.write(`qrnn: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

/** The single operand a file command takes. */
export function fileOperand(operands: string[], command: string): string {
  if (operands.length !== 1) throw new UsageError(`'${command}' takes exactly one FILE, got ${operands.length}`);
  return operands[0];
}

const invokedDirectly = process.argv[1] !== undefined && /main\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
