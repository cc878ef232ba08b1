import pino, { type DestinationStream, type Logger } from 'pino';

type Serialised = Record<string, unknown>;

const isDatabaseError = (e: Record<string, unknown>) => typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && ('severity' in e || 'routine' in e);
const isFailedQuery = (e: Record<string, unknown>) => typeof e.query === 'string' && 'params' in e;

/** Quoted text in a database message is usually a value ('invalid input syntax for type integer: "abc"'). */
const withoutQuotedValues = (message: string) => message.replace(/"[^"]*"/g, '"…"');

/** The `at …` lines of a stack, without its message (which may quote values). */
const framesOf = (stack: unknown) =>
  typeof stack === 'string'
    ? stack
        .split('\n')
        .filter((l) => /^\s+at /.test(l))
        .join('\n')
    : '';

/**
 * Serialises an error for the log without any SQL parameter value: a failed query keeps its SQL text
 * (parameterised, so value-free) and loses its parameters; a database error keeps its code, constraint,
 * table and column, and loses `detail`, `where` and quoted values in its message.
 * @example logger.error({ err }, 'request failed') // err is serialised by this
 */
export function serialiseError(err: unknown, depth = 0): unknown {
  if (!(err instanceof Error) || depth > 5) return err instanceof Error ? { type: err.name } : err;
  const e = err as Error & Record<string, unknown>;
  // Checked first: PGlite's own database errors also carry the query and its parameters.
  if (isDatabaseError(e)) {
    const message = withoutQuotedValues(e.message);
    const out: Serialised = { type: e.constructor.name, message, code: e.code, stack: `${e.constructor.name}: ${message}\n${framesOf(e.stack)}` };
    for (const k of ['severity', 'constraint', 'table', 'column', 'schema', 'dataType', 'routine']) if (e[k] !== undefined) out[k] = e[k];
    return out;
  }
  if (isFailedQuery(e)) {
    const out: Serialised = {
      type: e.constructor.name,
      message: `Failed query: ${e.query as string}`,
      query: e.query,
      stack: `${e.constructor.name}: Failed query\n${framesOf(e.stack)}`,
    };
    if (e.cause) out.cause = serialiseError(e.cause, depth + 1);
    return out;
  }
  const out = pino.stdSerializers.err(e) as unknown as Serialised;
  if (e.cause instanceof Error) {
    // The standard serialiser folds causes into the message and stack: rebuild both from this error alone.
    out.message = e.message;
    out.stack = e.stack;
    out.cause = serialiseError(e.cause, depth + 1);
  }
  return out;
}

/** The structured logger (JSON lines on stdout, or on `destination` in tests); errors never carry SQL parameter values. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, redact: ['req.headers.authorization', 'req.headers.cookie'], serializers: { err: serialiseError, error: serialiseError } };
  return destination ? pino(options, destination) : pino(options);
}
