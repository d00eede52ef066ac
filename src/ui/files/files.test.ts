/**
 * The files' pure parts: safe file names made from experiment names, the kind of a file by
 * name and type, the size limit and its message, and the Data area's summary.
 */
import { describe, expect, it } from 'vitest';
import { describeData } from './dataSummary';
import { fileNameFor, MAX_STEM } from './download';
import { fileKind, formatSize, MAX_FILE_BYTES, readTextFile, sizeProblem } from './readFile';

describe('fileNameFor(name, extension, suffix)', () => {
  it('keeps letters, digits, - and _, lower-cased, with single dashes for the rest', () => {
    expect(fileNameFor('Sine prediction, 1 data + 2 hidden', 'json')).toBe('sine-prediction-1-data-2-hidden.json');
    expect(fileNameFor('Sine', 'py', 'pennylane')).toBe('sine-pennylane.py');
    expect(fileNameFor('Ångström über', 'svg')).toBe('angstrom-uber.svg');
  });

  it('never gives a path, a hidden file or an empty stem', () => {
    expect(fileNameFor('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(fileNameFor('.hidden', 'json')).toBe('hidden.json');
    expect(fileNameFor('<<>>', 'json')).toBe('experiment.json');
    expect(fileNameFor('x'.repeat(300), 'json')).toHaveLength(MAX_STEM + 5);
  });
});

describe('fileKind(name, type), sizeProblem(size) and readTextFile(file)', () => {
  it('knows experiments and CSVs by extension or MIME type', () => {
    expect(fileKind('sine.JSON')).toBe('experiment');
    expect(fileKind('blob', 'application/json')).toBe('experiment');
    expect(fileKind('data.csv')).toBe('csv');
    expect(fileKind('data.tsv')).toBe('csv');
    expect(fileKind('notes.txt', 'text/plain')).toBe('other');
  });

  it('refuses a file over 5 MB with its size, before reading it', async () => {
    expect(sizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(sizeProblem(MAX_FILE_BYTES + 1)).toBe('the file is 5.0 MB, and the lab reads files of up to 5.0 MB');
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(2048)).toBe('2.0 KB');
    const huge = { size: 6 * 1024 * 1024, text: () => Promise.reject(new Error('must not be read')) } as unknown as Blob;
    expect(await readTextFile(huge)).toEqual({ ok: false, message: 'the file is 6.0 MB, and the lab reads files of up to 5.0 MB' });
    expect(await readTextFile(new Blob(['{"a":1}']))).toEqual({ ok: true, text: '{"a":1}' });
  });
});

describe('describeData(data)', () => {
  it('names the generator or the CSV column and the windowing', () => {
    expect(describeData({ kind: 'sine', window: 12, horizon: 1, split: 0.75 })).toBe('sine wave, window 12, horizon 1, split 0.75');
    expect(describeData({ kind: 'csv', text: '1\n', column: 'temp', window: 8 })).toBe("CSV column 'temp', window 8");
    expect(describeData({ kind: 'csv', text: '1\n', column: 0 })).toBe('CSV column 0');
    expect(describeData({ kind: 'inline', inputs: [1, 2, 3], targets: [2, 3, null] })).toBe('inline sequence of 3 steps');
  });
});
