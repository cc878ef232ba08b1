import { describe, expect, it } from 'vitest';
import { matchPerson, parseName, resolvePerson, type KnownPerson } from './person-match.ts';

const person = (id: number, printedName: string, kind = 'councillor', givenName: string | null = null, familyName: string | null = null): KnownPerson => ({
  id,
  printedName,
  kind,
  givenName,
  familyName,
});

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

describe('resolvePerson', () => {
  const sColes = person(5, 'Cllr S Coles', 'councillor', 'S', 'Coles');
  const jane = person(2, 'Jane Lock', 'councillor', 'Jane', 'Lock');
  const mel = person(3, 'Mel Lock', 'officer', 'Mel', 'Lock');

  it('takes "Cllr Coles" to be the one Coles in the council, and "Cllr S Coles" to be a "Cllr Coles" recorded earlier', () => {
    expect(resolvePerson('Cllr Coles', [sColes, jane, mel]).person?.id).toBe(5);
    const vague = person(6, 'Cllr Coles', 'councillor', null, 'Coles');
    expect(resolvePerson('Cllr S Coles', [vague, jane]).person?.id).toBe(6);
  });

  it('uses the committee to tell two people of the same family name apart, and lists them when it cannot', () => {
    const tColes = person(7, 'Cllr T Coles', 'councillor', 'T', 'Coles');
    const both = resolvePerson('Cllr Coles', [sColes, tColes]);
    expect(both.person).toBeUndefined();
    expect(both.candidates.map((p) => p.id)).toEqual([5, 7]);
    expect(resolvePerson('Cllr Coles', [sColes, tColes], { onCommittee: (p) => p.id === 7 }).person?.id).toBe(7);
  });

  it('never takes one of two people with different given names for the other', () => {
    expect(resolvePerson('Cllr J Lock', [mel]).person).toBeUndefined();
    expect(resolvePerson('Mel Lock', [jane]).person).toBeUndefined();
    expect(resolvePerson('Jane Lock', [mel]).candidates).toEqual([]);
    // A councillor is never an officer, even with no given name printed.
    expect(resolvePerson('Cllr Lock', [mel]).person).toBeUndefined();
  });

  it('reads ranks and list joins as what they are', () => {
    expect(resolvePerson('Supt M Prior', [person(8, 'M Prior', 'co-opted', 'M', 'Prior')]).person?.id).toBe(8);
    expect(parseName('and Mark Cooke')).toMatchObject({ given: ['Mark'], family: 'Cooke' });
  });
});
