/** Stable error codes with their HTTP status; the one place they are mapped. */
export const errorCodes = {
  bad_request: 400,
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
} as const;

/** A known error code. */
export type ErrorCode = keyof typeof errorCodes;

/** An exceptional state with a stable code; its message is safe to show to the user. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = errorCodes[code];
  }
}

/** Shorthand for a 404 with a message naming the kind of thing. */
export function notFound(what = 'Page'): AppError {
  return new AppError('not_found', `${what} not found`);
}

/** Maps a PostgreSQL error (unique and foreign key violations) to an AppError, or returns undefined. */
export function fromPostgresError(err: unknown): AppError | undefined {
  const code = (err as { code?: string } | null)?.code ?? (err as { cause?: { code?: string } } | null)?.cause?.code;
  if (code === '23505') return new AppError('conflict', 'A record with these details already exists');
  // Raised by the database's legal-record triggers (migration 0003): approved minutes and published decisions never change.
  const message = [(err as { cause?: { message?: string } } | null)?.cause?.message, (err as { message?: string } | null)?.message].find((m) => m?.startsWith('legal record: '));
  if (code === 'P0001' && message) return new AppError('conflict', `${message.slice(14, 15).toUpperCase()}${message.slice(15)}.`);
  if (code === '23503') return new AppError('conflict', 'This record is linked to another record that does not exist or is still in use');
  if (code === '22P02' || code === '22007' || code === '22008') return new AppError('bad_request', 'A value was not in the expected format');
  // A number too large for its column, or text PostgreSQL cannot store (a NUL character in a file's text).
  if (code === '22003') return new AppError('bad_request', 'A number was too large');
  if (code === '22021' || code === '22P05') return new AppError('bad_request', 'The request contains a character that is not allowed (a null character). Remove it and try again.');
  // A value too long for an index (a very long search term or name).
  if (code === '54000') return new AppError('bad_request', 'A value was too long');
  return undefined;
}
