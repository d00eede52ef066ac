/**
 * Parsing CSV text (RFC 4180 and its common variants) into rows of strings: fields separated
 * by commas, semicolons or tabs (detected), quoted fields with doubled quotes and embedded
 * line breaks, LF, CRLF or CR line ends, a byte-order mark, blank lines skipped. It also
 * decides whether the first row is a header. It does not interpret columns: see `csvData.ts`.
 */
import type { FieldError } from '../model/types';

/** Most data rows a CSV may have (the same bound as every generated series). */
export const MAX_CSV_ROWS = 100_000;
/** Most characters a CSV text may have (about 20 MB), checked before any parsing. */
const MAX_CSV_CHARS = 20_000_000;
/**
 * Most fields a CSV row may have: a 5 MB row of 2.4 million columns froze the page for a
 * minute. A row past it stops the parse at once, and the refusal names the row's count.
 */
export const MAX_CSV_COLUMNS = 1_000;

/** The field separators `parseCsv` detects. */
export type CsvDelimiter = ',' | ';' | '\t';

/** Options of `parseCsv` and `csvColumns`. */
export interface CsvOptions {
  /** Whether the first row is a header; absent: a header when none of its fields is a number. */
  header?: boolean;
  /** The path named by errors; default `data.text`. */
  path?: string;
}

/** The rows of a CSV text, header separated. */
export interface CsvTable {
  /** The first row's fields, trimmed, when it is a header; otherwise null. */
  header: string[] | null;
  /** Data rows (header excluded), fields untrimmed; rows may differ in length. */
  rows: string[][];
  /** For each data row, the 1-based line of the text where it starts (for error messages). */
  lines: number[];
  delimiter: CsvDelimiter;
}

/** A parsed table, or errors naming `data.text` (or `options.path`). */
export type CsvParseResult = ({ ok: true } & CsvTable) | { ok: false; errors: FieldError[] };

const CANDIDATES: readonly CsvDelimiter[] = ['\t', ';', ','];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+([eE][+-]?\d+)?$/;

/**
 * The number a CSV field holds, or null. Accepts decimal and exponent notation after trimming
 * spaces; with a semicolon or tab delimiter also a decimal comma (`3,14`). Infinite values
 * (such as `1e999`) and words like `NaN` are not numbers.
 */
export function parseCsvNumber(field: string, delimiter: CsvDelimiter = ','): number | null {
  const s = field.trim();
  let v: number;
  if (NUMBER.test(s)) v = Number(s);
  else if (delimiter !== ',' && DECIMAL_COMMA.test(s)) v = Number(s.replace(',', '.'));
  else return null;
  return Number.isFinite(v) ? v : null;
}

/**
 * The delimiter of `text`: the first of tab, semicolon, comma that appears on the first line
 * (outside quotes) the same number of times on each of the first 20 lines; failing that, the
 * most frequent on the first line; failing that (one column), a comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: number[][] = [];
  let current = [0, 0, 0], inQuotes = false, content = false;
  for (let i = 0; i <= text.length && counts.length < 20; i++) {
    const ch = i < text.length ? text[i] : '\n';
    if (ch === '"') inQuotes = !inQuotes;
    if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (content) counts.push(current);
      current = [0, 0, 0];
      content = false;
      continue;
    }
    if (!inQuotes) { const k = CANDIDATES.indexOf(ch as CsvDelimiter); if (k >= 0) current[k]++; }
    if (ch !== ' ') content = true;
  }
  if (counts.length === 0) return ',';
  const first = counts[0];
  for (let k = 0; k < CANDIDATES.length; k++) if (first[k] > 0 && counts.every((c) => c[k] === first[k])) return CANDIDATES[k];
  let best = -1;
  for (let k = 0; k < CANDIDATES.length; k++) if (first[k] > 0 && (best < 0 || first[k] > first[best])) best = k;
  return best >= 0 ? CANDIDATES[best] : ',';
}

/** Splits `text` into rows of fields; see the module paragraph for the dialect. */
export function parseCsv(text: string, options: CsvOptions = {}): CsvParseResult {
  const path = options.path ?? 'data.text';
  const fail = (message: string): CsvParseResult => ({ ok: false, errors: [{ path, message }] });
  if (typeof text !== 'string') return fail('must be the CSV content as text');
  if (text.length > MAX_CSV_CHARS) return fail(`has ${text.length} characters; at most ${MAX_CSV_CHARS} are allowed`);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const records: string[][] = [], starts: number[] = [];
  let fields: string[] = [], field = '', fieldStart = true, line = 1, recordLine = 1;
  const endRecord = (): void => {
    fields.push(field);
    if (fields.length > 1 || fields[0].trim() !== '') { records.push(fields); starts.push(recordLine); }
    fields = []; field = ''; fieldStart = true;
  };
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '"' && fieldStart && field.trim() === '') {
      const open = line;
      field = '';
      i++;
      for (;;) {
        if (i >= body.length) return fail(`row ${recordLine}: a quoted field opened on line ${open} is never closed`);
        const c = body[i];
        if (c === '"') {
          if (body[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        if (c === '\n' || (c === '\r' && body[i + 1] !== '\n')) line++;
        field += c;
        i++;
      }
      while (body[i] === ' ') i++;
      if (i < body.length && body[i] !== delimiter && body[i] !== '\n' && body[i] !== '\r') {
        return fail(`row ${recordLine}: unexpected text after the closing quote of a field (line ${line}); put the whole field in quotes`);
      }
      fieldStart = false;
      continue;
    }
    if (ch === delimiter) {
      fields.push(field); field = ''; fieldStart = true; i++;
      if (fields.length >= MAX_CSV_COLUMNS) {
        const count = fields.length + 1 + delimitersToRecordEnd(body, i, delimiter);
        return fail(`row ${recordLine} has ${count.toLocaleString('en-US')} columns; at most ${MAX_CSV_COLUMNS.toLocaleString('en-US')} are allowed`);
      }
      continue;
    }
    if (ch === '\n' || ch === '\r') {
      endRecord();
      if (records.length > MAX_CSV_ROWS + 1) return fail(`has more than ${MAX_CSV_ROWS} rows`);
      i += ch === '\r' && body[i + 1] === '\n' ? 2 : 1;
      line++;
      recordLine = line;
      continue;
    }
    let j = i + 1;
    while (j < body.length && body[j] !== delimiter && body[j] !== '\n' && body[j] !== '\r' && body[j] !== '"') j++;
    field += body.slice(i, j);
    i = j;
  }
  if (!fieldStart || field !== '' || fields.length > 0) endRecord();
  if (records.length === 0) return fail('is empty: paste or drop a CSV with at least one column of numbers');
  const isHeader = options.header ?? looksLikeHeader(records[0], delimiter);
  const header = isHeader ? records[0].map((f) => f.trim()) : null;
  const rows = isHeader ? records.slice(1) : records;
  if (rows.length > MAX_CSV_ROWS) return fail(`has ${rows.length} data rows; at most ${MAX_CSV_ROWS} are allowed`);
  return { ok: true, header, rows, lines: isHeader ? starts.slice(1) : starts, delimiter };
}

/** The delimiters outside quotes from `i` to the end of the record (a line end outside quotes). */
function delimitersToRecordEnd(body: string, i: number, delimiter: CsvDelimiter): number {
  let count = 0, inQuotes = false;
  for (; i < body.length; i++) {
    const c = body[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && c === delimiter) count++;
    else if (!inQuotes && (c === '\n' || c === '\r')) break;
  }
  return count;
}

/** A first row is a header when it has a non-empty field and none of its fields is a number. */
function looksLikeHeader(first: string[], delimiter: CsvDelimiter): boolean {
  return first.some((f) => f.trim() !== '') && first.every((f) => parseCsvNumber(f, delimiter) === null);
}
