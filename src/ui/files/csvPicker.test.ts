/**
 * The CSV column picker's model on CSVs parsed by `csvColumns`: the choices and their
 * labels, the column chosen first, the `data` block a choice makes (windowing kept, header
 * name or index), and the messages of refused CSVs (row and column named).
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../data/build';
import { csvColumns } from '../../data/csvData';
import type { DataSpec } from '../../model/types';
import { MAX_PICKER_COLUMNS, columnOptions, csvDataSpec, defaultColumn, describeCsvErrors, hiddenColumnsNote } from './csvPicker';

const sine: DataSpec = { kind: 'sine', length: 120, seed: 1, window: 12, horizon: 1, split: 0.75, normalize: 'minmax' };
const rows = Array.from({ length: 30 }, (_, t) => `2024-01-${String(t + 1).padStart(2, '0')},${t === 4 ? 'n/a' : (t * 0.5).toFixed(1)},${t % 3}`);
const gappy = `date,temp,phase\n${rows.join('\n')}\n`;

function columnsOf(text: string) {
  const parsed = csvColumns(text);
  if (!parsed.ok) throw new Error(parsed.errors[0].message);
  return parsed;
}

describe('columnOptions(columns, rows) and defaultColumn(columns)', () => {
  it('labels each column with how many of its rows are numbers; a column without numbers is not usable', () => {
    const parsed = columnsOf(gappy);
    expect(columnOptions(parsed.columns, parsed.rows)).toEqual([
      { index: 0, name: 'date', label: 'date: no numbers', usable: false },
      { index: 1, name: 'temp', label: 'temp: 29 of 30 rows are numbers', usable: true },
      { index: 2, name: 'phase', label: 'phase: 30 numbers', usable: true },
    ]);
  });

  it('chooses the first all-numeric column that goes both up and down, else the first usable one, else none', () => {
    expect(defaultColumn(columnsOf(gappy).columns)?.index).toBe(2);
    expect(defaultColumn(columnsOf('a,b\nx,1\ny,z\n').columns)?.index).toBe(1);
    expect(defaultColumn(columnsOf('a,b\nx,y\n').columns)).toBeNull();
  });

  it('passes over a time or index column, which only rises, and says why', () => {
    const text = 't,index,value\n0.0,1,0.5\n0.1,2,0.9\n0.2,3,0.4\n0.3,4,0.7\n';
    expect(defaultColumn(columnsOf(text).columns)).toEqual({
      index: 2,
      reason: 'Chose “value”: it is the first column of numbers that goes both up and down; “t”, “index” only rise or fall, like times or indices.',
    });
  });

  it('falls back to the first column of numbers when every one is monotonic, and says to check it', () => {
    const choice = defaultColumn(columnsOf('t,v\n1,5\n2,6\n3,7\n').columns);
    expect(choice?.index).toBe(0);
    expect(choice?.reason).toMatch(/only rises or falls, so check/);
  });
});

describe('csvDataSpec(current, text, columns, index, header)', () => {
  it('names the column by its header and keeps the windowing of a generator', () => {
    const parsed = columnsOf(gappy);
    expect(csvDataSpec(sine, gappy, parsed.columns, 2, true)).toEqual({ kind: 'csv', text: gappy, column: 'phase', window: 12, horizon: 1, split: 0.75, normalize: 'minmax' });
  });

  it('uses the index without a header, or when the header name repeats', () => {
    const plain = '1,2\n3,4\n';
    expect(csvDataSpec(sine, plain, columnsOf(plain).columns, 1, false).column).toBe(1);
    const twice = 'x,x\n1,2\n3,4\n';
    expect(csvDataSpec(sine, twice, columnsOf(twice).columns, 1, true).column).toBe(1);
  });

  it('takes no windowing from inline data', () => {
    const inline: DataSpec = { kind: 'inline', inputs: [1, 2], targets: [2, 3] };
    expect(csvDataSpec(inline, '1\n2\n', columnsOf('1\n2\n').columns, 0, false)).toEqual({ kind: 'csv', text: '1\n2\n', column: 0 });
  });

  it('a column with a text cell builds no dataset, and the message names its row and column', () => {
    const parsed = columnsOf(gappy);
    const built = buildDataset(csvDataSpec(sine, gappy, parsed.columns, 1, true));
    expect(built.ok).toBe(false);
    if (!built.ok) expect(describeCsvErrors(built.errors)).toMatch(/row 6, column 'temp': 'n\/a' is not a number\.$/);
    expect(buildDataset(csvDataSpec(sine, gappy, parsed.columns, 2, true)).ok).toBe(true);
  });
});

describe('describeCsvErrors(errors)', () => {
  it('gives the first error with its path and counts the others', () => {
    const parsed = csvColumns('a,b\n1,"2\n');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(describeCsvErrors(parsed.errors)).toBe('row 2: a quoted field opened on line 2 is never closed.');
    expect(describeCsvErrors([{ path: 'a', message: 'x' }, { path: 'b', message: 'y' }])).toBe('a: x (and 1 more).');
    expect(describeCsvErrors([])).toBe('it is not a CSV the lab can read.');
  });
});

describe('the picker lists at most MAX_PICKER_COLUMNS columns (issue 7)', () => {
  const wide = (n: number) => `${Array.from({ length: n }, (_, c) => `c${c}`).join(',')}\n${Array.from({ length: n }, (_, c) => (c < n - 1 ? 'x' : '1')).join(',')}\n`;

  it(`lists the first ${MAX_PICKER_COLUMNS} of 1,000 columns, plus the first numeric one beyond them, and says how many more there are`, () => {
    const parsed = columnsOf(wide(1000));
    const initial = defaultColumn(parsed.columns)?.index ?? null;
    expect(initial).toBe(999);
    const options = columnOptions(parsed.columns, parsed.rows, initial);
    expect(options).toHaveLength(MAX_PICKER_COLUMNS + 1);
    expect(options[MAX_PICKER_COLUMNS]).toMatchObject({ index: 999, usable: true });
    expect(hiddenColumnsNote(parsed.columns.length, options.length)).toBe('The CSV has 1,000 columns; 201 are listed here and 799 more are not. To use another, name it (header or 0-based index) in the experiment file\'s data.column.');
  });

  it('lists every column of a narrow CSV, with no note', () => {
    const parsed = columnsOf(wide(12));
    expect(columnOptions(parsed.columns, parsed.rows, 11)).toHaveLength(12);
    expect(hiddenColumnsNote(12, 12)).toBeNull();
  });
});
