/**
 * Tokens of the OpenQASM 3 subset `qasm3.ts` writes: identifiers (including `π`), numbers,
 * strings and punctuation, with comments (`//` and `/* *\/`) and white space skipped. Used by
 * `qasm3Parse.ts`; a character outside the subset is a `QasmSyntaxError` naming its line.
 */

export type TokenKind = 'name' | 'number' | 'string' | 'punct' | 'end';

export interface Token {
  kind: TokenKind;
  text: string;
  line: number;
}

/** A problem in the program text, with the 1-based line it was found on. */
export class QasmSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
  }
}

const PUNCT = new Set([';', ',', '(', ')', '[', ']', '{', '}', '=', ':', '+', '-', '*', '/']);
const NUMBER = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|π)/;

/** Splits `text` into tokens, ending with one `end` token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') { line++; i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    if (text.startsWith('//', i)) { const end = text.indexOf('\n', i); i = end < 0 ? text.length : end; continue; }
    if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new QasmSyntaxError('a /* comment is not closed', line);
      line += text.slice(i, end).split('\n').length - 1;
      i = end + 2;
      continue;
    }
    const rest = text.slice(i, i + 64);
    const number = NUMBER.exec(rest);
    const name = NAME.exec(rest);
    if (number) { tokens.push({ kind: 'number', text: number[0], line }); i += number[0].length; continue; }
    if (name) { tokens.push({ kind: 'name', text: name[0], line }); i += name[0].length; continue; }
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) throw new QasmSyntaxError('a string is not closed', line);
      tokens.push({ kind: 'string', text: text.slice(i + 1, end), line });
      i = end + 1;
      continue;
    }
    if (PUNCT.has(c)) { tokens.push({ kind: 'punct', text: c, line }); i++; continue; }
    throw new QasmSyntaxError(`unexpected character '${c}'`, line);
  }
  tokens.push({ kind: 'end', text: '', line });
  return tokens;
}
