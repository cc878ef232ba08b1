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
