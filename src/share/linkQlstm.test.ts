/**
 * Links that carry a QLSTM (docs/spec.md §7): the encoders write one, `decodeAnyLink` reads it
 * back to the same experiment, and the page's `decodeLink` refuses it with the reason at
 * `model.kind`, as a file would be refused: the page does not show QLSTM models yet.
 */
import { describe, expect, it } from 'vitest';
import { QLSTM_ELSEWHERE, parseAnyExperimentText } from '../model/parse';
import { caseText } from '../testing/cases';
import { decodeAnyLink, decodeLink, encodeLink, encodeReadableLink } from './link';

function experiment() {
  const parsed = parseAnyExperimentText(caseText('qlstm/qlstm-input1-hidden2'));
  if (!parsed.ok) throw new Error('the QLSTM reference case does not parse');
  return parsed.experiment;
}

describe('a link to a QLSTM experiment', () => {
  it('is refused by decodeLink at model.kind with the reason, not crashed on', async () => {
    const json = JSON.stringify(JSON.parse(caseText('qlstm/qlstm-input1-hidden2')));
    const result = await decodeLink(`#j=${encodeURIComponent(json)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result)).toContain(QLSTM_ELSEWHERE);
    if (!result.ok) expect(JSON.stringify(result)).toContain('model.kind');
  });

  it('is written by encodeLink and encodeReadableLink and read back whole by decodeAnyLink, flags included', async () => {
    const e = experiment();
    const compressed = await encodeLink(e, { hide: ['plots'], lesson: 'qlstm-1' });
    expect(compressed).toMatch(/^#e=1\.[A-Za-z0-9_-]+&hide=plots&lesson=qlstm-1$/);
    expect(await decodeAnyLink(compressed)).toEqual({ ok: true, experiment: e, flags: { hide: ['plots'], lesson: 'qlstm-1' }, warnings: [] });
    expect(await decodeAnyLink(encodeReadableLink(e))).toEqual({ ok: true, experiment: e, flags: {}, warnings: [] });
  });

  it('decodeAnyLink refuses a broken QLSTM naming the field, and reads a QRNN link as decodeLink does', async () => {
    const broken = JSON.parse(caseText('qlstm/qlstm-input1-hidden2'));
    broken.model.layers = 0;
    const result = await decodeAnyLink(`#j=${encodeURIComponent(JSON.stringify(broken))}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].path).toBe('model.layers');
    const qrnn = JSON.parse(caseText('coherent-reuploading'));
    const link = `#j=${encodeURIComponent(JSON.stringify(qrnn))}`;
    expect(await decodeAnyLink(link)).toEqual(await decodeLink(link));
  });
});
