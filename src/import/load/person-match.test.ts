import { describe, expect, it } from 'vitest';
import { matchPerson, parseName, type KnownPerson } from './person-match.ts';

const person = (id: number, printedName: string, kind = 'councillor', givenName: string | null = null, familyName: string | null = null): KnownPerson => ({ id, printedName, kind, givenName, familyName });

describe('parseName', () => {
  it('takes apart honorific, initials and family name', () => {
    expect(parseName('Cllr F Nicholson')).toEqual({ honorific: 'Cllr', given: ['F'], family: 'Nicholson', councillor: true });
    expect(parseName('Tom Whitworth, Strategic Manager')).toMatchObject({ given: ['Tom'], family: 'Whitworth', councillor: false });
    expect(parseName('Cllr N Hewitt-Cooper (in the Chair)')).toMatchObject({ family: 'Hewitt-Cooper' });
  });
});

describe('matchPerson', () => {
  const frances = person(1, 'Cllr F Nicholson');
  const jane = person(2, 'Jane Lock', 'councillor', 'Jane', 'Lock');
  const mel = person(3, 'Mel Lock', 'officer', 'Mel', 'Lock');

  it('links an initial to a full given name when nothing contradicts it', () => {
    expect(matchPerson('Frances Nicholson', [frances])?.id).toBe(1);
    expect(matchPerson('Cllr Frances Nicholson', [frances])?.id).toBe(1);
  });

  it('never merges on family name alone', () => {
    expect(matchPerson('Mel Lock', [jane])).toBeUndefined();
    expect(matchPerson('Jane Lock', [mel])).toBeUndefined();
    expect(matchPerson('Cllr Lock', [jane])).toBeUndefined();
  });

  it('links an initial only when exactly one known person is compatible', () => {
    expect(matchPerson('M Lock', [jane, mel])?.id).toBe(3);
    expect(matchPerson('J Lock', [jane, mel])?.id).toBe(2);
    const mike = person(4, 'Mike Lock', 'co-opted', 'Mike', 'Lock');
    expect(matchPerson('M Lock', [jane, mel, mike])).toBeUndefined();
    expect(matchPerson('M Lock', [jane])).toBeUndefined();
  });

  it('matches the same name with or without an honorific, and never a councillor to an officer', () => {
    expect(matchPerson('Cllr Jane Lock', [jane, mel])?.id).toBe(2);
    expect(matchPerson('Cllr M Lock', [jane, mel])).toBeUndefined();
  });
});
