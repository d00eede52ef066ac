/**
 * A share link that carries a QLSTM (docs/spec.md §7) is refused by the page's decoder with
 * the reason at `model.kind`, as a file would be: the page does not show QLSTM models yet.
 */
import { describe, expect, it } from 'vitest';
import { QLSTM_ELSEWHERE } from '../model/parse';
import { caseText } from '../testing/cases';
import { decodeLink } from './link';

describe('a link to a QLSTM experiment', () => {
  it('is refused at model.kind with the reason, not crashed on', async () => {
    const json = JSON.stringify(JSON.parse(caseText('qlstm/qlstm-input1-hidden2')));
    const result = await decodeLink(`#j=${encodeURIComponent(json)}`);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(JSON.stringify(result)).toContain(QLSTM_ELSEWHERE);
    if (!result.ok) expect(JSON.stringify(result)).toContain('model.kind');
  });
});
