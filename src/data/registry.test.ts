import { describe, expect, it } from 'vitest';
import { DATA_KINDS } from '../model/types';
import { GENERATORS, isGeneratorKind } from './registry';

describe('GENERATORS', () => {
  it('has one entry for every generator kind of the SPEC, keyed by its own kind', () => {
    const kinds = DATA_KINDS.filter((k) => k !== 'inline');
    expect(Object.keys(GENERATORS).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(GENERATORS[kind as keyof typeof GENERATORS].kind).toBe(kind);
  });

  it('isGeneratorKind accepts generator names only (not inline, not inherited keys)', () => {
    expect(isGeneratorKind('lorenz')).toBe(true);
    expect(isGeneratorKind('inline')).toBe(false);
    expect(isGeneratorKind('toString')).toBe(false);
    expect(isGeneratorKind(3)).toBe(false);
  });
});
