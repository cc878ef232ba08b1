/** A form field error: the field's id and a GOV.UK-worded message. */
export type FieldError = { field: string; message: string };

/** The outcome of a command: ok with a value, or invalid with user-correctable errors. */
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps field errors as an invalid result. */
export const invalid = <T = never>(errors: FieldError[]): Result<T> => ({ ok: false, errors });
