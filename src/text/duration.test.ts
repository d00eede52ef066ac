import { describe, expect, it } from 'vitest';
import { aboutSeconds } from './duration';

describe('aboutSeconds(s)', () => {
  it('says seconds below a minute, then minutes and tens of seconds, then hours', () => {
    expect(aboutSeconds(0.2)).toBe('about 1 s');
    expect(aboutSeconds(12.4)).toBe('about 12 s');
    expect(aboutSeconds(98)).toBe('about 1 min 40 s');
    expect(aboutSeconds(120)).toBe('about 2 min');
    expect(aboutSeconds(178)).toBe('about 3 min');
    expect(aboutSeconds(7300)).toBe('about 2 h');
  });
});
