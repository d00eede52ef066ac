import { describe, expect, it } from 'vitest';
import { csvColumns, generateCsv } from './csvData';
import { pathsOf, run, seriesOf } from '../testing/series';

const weather = 'date,temp,city\n2024-01-01,5.5,Oslo\n2024-01-02,6,Oslo\n2024-01-03,-1.25,Oslo';

describe('generateCsv', () => {
  it('reads a column by header name or 0-based index, column 0 by default', () => {
    expect(seriesOf(run(generateCsv, { text: weather, column: 'temp' })).inputs).toEqual([5.5, 6, -1.25]);
    expect(seriesOf(run(generateCsv, { text: weather, column: 1 })).inputs).toEqual([5.5, 6, -1.25]);
    expect(seriesOf(run(generateCsv, { text: '1\n2\n3' })).inputs).toEqual([1, 2, 3]);
  });

  it('with targetColumn is a cross-prediction pair', () => {
    const s = seriesOf(run(generateCsv, { text: 'x,y\n1,10\n2,20\n3,30', column: 'x', targetColumn: 'y' }));
    expect(s).toMatchObject({ inputs: [1, 2, 3], targets: [[10, 20, 30]], cross: true });
  });

  it('with targetColumns gives one target series per output (docs/spec.md §5.3), by name or index', () => {
    const text = 'x,y,z\n1,10,-1\n2,20,-2\n3,30,-3';
    expect(seriesOf(run(generateCsv, { text, column: 'x', targetColumns: ['y', 2] }))).toMatchObject({ inputs: [1, 2, 3], targets: [[10, 20, 30], [-1, -2, -3]], cross: true });
    expect(run(generateCsv, { text, targetColumns: ['w'] })).toMatchObject({ ok: false, errors: [{ path: 'data.targetColumns' }] });
    expect(run(generateCsv, { text, targetColumns: [] })).toMatchObject({ ok: false, errors: [{ path: 'data.targetColumns' }] });
    expect(run(generateCsv, { text, targetColumn: 'y', targetColumns: ['z'] })).toMatchObject({ ok: false, errors: [{ path: 'data.targetColumn' }] });
  });

  it("names the row and column of a bad cell: \"row 3, column 'temp': 'n/a' is not a number\"", () => {
    const r = run(generateCsv, { text: 'date,temp\nd1,5\nd2,n/a\nd3,\nd4', column: 'temp' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { path: 'data.text', message: "row 3, column 'temp': 'n/a' is not a number" },
      { path: 'data.text', message: "row 4, column 'temp': the cell is empty" },
      { path: 'data.text', message: "row 5, column 'temp': the row has only 1 field" },
    ]);
  });

  it('summarises after five bad cells', () => {
    const r = run(generateCsv, { text: 'v\n1\n' + 'x\n'.repeat(8) });
    expect(pathsOf(r)).toHaveLength(6);
    if (!r.ok) expect(r.errors[5].message).toBe("column 'v': 3 more cells are not numbers");
  });

  it('refuses a column with no numbers, an unknown name, a name without a header and a missing index', () => {
    expect(pathsOf(run(generateCsv, { text: weather, column: 'city' }))).toEqual(['data.column']);
    expect(pathsOf(run(generateCsv, { text: weather, column: 'pressure' }))).toEqual(['data.column']);
    expect(pathsOf(run(generateCsv, { text: '1,2\n3,4', column: 'a' }))).toEqual(['data.column']);
    expect(pathsOf(run(generateCsv, { text: weather, targetColumn: 7 }))).toEqual(['data.targetColumn']);
    expect(pathsOf(run(generateCsv, { text: 'a,b', column: 'a' }))).toEqual(['data.column']);
    expect(pathsOf(run(generateCsv, {}))).toEqual(['data.text']);
    expect(pathsOf(run(generateCsv, { text: 5, header: 'yes' }))).toEqual(['data.header', 'data.text']);
  });

  it('header: false reads a numeric-looking text first row as data', () => {
    expect(pathsOf(run(generateCsv, { text: 'n/a\n1\n2', header: false }))).toEqual(['data.text']);
    expect(seriesOf(run(generateCsv, { text: 'n/a\n1\n2' })).inputs).toEqual([1, 2]);
  });
});

describe('csvColumns', () => {
  it('lists every column with its name and whether each data row holds a number', () => {
    const r = csvColumns(weather);
    expect(r).toEqual({
      ok: true, header: true, rows: 3,
      columns: [
        { index: 0, name: 'date', numeric: false, numbers: 0, monotonic: false },
        { index: 1, name: 'temp', numeric: true, numbers: 3, monotonic: false },
        { index: 2, name: 'city', numeric: false, numbers: 0, monotonic: false },
      ],
    });
  });

  it('names columns "column <i>" without a header and counts partially numeric columns', () => {
    const r = csvColumns('1,a\n2,3\n,4');
    expect(r.ok && r.columns).toEqual([
      { index: 0, name: 'column 0', numeric: false, numbers: 2, monotonic: true },
      { index: 1, name: 'column 1', numeric: false, numbers: 2, monotonic: true },
    ]);
  });

  it('marks a column whose numbers never fall, or never rise, as monotonic (a time or an index)', () => {
    const r = csvColumns('t,up,down,flat,wave\n1,0,9,2,0\n2,0,8,2,1\n3,5,8,2,0\n');
    expect(r.ok && r.columns.map((c) => c.monotonic)).toEqual([true, true, true, true, false]);
  });

  it('passes parse errors through', () => {
    expect(csvColumns('"open').ok).toBe(false);
  });
});
