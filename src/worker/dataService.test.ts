import { describe, expect, it } from 'vitest';
import { checkData, readCsv } from './dataService';

describe('readCsv(text)', () => {
  it('lists the columns a picker offers, with their names and whether they hold numbers', () => {
    const reply = readCsv('t,value,label\n0,1.5,a\n1,2.5,b\n2,3.5,c\n');
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    expect(reply.rows).toBe(3);
    expect(reply.columns.map((c) => [c.name, c.numeric])).toEqual([['t', true], ['value', true], ['label', false]]);
  });
});

describe('checkData(dataJson)', () => {
  it('counts the training windows of a data object', () => {
    const reply = checkData(JSON.stringify({ kind: 'sine', points: 40, window: 10, horizon: 1, split: 0.75 }));
    expect(reply).toMatchObject({ ok: true });
    expect(reply.ok && reply.trainWindows).toBeGreaterThan(0);
  });

  it('refuses text that is not JSON, naming data', () => {
    expect(checkData('{')).toMatchObject({ ok: false, errors: [{ path: 'data' }] });
  });

  it('refuses a CSV column with a cell that is not a number, naming the field', () => {
    const reply = checkData(JSON.stringify({ kind: 'csv', text: 'v\n1\n2\nx\n4\n', column: 'v', window: 2 }));
    expect(reply.ok).toBe(false);
    expect(reply.ok ? [] : reply.errors.map((e) => e.path)).toEqual([expect.stringMatching(/^data/)]);
  });
});
