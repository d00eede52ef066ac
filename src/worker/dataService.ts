/**
 * The worker's data requests (dataProtocol.ts): parse a CSV text for the column picker, and
 * build a data specification to check it before the page commits it as an edit.
 */
import { buildDataset } from '../data/build';
import { csvColumns } from '../data/csvData';
import type { DataSpec } from '../model/types';
import type { CsvReply, DataCheckReply } from './dataProtocol';

/** The columns of a CSV text (docs/spec.md §2, `data.kind` `csv`). */
export function readCsv(text: string): CsvReply {
  return csvColumns(text);
}

/** Builds the data of `dataJson` (a `data` object as JSON text) and counts its training windows. */
export function checkData(dataJson: string): DataCheckReply {
  let spec: DataSpec;
  try {
    spec = JSON.parse(dataJson) as DataSpec;
  } catch (error) {
    return { ok: false, errors: [{ path: 'data', message: `is not JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const built = buildDataset(spec);
  return built.ok ? { ok: true, trainWindows: built.dataset.train.length } : { ok: false, errors: built.errors };
}
