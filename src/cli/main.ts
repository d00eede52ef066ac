/**
 * `npm run --silent qrnn -- COMMAND FILE [options]` (docs/spec.md §4). Dispatches to one module per
 * command; maps refusals to exit code 2 with the reason on standard error. `--help` (or `-h`)
 * prints the usage. Nothing reaches the user as a stack trace: any other error is one line
 * on standard error and exit code 1.
 */
import { UsageError, parseArgs, type OptionKind } from './args';
import { FileRefusal } from './load';
import { runSimulate } from './commands/simulate';
import { BENCH_HELP, BENCH_USAGE, oneLine, runBench } from './commands/bench';
import { runGrad } from './commands/grad';
import { runTrain } from './commands/train';
import { runExport } from './commands/export';
import { runStudy } from './commands/study';

interface Command {
  options: Readonly<Record<string, OptionKind>>;
  usage: string;
  /** Longer help for `COMMAND --help`, if the usage line is not enough. */
  help?: string;
  /** Returns the exit code, or nothing for 0. */
  run(operands: string[], options: Record<string, string | number | boolean>): void | number | Promise<void | number>;
}

const COMMANDS: Readonly<Record<string, Command>> = {
  simulate: { options: { json: 'flag' }, usage: 'simulate FILE [--json]', run: runSimulate },
  grad: {
    options: { json: 'flag', method: 'string', shots: 'integer', sampling: 'string', seed: 'integer', h: 'number', variant: 'string', 'per-occurrence': 'flag' },
    usage: 'grad FILE --method adjoint|parameter-shift|finite-difference|spsa [--shots N] [--sampling independent|trajectory] [--seed S] [--h H] [--variant central|forward] [--per-occurrence] [--json]',
    run: runGrad,
  },
  train: { options: { json: 'flag', epochs: 'integer', out: 'string', threads: 'integer' }, usage: 'train FILE [--epochs E] [--threads N] [--out RESULT.json] [--json]', run: runTrain },
  study: { options: { json: 'flag', workers: 'integer' }, usage: 'study FILE [--workers N] [--json]', run: runStudy },
  bench: { options: { json: 'flag', only: 'string', quick: 'flag', peer: 'flag' }, usage: BENCH_USAGE, help: BENCH_HELP, run: (operands, options) => runBench(operands, options) },
  export: {
    options: { to: 'string', out: 'string', inputs: 'string', steps: 'integer', circuit: 'string', base: 'string', hide: 'string', lock: 'string', lesson: 'string', readable: 'flag' },
    usage: 'export FILE --to qasm3|url|json|pennylane|qiskit|numpy [--out F] [--inputs constants|input] [--steps N] [--circuit f|i|g|o|h|y] [--base URL] [--hide PANELS] [--lock cell] [--lesson NAME] [--readable]',
    run: runExport,
  },
};

const USAGE = `usage: npm run --silent qrnn -- COMMAND FILE [options]\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join('\n')}\n`;

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export async function main(argv: readonly string[]): Promise<number> {
  try {
    if (argv.length > 0 && (isHelp(argv[0]) || argv[0] === 'help')) {
      process.stdout.write(USAGE);
      return 0;
    }
    const command = Object.hasOwn(COMMANDS, argv[0] ?? '') ? COMMANDS[argv[0]] : undefined;
    if (command && argv.slice(1).some(isHelp)) {
      process.stdout.write(command.help ?? `usage: npm run --silent qrnn -- ${command.usage}\n`);
      return 0;
    }
    const tables = Object.fromEntries(Object.entries(COMMANDS).map(([k, c]) => [k, c.options]));
    const args = parseArgs(argv, tables);
    const code = await COMMANDS[args.command].run(args.operands, args.options);
    return typeof code === 'number' ? code : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`qrnn: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof FileRefusal) {
      process.stderr.write(`qrnn: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`qrnn: ${oneLine(error)}\n`);
    return 1;
  }
}

/** The single operand a file command takes. */
export function fileOperand(operands: string[], command: string): string {
  if (operands.length !== 1) throw new UsageError(`'${command}' takes exactly one FILE, got ${operands.length}`);
  return operands[0];
}

const invokedDirectly = process.argv[1] !== undefined && /main\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  // The last resort: an error thrown outside `main`'s try (a stray rejection, an event
  // handler) is still one line, never a stack trace.
  const fatal = (error: unknown) => {
    process.stderr.write(`qrnn: ${oneLine(error)}\n`);
    process.exit(1);
  };
  process.on('uncaughtException', fatal);
  process.on('unhandledRejection', fatal);
  // A reader that stops early (`simulate ... | head`) closes the pipe: stop quietly, as Unix tools do.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      fatal(error);
    });
  }
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, fatal);
}
