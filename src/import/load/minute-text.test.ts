import { describe, expect, it } from 'vitest';
import { delegateOf, linkedText } from './minute-text.ts';

describe('linkedText', () => {
  it('keeps each printed paragraph and leaves the resolutions to their list', () => {
    const text = [
      'The Cabinet Member for Highways introduced the report on the bridge programme.',
      'Members asked about the cost of the footbridge at Mill Lane.',
      'RESOLVED:',
      '- 1. That the bridge maintenance programme for 2026/27 be approved.',
      '- 2. That authority be delegated to the Head of Highways to award the contracts.',
    ].join('\n');
    const resolutions = ['That the bridge maintenance programme for 2026/27 be approved.', 'That authority be delegated to the Head of Highways to award the contracts.'];
    expect(linkedText(text, resolutions)).toBe(
      'The Cabinet Member for Highways introduced the report on the bridge programme.\n\nMembers asked about the cost of the footbridge at Mill Lane.',
    );
  });

  it('keeps a sentence that only mentions a resolution’s words', () => {
    expect(linkedText('Members noted the report.', ['That the report be noted.'])).toBe('Members noted the report.');
  });
});

describe('delegateOf', () => {
  it('names who a resolution delegates to, not the whole resolution', () => {
    expect(delegateOf('That authority be delegated to the Head of Highways, in consultation with the Cabinet Member, to award the contracts.')).toBe(
      'the Head of Highways, in consultation with the Cabinet Member',
    );
    expect(delegateOf('Delegate authority to the Director of Place to settle the terms.')).toBe('the Director of Place');
    expect(delegateOf('That the report be noted.')).toBeNull();
  });
});
