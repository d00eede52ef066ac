/**
 * The data half of the worker protocol: a dropped CSV is parsed, and a would-be dataset is
 * built and checked, in the worker, so a large file never blocks the page and the page holds
 * no data code. Types only.
 */
import type { CsvColumn, CsvColumnsResult } from '../data/csvData';
import type { FieldError } from '../model/types';

export type { CsvColumn };

/** What `readCsv` resolves to: the columns a picker shows and the number of data rows, or why the text is refused. */
export type CsvReply = CsvColumnsResult;

/** What `checkData` resolves to: how many training windows the data gives, or why it is refused. */
export type DataCheckReply = { ok: true; trainWindows: number } | { ok: false; errors: FieldError[] };
