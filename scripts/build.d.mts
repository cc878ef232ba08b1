/** Whether dist/ was built from the sources as they are now. */
export function isFresh(): boolean;
/** Compiles src/ into dist/ (replacing it). */
export function build(): Promise<void>;
