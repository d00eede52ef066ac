/**
 * The `csv` generator and the column picker: choosing a column of a parsed CSV by header name
 * or 0-based index, reading it as numbers with errors that name the row and column, and
 * listing the columns with whether they are numeric. The CSV content travels inside the
 * experiment (`data.text`), so a shared experiment carries its data.
 */
import type { FieldError } from '../model/types';
import { type FieldReader } from './fields';
import { parseCsv, parseCsvNumber, type CsvOptions, type CsvTable } from './csv';
import { pairSeries, refused, type SeriesResult } from './series';

/** Defaults of the `csv` parameters (`targetColumn` defaults to `column`, `header` to auto-detection). */
export const CSV_DEFAULTS = {
  /** Header name or 0-based index of the input column. */
  column: 0 as string | number,
};

/** Most cell errors reported for one column before the rest are summarised. */
const MAX_CELL_ERRORS = 5;

/** One column of a CSV text, as a column picker shows it. */
export interface CsvColumn {
  /** 0-based column index. */
  index: number;
  /** The header name, or `column <index>` when the text has no header row. */
  name: string;
  /** True when every data row has a number in this column (and there is at least one row). */
  numeric: boolean;
  /** How many data rows have a number in this column. */
  numbers: number;
  /**
   * True when the column's numbers, read down the rows, never fall or never rise (at least
   * two of them): a time stamp or an index, which a picker should not choose first.
   */
  monotonic: boolean;
}

/** The columns of a CSV text with the number of data rows, or its parse errors. */
export type CsvColumnsResult = { ok: true; header: boolean; rows: number; columns: CsvColumn[] } | { ok: false; errors: FieldError[] };

function columnCount(table: CsvTable): number {
  return table.rows.reduce((most, row) => Math.max(most, row.length), table.header?.length ?? 0);
}

/** The columns of `text` for a picker: name, index and whether they hold numbers. */
export function csvColumns(text: string, options: CsvOptions = {}): CsvColumnsResult {
  const table = parseCsv(text, options);
  if (!table.ok) return table;
  const columns: CsvColumn[] = [];
  for (let c = 0; c < columnCount(table); c++) {
    let numbers = 0, rises = false, falls = false, last: number | null = null;
    for (const row of table.rows) {
      const v = c < row.length ? parseCsvNumber(row[c], table.delimiter) : null;
      if (v === null) continue;
      numbers++;
      if (last !== null && v > last) rises = true;
      if (last !== null && v < last) falls = true;
      last = v;
    }
    const name = table.header && c < table.header.length && table.header[c] !== '' ? table.header[c] : `column ${c}`;
    columns.push({ index: c, name, numeric: numbers > 0 && numbers === table.rows.length, numbers, monotonic: numbers >= 2 && !(rises && falls) });
  }
  return { ok: true, header: table.header !== null, rows: table.rows.length, columns };
}

/** How a column is named in messages: `'temp'` with a header, `2` without. */
function label(table: CsvTable, index: number): string {
  return table.header && index < table.header.length && table.header[index] !== '' ? `'${table.header[index]}'` : String(index);
}

/** Resolves `data.<name>` (a header name or 0-based index) to a column index, or records an error. */
function resolveColumn(fields: FieldReader, table: CsvTable, name: string, value: unknown): number | null {
  const count = columnCount(table);
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0 && value < count) return value;
    fields.fail(name, `column index ${value} does not exist: the file has ${count} column${count === 1 ? '' : 's'} (0 to ${count - 1})`);
    return null;
  }
  if (typeof value === 'string') {
    if (!table.header) { fields.fail(name, `the file has no header row, so name the column by its 0-based index, not '${value}'`); return null; }
    const index = table.header.indexOf(value.trim());
    if (index >= 0) return index;
    fields.fail(name, `there is no column named '${value}'; the columns are ${table.header.map((h) => `'${h}'`).join(', ')}`);
    return null;
  }
  fields.fail(name, 'must be a column name (text) or a 0-based column index');
  return null;
}

/** The numbers of column `index`, or records errors naming row and column. */
function readColumn(fields: FieldReader, table: CsvTable, index: number, name: string): number[] {
  const col = label(table, index);
  if (table.rows.length === 0) { fields.fail(name, `column ${col} is empty: the file has no data rows`); return []; }
  const values: number[] = [];
  const bad: string[] = [];
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const where = `row ${table.lines[r]}, column ${col}`;
    if (index >= row.length) { bad.push(`${where}: the row has only ${row.length} field${row.length === 1 ? '' : 's'}`); continue; }
    const v = parseCsvNumber(row[index], table.delimiter);
    if (v !== null) values.push(v);
    else bad.push(row[index].trim() === '' ? `${where}: the cell is empty` : `${where}: '${row[index].trim()}' is not a number`);
  }
  if (values.length === 0) {
    fields.fail(name, `column ${col} holds no numbers; choose a numeric column`);
  } else {
    for (const message of bad.slice(0, MAX_CELL_ERRORS)) fields.fail('text', message);
    if (bad.length > MAX_CELL_ERRORS) fields.fail('text', `column ${col}: ${bad.length - MAX_CELL_ERRORS} more cells are not numbers`);
  }
  return values;
}

/** Generates the series of a CSV column (and of `targetColumn` for cross-prediction). */
export function generateCsv(fields: FieldReader): SeriesResult {
  const text = fields.raw('text');
  const header = fields.boolean('header', false);
  const headerGiven = typeof fields.raw('header') === 'boolean';
  if (typeof text !== 'string') {
    fields.fail('text', text === undefined ? 'is missing: a csv dataset carries its CSV content as text' : 'must be the CSV content as text');
    return { ok: false, errors: fields.errors.slice() };
  }
  const table = parseCsv(text, headerGiven ? { header } : {});
  if (!table.ok) return table;
  const columnRaw = fields.raw('column');
  const inputIndex = resolveColumn(fields, table, 'column', columnRaw === undefined ? CSV_DEFAULTS.column : columnRaw);
  const targetIndices = resolveTargets(fields, table, inputIndex);
  if (inputIndex === null || targetIndices === null) return { ok: false, errors: fields.errors.slice() };
  const inputs = readColumn(fields, table, inputIndex, 'column');
  const field = fields.raw('targetColumns') === undefined ? 'targetColumn' : 'targetColumns';
  const targets = targetIndices.map((i) => (i === inputIndex ? inputs : readColumn(fields, table, i, field)));
  const stop = refused(fields);
  if (stop) return stop;
  return pairSeries(inputs, targets, targetIndices.length > 1 || targetIndices[0] !== inputIndex);
}

/**
 * The target columns: `targetColumns` (a list, one per output, docs/spec.md §5.3), else
 * `targetColumn`, else the input column itself; `null` when one cannot be resolved.
 */
function resolveTargets(fields: FieldReader, table: CsvTable, inputIndex: number | null): number[] | null {
  const list = fields.raw('targetColumns');
  if (list !== undefined) {
    if (fields.raw('targetColumn') !== undefined) { fields.fail('targetColumn', 'give targetColumn or targetColumns, not both'); return null; }
    if (!Array.isArray(list) || list.length === 0) { fields.fail('targetColumns', 'must be a non-empty list of header names or 0-based column indices, one per output'); return null; }
    const indices = list.map((c) => resolveColumn(fields, table, 'targetColumns', c));
    return indices.every((i): i is number => i !== null) ? indices : null;
  }
  const targetRaw = fields.raw('targetColumn');
  const single = targetRaw === undefined ? inputIndex : resolveColumn(fields, table, 'targetColumn', targetRaw);
  return single === null ? null : [single];
}
