import type { ZxcvbnFactory } from '@zxcvbn-ts/core';

/** The shortest password accepted (NCSC and OWASP: length, not composition rules). */
export const MIN_PASSWORD_LENGTH = 12;

/** The longest password accepted, so hashing stays cheap. */
export const MAX_PASSWORD_LENGTH = 200;

let checker: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn with its lists of common and breached passwords, common words and names, loaded on first use
 * (about a third of a second, and only when a password is set). Everything is offline.
 */
function passwordChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [core, common, en] = await Promise.all([import('@zxcvbn-ts/core'), import('@zxcvbn-ts/language-common'), import('@zxcvbn-ts/language-en')]);
    return new core.ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs, translations: en.translations });
  })();
  return checker;
}

/**
 * What is wrong with a new password, in GOV.UK words, or null when it may be used: too short, too long,
 * on the list of common and breached passwords (or a small change of one), or otherwise easy to guess
 * (zxcvbn score below 3, counting the user's own email and name as guessable).
 * @example await passwordProblem('password1234', ['ann@example.org']) // 'This password is too common…'
 */
export async function passwordProblem(password: string, userInputs: string[] = []): Promise<string | null> {
  if (password.length < MIN_PASSWORD_LENGTH) return `Password must be ${MIN_PASSWORD_LENGTH} characters or more`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Password must be ${MAX_PASSWORD_LENGTH} characters or fewer`;
  const inputs = userInputs
    .map((s) => s.toLowerCase())
    .flatMap((s) => [s, s.split('@')[0]!, ...s.split(/[^\p{L}\p{N}]+/u)])
    .filter((s) => s.length >= 3);
  const result = (await passwordChecker()).check(password, inputs);
  const common = result.sequence.some(
    (m) => m.pattern === 'dictionary' && (m as { dictionaryName?: string }).dictionaryName === 'passwords-common' && m.token.length >= password.length - 4,
  );
  if (common) return 'This password is too common: it is on a list of passwords known to attackers. Choose a different password, such as three random words';
  if (result.score < 3) return 'This password is too easy to guess. Choose a longer password, such as three random words';
  return null;
}
