import { describe, expect, it } from 'vitest';
import { MAX_CSV_COLUMNS, MAX_CSV_ROWS, detectDelimiter, parseCsv, parseCsvNumber, type CsvParseResult } from './csv';

const table = (r: CsvParseResult) => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r;
};

describe('parseCsv', () => {
  it('reads a header and comma-separated rows, with LF, CRLF or CR line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const t = table(parseCsv(['t,temp', '1,20.5', '2,21'].join(eol) + eol));
      expect(t.header).toEqual(['t', 'temp']);
      expect(t.rows).toEqual([['1', '20.5'], ['2', '21']]);
      expect(t.lines).toEqual([2, 3]);
      expect(t.delimiter).toBe(',');
    }
  });

  it('detects semicolons and tabs, and reads decimal commas when the delimiter is not a comma', () => {
    const semi = table(parseCsv('a;b\n1,5;2\n3;4,25'));
    expect(semi.delimiter).toBe(';');
    expect(semi.rows).toEqual([['1,5', '2'], ['3', '4,25']]);
    expect(parseCsvNumber('4,25', ';')).toBe(4.25);
    expect(parseCsvNumber('4,25', ',')).toBeNull();
    expect(table(parseCsv('x\ty\n1\t2')).delimiter).toBe('\t');
  });

  it('handles quoted fields with delimiters, doubled quotes and line breaks inside, counting lines for later rows', () => {
    const t = table(parseCsv('name,v\n"Smith, J.",1\n"say ""hi""",2\n"two\nlines",3\n  "padded" ,4\nplain"quote,5'));
    expect(t.rows).toEqual([['Smith, J.', '1'], ['say "hi"', '2'], ['two\nlines', '3'], ['padded', '4'], ['plain"quote', '5']]);
    expect(t.lines).toEqual([2, 3, 4, 6, 7]);
  });

  it('skips blank lines and a byte-order mark, and keeps empty fields', () => {
    const t = table(parseCsv('\uFEFFa,b\n\n1,\n,2\n\n'));
    expect(t.header).toEqual(['a', 'b']);
    expect(t.rows).toEqual([['1', ''], ['', '2']]);
    expect(t.lines).toEqual([3, 4]);
  });

  it('auto-detects a header only when no field of the first row is a number; header: false/true override', () => {
    expect(table(parseCsv('1,2\n3,4')).header).toBeNull();
    expect(table(parseCsv('2020-01-01,5.3\n2020-01-02,6')).header).toBeNull();
    expect(table(parseCsv('a,b\n3,4', { header: false })).rows).toHaveLength(2);
    expect(table(parseCsv('1,2\n3,4', { header: true })).header).toEqual(['1', '2']);
  });

  it('refuses an empty text, an unclosed quote, text after a closing quote and more than 100000 rows', () => {
    const message = (r: CsvParseResult) => (r.ok ? '' : r.errors[0].path + ': ' + r.errors[0].message);
    expect(message(parseCsv(''))).toMatch(/^data\.text: is empty/);
    expect(message(parseCsv('\n \n'))).toMatch(/is empty/);
    expect(message(parseCsv('a\n1\n"open,2\n3'))).toBe('data.text: row 3: a quoted field opened on line 3 is never closed');
    expect(message(parseCsv('a,b\n"x"y,2'))).toMatch(/^data\.text: row 2: unexpected text after the closing quote/);
    expect(message(parseCsv('v\n' + '1\n'.repeat(MAX_CSV_ROWS + 1)))).toMatch(/more than 100000 rows/);
    expect(parseCsv('v\n' + '1\n'.repeat(MAX_CSV_ROWS)).ok).toBe(true);
  });
});

describe('parseCsvNumber', () => {
  it('accepts decimal and exponent notation with surrounding spaces and refuses words, blanks and infinities', () => {
    expect(parseCsvNumber(' -1.5e3 ')).toBe(-1500);
    expect(parseCsvNumber('.5')).toBe(0.5);
    expect(parseCsvNumber('7.')).toBe(7);
    for (const s of ['', ' ', 'n/a', 'NaN', 'Infinity', '1e999', '0x10', '1,000', '--1']) expect(parseCsvNumber(s), s).toBeNull();
  });
});

describe('detectDelimiter', () => {
  it('prefers a delimiter used consistently on every line, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('a,b;c\n1,2;3')).toBe(';');
    expect(detectDelimiter('"a;b",c\n"1;2",3')).toBe(',');
    expect(detectDelimiter('single\n1\n2')).toBe(',');
  });
});

describe('the column limit (issue 7)', () => {
  it(`accepts ${MAX_CSV_COLUMNS} columns and refuses ${MAX_CSV_COLUMNS + 1}, naming the count and the cap`, () => {
    const row = (n: number) => Array.from({ length: n }, (_, c) => String(c)).join(',');
    expect(table(parseCsv(`${row(MAX_CSV_COLUMNS)}\n`)).rows[0]).toHaveLength(MAX_CSV_COLUMNS);
    expect(parseCsv(`1,2\n${row(MAX_CSV_COLUMNS + 1)}\n3,4\n`)).toEqual({ ok: false, errors: [{ path: 'data.text', message: 'row 2 has 1,001 columns; at most 1,000 are allowed' }] });
  });

  it('refuses the 5 MB one-row CSV of 2.4 million columns in well under a second, counting quoted fields once', () => {
    const text = '1,'.repeat(2_400_000) + '"a,b"\n';
    const started = performance.now();
    expect(parseCsv(text)).toEqual({ ok: false, errors: [{ path: 'data.text', message: 'row 1 has 2,400,001 columns; at most 1,000 are allowed' }] });
    expect(performance.now() - started).toBeLessThan(5000); // a guard against a hang, not a performance figure
  });
});
