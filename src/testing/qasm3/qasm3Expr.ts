/**
 * Classical expressions of the OpenQASM 3 subset `qasm3.ts` writes: numbers, names (`pi`,
 * `π`, `tau`, `euler`, gate parameters, `input` variables), `+ - * /` with the usual
 * precedence and left associativity, unary minus, parentheses and one-argument built-in
 * functions. `evaluateExpr` computes a value in double precision.
 */
import { QasmSyntaxError, type Token } from './qasm3Lexer';

export type Expr =
  | { kind: 'number'; value: number }
  | { kind: 'name'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: Expr; right: Expr }
  | { kind: 'call'; name: string; arg: Expr };

/** The built-in one-argument functions of OpenQASM 3 this subset may call. */
const FUNCTIONS: Readonly<Record<string, (x: number) => number>> = {
  arccos: Math.acos, arcsin: Math.asin, arctan: Math.atan, cos: Math.cos, sin: Math.sin, tan: Math.tan,
  exp: Math.exp, ln: Math.log, sqrt: Math.sqrt,
};

const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, 'π': Math.PI, tau: 2 * Math.PI, euler: Math.E };

/** A cursor over tokens, shared by the expression and statement parsers. */
export interface Cursor {
  peek(): Token;
  next(): Token;
  /** Consumes the punctuation `text` or throws. */
  expect(text: string): Token;
  /** Consumes the punctuation `text` if it is next. */
  accept(text: string): boolean;
}

/** Parses an expression at the cursor. */
export function parseExpr(c: Cursor): Expr {
  let left = parseTerm(c);
  for (let t = c.peek(); t.kind === 'punct' && (t.text === '+' || t.text === '-'); t = c.peek()) {
    c.next();
    left = { kind: 'binary', op: t.text, left, right: parseTerm(c) };
  }
  return left;
}

function parseTerm(c: Cursor): Expr {
  let left = parseUnary(c);
  for (let t = c.peek(); t.kind === 'punct' && (t.text === '*' || t.text === '/'); t = c.peek()) {
    c.next();
    left = { kind: 'binary', op: t.text, left, right: parseUnary(c) };
  }
  return left;
}

function parseUnary(c: Cursor): Expr {
  if (c.accept('-')) return { kind: 'neg', arg: parseUnary(c) };
  if (c.accept('+')) return parseUnary(c);
  const t = c.next();
  if (t.kind === 'number') return { kind: 'number', value: Number(t.text) };
  if (t.kind === 'name') {
    if (!c.accept('(')) return { kind: 'name', name: t.text };
    if (!Object.prototype.hasOwnProperty.call(FUNCTIONS, t.text)) throw new QasmSyntaxError(`unknown function '${t.text}'`, t.line);
    const arg = parseExpr(c);
    c.expect(')');
    return { kind: 'call', name: t.text, arg };
  }
  if (t.kind === 'punct' && t.text === '(') {
    const inner = parseExpr(c);
    c.expect(')');
    return inner;
  }
  throw new QasmSyntaxError(`expected a number, a name or '(' but found '${t.text}'`, t.line);
}

/** The value of `e`, with names looked up in `env` and then among the built-in constants; throws for an unknown name. */
export function evaluateExpr(e: Expr, env: Readonly<Record<string, number>> = {}): number {
  switch (e.kind) {
    case 'number': return e.value;
    case 'name': {
      if (Object.prototype.hasOwnProperty.call(env, e.name)) return env[e.name];
      if (Object.prototype.hasOwnProperty.call(CONSTANTS, e.name)) return CONSTANTS[e.name];
      throw new Error(`unknown name '${e.name}'`);
    }
    case 'neg': return -evaluateExpr(e.arg, env);
    case 'call': return FUNCTIONS[e.name](evaluateExpr(e.arg, env));
    case 'binary': {
      const a = evaluateExpr(e.left, env), b = evaluateExpr(e.right, env);
      return e.op === '+' ? a + b : e.op === '-' ? a - b : e.op === '*' ? a * b : a / b;
    }
  }
}
