import { AppError } from '../../lib/errors.ts';
import type { ErrorCode } from '../../lib/errors.ts';

/** Why a file cannot be extracted; stable codes for scripts and tests. */
export type ExtractErrorReason = 'empty' | 'too-large' | 'binary' | 'invalid-utf8' | 'pdf-encrypted' | 'pdf-unreadable' | 'pdf-no-tool' | 'no-structure' | 'unreadable';

const statusCodeOf: Record<ExtractErrorReason, ErrorCode> = {
  empty: 'bad_request',
  'too-large': 'payload_too_large',
  binary: 'unsupported_media_type',
  'invalid-utf8': 'unsupported_media_type',
  'pdf-encrypted': 'unsupported_media_type',
  'pdf-unreadable': 'bad_request',
  'pdf-no-tool': 'internal',
  'no-structure': 'validation_failed',
  unreadable: 'bad_request',
};

/** The input cannot be extracted; the message is one line, safe to print. */
export class ExtractError extends AppError {
  constructor(
    readonly reason: ExtractErrorReason,
    message: string,
  ) {
    super(statusCodeOf[reason], message, { reason });
    this.name = 'ExtractError';
  }
}

/** Whether a value is an ExtractError. */
export function isExtractError(err: unknown): err is ExtractError {
  return err instanceof ExtractError;
}

/** Largest input accepted, in bytes. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;
