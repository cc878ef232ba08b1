import { randomBytes } from 'node:crypto';
import argon2 from 'argon2';

/**
 * argon2id with OWASP's recommended minimum (Password Storage Cheat Sheet): 19 MiB of memory, 2 passes,
 * 1 lane. The library's default (64 MiB, 3 passes, 4 lanes) held 64 MB for each hash and check, which
 * was a fifth of the whole server's resident memory at every sign-in (bench/memory-parts.ts). Hashes
 * carry their own settings, so older ones still verify.
 */
const hashOptions = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, hashOptions);
}

/** Checks a password against an argon2 hash; false for any malformed hash. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * An argon2id hash of a random password, made with the same settings as real ones: an unknown email is
 * checked against it, so a sign-in takes as long whether or not the account exists.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
