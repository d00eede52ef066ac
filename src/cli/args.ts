/**
 * Command-line arguments: a command, positional operands, and `--name value` / `--flag`
 * options checked against each command's table. Every refusal is a `UsageError` naming the
 * option, which `main.ts` turns into exit code 2.
 */

export class UsageError extends Error {}

export type OptionKind = 'flag' | 'string' | 'integer' | 'number';

export interface ParsedArgs {
  command: string;
  operands: string[];
  options: Record<string, string | number | boolean>;
}

/** Parses `argv` (without `node` and the script) against `table` for the command. */
export function parseArgs(argv: readonly string[], tables: Readonly<Record<string, Readonly<Record<string, OptionKind>>>>): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command) throw new UsageError('missing command');
  // Own properties only: `constructor` or `toString` is no command, and no option either.
  const table = Object.hasOwn(tables, command) ? tables[command] : undefined;
  if (!table) throw new UsageError(`unknown command '${command}' (expected one of ${Object.keys(tables).join(', ')})`);
  const operands: string[] = [];
  const options: Record<string, string | number | boolean> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) { operands.push(arg); continue; }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const kind = Object.hasOwn(table, name) ? table[name] : undefined;
    if (!kind) throw new UsageError(`unknown option '--${name}' for '${command}' (expected ${Object.keys(table).map((k) => `--${k}`).join(', ') || 'none'})`);
    if (kind === 'flag') { options[name] = true; continue; }
    const raw = inline ?? rest[++i];
    if (raw === undefined) throw new UsageError(`option '--${name}' needs a value`);
    options[name] = convert(name, kind, raw);
  }
  return { command, operands, options };
}

function convert(name: string, kind: OptionKind, raw: string): string | number {
  if (kind === 'string') return raw;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) throw new UsageError(`option '--${name}' must be a number, got '${raw}'`);
  if (kind === 'integer' && !Number.isInteger(value)) throw new UsageError(`option '--${name}' must be a whole number, got '${raw}'`);
  return value;
}
