import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.ts';

describe('new passwords', () => {
  it('must be 12 characters or more', async () => {
    expect(await passwordProblem('password12')).toBe('Password must be 12 characters or more');
    expect(await passwordProblem('k3ttle-orb')).toBe('Password must be 12 characters or more');
  });

  it('are refused when they are, or are close to, common and breached passwords', async () => {
    for (const pw of ['password1234', 'qwertyuiop12', 'iloveyou1234', 'monkey123456']) {
      expect(await passwordProblem(pw), pw).toMatch(/too common|too easy to guess/);
    }
  });

  it('are refused when easy to guess in other ways, the user’s own name and email included', async () => {
    expect(await passwordProblem('aaaaaaaaaaaa')).toMatch(/too easy to guess/);
    expect(await passwordProblem('1234567890123')).toMatch(/too common|too easy to guess/);
    expect(await passwordProblem('annabelle.smith', ['annabelle.smith@example.gov.uk', 'Annabelle Smith'])).toMatch(/too easy to guess/);
  });

  it('accept long passphrases of random words', async () => {
    expect(await passwordProblem('blue-kettle-orbit-42')).toBeNull();
    expect(await passwordProblem('correct horse battery')).toBeNull();
    expect(await passwordProblem('demo-councillor-password')).toBeNull();
  });
});
