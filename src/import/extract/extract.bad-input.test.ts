import { describe, expect, it } from 'vitest';
import { extractPack, ExtractError, MAX_INPUT_BYTES } from './index.ts';
import type { ExtractErrorReason } from './errors.ts';

function reasonOf(bytes: Buffer): ExtractErrorReason | 'no error' {
  try {
    extractPack(bytes, 'input');
    return 'no error';
  } catch (err) {
    if (err instanceof ExtractError) return err.reason;
    throw err;
  }
}

describe('bad input gives a coded ExtractError with a one-line message', () => {
  it.each<[string, Buffer, ExtractErrorReason]>([
    ['an empty file', Buffer.alloc(0), 'empty'],
    ['white space only', Buffer.from(' \n\t\n  \n'), 'empty'],
    ['binary bytes', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]), 'binary'],
    ['invalid UTF-8', Buffer.concat([Buffer.from('Agenda\n1 Apologies '), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from('\n')]), 'invalid-utf8'],
    ['a file with no pack structure', Buffer.from('Shopping list\nmilk\neggs\nbread\n'), 'no-structure'],
    ['a file over the size limit', Buffer.alloc(MAX_INPUT_BYTES + 1, 0x61), 'too-large'],
  ])('%s', (_label, bytes, reason) => {
    expect(reasonOf(bytes)).toBe(reason);
    try {
      extractPack(bytes, 'x');
    } catch (err) {
      expect((err as Error).message).not.toMatch(/\n/);
      expect((err as ExtractError).status).toBeGreaterThanOrEqual(400);
    }
  });

  it('reads UTF-16 text with a byte-order mark', () => {
    const text = 'Young People Action Plan\n\n#\tAction\tOwner\tRAG\n1\tOpen a drop-in.\tYouth Lead\tGreen complete\n';
    const r = extractPack(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'plan.txt');
    expect(r.actionPlans[0]?.actions[0]).toMatchObject({ number: '1', rag: 'Green', status: 'complete' });
  });
});

describe('a council document whose part is found but cannot be read', () => {
  // Minutes headed as such but with no year in their date: the heading is recognised, the minutes are not read.
  const text = [
    'Minutes of the meeting of the Amenities Committee held on Monday 9th October at 7.30pm',
    '',
    'Present: Cllr A Bell (Chair), Cllr C Dunn',
    '',
    '1. Apologies',
    'None were received.',
  ].join('\n');

  it('is read (no error), gives no records, and says which part it found and why it read nothing', () => {
    const r = extractPack(Buffer.from(text), 'minutes.txt');
    expect([r.meeting, r.minutes.length, r.reports.length]).toEqual([null, 0, 0]);
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 1, code: 'minutes-date-missing' }),
        expect.objectContaining({ line: 1, code: 'part-unread', message: expect.stringContaining('"Minutes of …" heading') }),
      ]),
    );
  });

  it('still exits 2 when nothing in the text is recognised', () => {
    expect(reasonOf(Buffer.from('Minutes\nRemember the milk\n'))).toBe('no-structure');
  });
});
