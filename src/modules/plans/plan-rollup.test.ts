import { describe, expect, it } from 'vitest';
import { overallDirection, rollUpParts, worstRag } from './plan-rollup.ts';

describe('worstRag', () => {
  it('is the worst rating, Blue (complete) counting as Green and unrated ones left out', () => {
    expect(worstRag(['Green', 'Blue', 'Amber', null])).toBe('Amber');
    expect(worstRag(['Amber', 'Red', 'Green'])).toBe('Red');
    expect(worstRag(['Blue', 'Blue'])).toBe('Green');
    expect(worstRag([null, undefined])).toBeNull();
  });
});

describe('overallDirection', () => {
  it('compares how many measures improve with how many worsen', () => {
    expect(overallDirection(['improving', 'improving', 'worsening'])).toBe('improving');
    expect(overallDirection(['worsening', 'no-change'])).toBe('worsening');
    expect(overallDirection(['improving', 'worsening'])).toBe('no-change');
    expect(overallDirection(['not-enough-data'])).toBe('not-enough-data');
  });
});

describe('rollUpParts', () => {
  it('rolls each part up from what it holds and everything beneath it', () => {
    const parts = [
      { id: 1, parentId: null },
      { id: 2, parentId: 1 },
      { id: 3, parentId: 2 },
      { id: 4, parentId: 1 },
    ];
    const evidence = new Map([
      [3, { actionRags: ['Blue', 'Amber'], measures: [{ rag: 'Green', direction: 'improving' as const }] }],
      [4, { actionRags: ['Green'], measures: [{ rag: null, direction: 'worsening' as const }] }],
    ]);
    const r = rollUpParts(parts, evidence);
    expect(r.get(3)).toEqual({ rag: 'Amber', direction: 'improving', rated: 3 });
    expect(r.get(2)).toEqual({ rag: 'Amber', direction: 'improving', rated: 3 });
    expect(r.get(4)).toEqual({ rag: 'Green', direction: 'worsening', rated: 1 });
    expect(r.get(1)).toEqual({ rag: 'Amber', direction: 'no-change', rated: 4 });
  });

  it('leaves a part with nothing rated unrated', () => {
    expect(rollUpParts([{ id: 1, parentId: null }], new Map()).get(1)).toEqual({ rag: null, direction: 'not-enough-data', rated: 0 });
  });
});
