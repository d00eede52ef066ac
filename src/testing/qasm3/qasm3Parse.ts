/**
 * A parser for exactly the OpenQASM 3 subset `qasm3.ts` writes, so that tests can read an
 * export back and compare it with the lab's own unrolled circuit: the version line,
 * `include`, `gate` definitions (calls on the gate's own qubit names), `input float[64]`,
 * one `qubit[n]` register, `bit[n]` declarations (optionally `= measure ...`), measurements
 * into a register or one bit, `reset`, and gate applications with expression arguments.
 * Operands are `q[i]`, `q[a:b]` (inclusive, as in OpenQASM 3) or the whole register. It is
 * not a general OpenQASM 3 parser. Parsing never throws: a problem is a message and a line.
 */
import { parseExpr, type Cursor, type Expr } from './qasm3Expr';
import { QasmSyntaxError, tokenize, type Token } from './qasm3Lexer';

/** A gate applied inside a definition, to the definition's own qubit names. */
export interface DefinitionCall {
  name: string;
  args: Expr[];
  qubits: string[];
}

export interface GateDefinition {
  name: string;
  params: string[];
  qubits: string[];
  body: DefinitionCall[];
}

/** A statement at global scope; `qubits` are indices into the qubit register. */
export type QasmStatement =
  | { kind: 'gate'; name: string; args: Expr[]; qubits: number[]; line: number }
  | { kind: 'measure'; target: string; bit: number | null; qubits: number[]; line: number }
  | { kind: 'reset'; qubits: number[]; line: number };

export interface QasmProgram {
  version: string;
  includes: string[];
  definitions: Record<string, GateDefinition>;
  /** Names declared with `input`, in order. */
  inputs: string[];
  /** The qubit register. */
  register: { name: string; size: number };
  /** Bit registers: name -> size. */
  bits: Record<string, number>;
  statements: QasmStatement[];
}

export type QasmParseResult = { ok: true; program: QasmProgram } | { ok: false; message: string; line: number };

/** Parses `text`; see the module comment for the subset. */
export function parseQasm3(text: string): QasmParseResult {
  try {
    return { ok: true, program: new Parser(tokenize(text)).program() };
  } catch (error) {
    if (error instanceof QasmSyntaxError) return { ok: false, message: error.message, line: error.line };
    return { ok: false, message: error instanceof Error ? error.message : String(error), line: 0 };
  }
}

class Parser implements Cursor {
  private at = 0;
  private readonly out: QasmProgram = { version: '', includes: [], definitions: {}, inputs: [], register: { name: '', size: 0 }, bits: {}, statements: [] };

  constructor(private readonly tokens: Token[]) {}

  peek(): Token { return this.tokens[this.at]; }
  next(): Token { const t = this.tokens[this.at]; if (t.kind !== 'end') this.at++; return t; }
  accept(text: string): boolean { const t = this.peek(); if (t.kind === 'punct' && t.text === text) { this.at++; return true; } return false; }
  expect(text: string): Token {
    const t = this.next();
    if (t.kind !== 'punct' || t.text !== text) throw new QasmSyntaxError(`expected '${text}' but found '${t.text || 'the end'}'`, t.line);
    return t;
  }

  private name(): string {
    const t = this.next();
    if (t.kind !== 'name') throw new QasmSyntaxError(`expected a name but found '${t.text || 'the end'}'`, t.line);
    return t.text;
  }

  private integer(): number {
    const t = this.next();
    if (t.kind !== 'number' || !/^\d+$/.test(t.text)) throw new QasmSyntaxError(`expected a whole number but found '${t.text}'`, t.line);
    return Number(t.text);
  }

  program(): QasmProgram {
    const first = this.next();
    if (first.text !== 'OPENQASM') throw new QasmSyntaxError('a program starts with OPENQASM 3.0;', first.line);
    this.out.version = this.next().text;
    this.expect(';');
    while (this.peek().kind !== 'end') this.statement();
    return this.out;
  }

  private statement(): void {
    const t = this.peek();
    if (t.kind !== 'name') throw new QasmSyntaxError(`unexpected '${t.text}'`, t.line);
    if (t.text === 'include') { this.next(); this.out.includes.push(this.stringToken()); this.expect(';'); return; }
    if (t.text === 'gate') { this.next(); this.definition(); return; }
    if (t.text === 'input') { this.next(); this.floatType(); this.out.inputs.push(this.name()); this.expect(';'); return; }
    if (t.text === 'qubit') { this.next(); this.qubitDeclaration(); return; }
    if (t.text === 'bit') { this.next(); this.bitDeclaration(); return; }
    if (t.text === 'reset') { this.next(); this.out.statements.push({ kind: 'reset', qubits: this.operand(), line: t.line }); this.expect(';'); return; }
    const ahead = this.tokens[this.at + 1];
    if (ahead.kind === 'punct' && (ahead.text === '=' || ahead.text === '[')) { this.assignment(); return; }
    this.application();
  }

  private stringToken(): string {
    const t = this.next();
    if (t.kind !== 'string') throw new QasmSyntaxError('expected a "string"', t.line);
    return t.text;
  }

  private floatType(): void {
    const t = this.next();
    if (t.text !== 'float') throw new QasmSyntaxError(`expected float but found '${t.text}'`, t.line);
    if (this.accept('[')) { this.integer(); this.expect(']'); }
  }

  private definition(): void {
    const name = this.name();
    const params = this.accept('(') ? this.list(')', () => this.name()) : [];
    const qubits = [this.name()];
    while (this.accept(',')) qubits.push(this.name());
    this.expect('{');
    const body: DefinitionCall[] = [];
    while (!this.accept('}')) {
      const gate = this.name();
      const args = this.accept('(') ? this.list(')', () => parseExpr(this)) : [];
      const on = [this.name()];
      while (this.accept(',')) on.push(this.name());
      this.expect(';');
      for (const q of on) if (!qubits.includes(q)) throw new QasmSyntaxError(`gate ${name} has no qubit '${q}'`, this.peek().line);
      body.push({ name: gate, args, qubits: on });
    }
    this.out.definitions[name] = { name, params, qubits, body };
  }

  /** Items up to the closing punctuation `close` (the opening one is already consumed). */
  private list<T>(close: string, item: () => T): T[] {
    const out: T[] = [];
    if (this.accept(close)) return out;
    do out.push(item()); while (this.accept(','));
    this.expect(close);
    return out;
  }

  private qubitDeclaration(): void {
    const line = this.peek().line;
    if (this.out.register.name !== '') throw new QasmSyntaxError('this parser reads one qubit register', line);
    this.expect('[');
    const size = this.integer();
    this.expect(']');
    this.out.register = { name: this.name(), size };
    this.expect(';');
  }

  private bitDeclaration(): void {
    let size = 1;
    if (this.accept('[')) { size = this.integer(); this.expect(']'); }
    const name = this.name();
    this.out.bits[name] = size;
    if (this.accept('=')) this.measurement(name, null);
    this.expect(';');
  }

  private assignment(): void {
    const target = this.name();
    let bit: number | null = null;
    if (this.accept('[')) { bit = this.integer(); this.expect(']'); }
    this.expect('=');
    this.measurement(target, bit);
    this.expect(';');
  }

  private measurement(target: string, bit: number | null): void {
    const t = this.next();
    if (t.text !== 'measure') throw new QasmSyntaxError(`expected measure but found '${t.text}'`, t.line);
    if (!(target in this.out.bits)) throw new QasmSyntaxError(`bit register '${target}' is not declared`, t.line);
    const qubits = this.operand();
    const size = bit === null ? this.out.bits[target] : 1;
    if (qubits.length !== size) throw new QasmSyntaxError(`measuring ${qubits.length} qubits into ${size} bits`, t.line);
    this.out.statements.push({ kind: 'measure', target, bit, qubits, line: t.line });
  }

  private application(): void {
    const line = this.peek().line;
    const name = this.name();
    const args = this.accept('(') ? this.list(')', () => parseExpr(this)) : [];
    const qubits = this.operand();
    while (this.accept(',')) qubits.push(...this.operand());
    this.expect(';');
    this.out.statements.push({ kind: 'gate', name, args, qubits, line });
  }

  /** `q[i]`, `q[a:b]` (inclusive) or `q`: the qubit indices it names. */
  private operand(): number[] {
    const line = this.peek().line;
    const name = this.name();
    const { register } = this.out;
    if (name !== register.name) throw new QasmSyntaxError(`'${name}' is not the qubit register`, line);
    if (!this.accept('[')) return Array.from({ length: register.size }, (_, i) => i);
    const from = this.integer();
    const to = this.accept(':') ? this.integer() : from;
    this.expect(']');
    if (to < from || to >= register.size) throw new QasmSyntaxError(`qubit index out of range: ${name}[${from}${to === from ? '' : `:${to}`}]`, line);
    return Array.from({ length: to - from + 1 }, (_, i) => from + i);
  }
}
