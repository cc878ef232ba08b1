import pino, { type Logger } from 'pino';

/** The structured logger (JSON lines on stdout). */
export function createLogger(level: string): Logger {
  return pino({ level, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}
