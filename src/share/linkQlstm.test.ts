/**
 * Links that carry a QLSTM (docs/spec.md §7): the encoders write one and `decodeLink` reads
 * it back to the same experiment; a broken one is refused naming the field.
 */
import { describe, expect, it } from 'vitest';
import { parseAnyExperimentText } from '../model/parse';
import { caseText } from '../testing/cases';
import { decodeLink, encodeLink, encodeReadableLink } from './link';

function experiment() {
  const parsed = parseAnyExperimentText(caseText('qlstm/qlstm-input1-hidden2'));
  if (!parsed.ok) throw new Error('the QLSTM reference case does not parse');
  return parsed.experiment;
}

describe('a link to a QLSTM experiment', () => {
  it('is written by encodeLink and encodeReadableLink and read back whole by decodeLink, flags included', async () => {
    const e = experiment();
    const compressed = await encodeLink(e, { hide: ['plots'], lesson: 'qlstm-1' });
    expect(compressed).toMatch(/^#e=1\.[A-Za-z0-9_-]+&hide=plots&lesson=qlstm-1$/);
    expect(await decodeLink(compressed)).toEqual({ ok: true, experiment: e, flags: { hide: ['plots'], lesson: 'qlstm-1' }, warnings: [] });
    expect(await decodeLink(encodeReadableLink(e))).toEqual({ ok: true, experiment: e, flags: {}, warnings: [] });
  });

  it('refuses a broken QLSTM naming the field', async () => {
    const broken = JSON.parse(caseText('qlstm/qlstm-input1-hidden2'));
    broken.model.layers = 0;
    const result = await decodeLink(`#j=${encodeURIComponent(JSON.stringify(broken))}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toBe('model.layers');
  });
});
