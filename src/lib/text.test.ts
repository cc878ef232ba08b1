import { describe, expect, it } from 'vitest';
import { feedSafeText } from './text.ts';

describe('text for feeds', () => {
  it('removes the characters iCalendar and XML forbid and keeps line breaks', () => {
    expect(feedSafeText('a\u0000b\u0001c\u000bd\u000ce\u001ff\u007fg\u0080h\u009fi')).toBe('abcdefghi');
    expect(feedSafeText('one\u0085two\u2028three\u2029four')).toBe('one\ntwo\nthree\nfour');
    expect(feedSafeText('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(feedSafeText('\ud83d\ude00 ok \ud800 \udc00 \ufffe\uffff')).toBe('\ud83d\ude00 ok   ');
    expect(feedSafeText('Café — £500,000')).toBe('Café — £500,000');
  });
});
