import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSecurityApp, everyone, fillPath, isGovukErrorPage, isJsonError, type SecurityApp, type Who } from '../../test/security.ts';

// Property-based fuzzing of every registered route (from Fastify's route table, so a new route is
// covered without touching this file), signed out and as each role, with hostile paths, query
// strings, bodies and headers. No answer may be a 5xx, every error has the right shape, and no
// redirect leaves the site. FUZZ_RUNS sets the runs per route (default 10); FUZZ_SEED replays a run.

const runs = Number(process.env.FUZZ_RUNS ?? 10);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
// FUZZ_TRACE=FILE appends every request before it is sent, to find one that never answers.
const trace = process.env.FUZZ_TRACE;

let s: SecurityApp;
beforeAll(async () => {
  // Publishing would print a pack with Chromium: keep the fuzz run to the app itself.
  process.env.CHROMIUM_PATH = '/nonexistent/chromium';
  s = await createSecurityApp();
}, 120_000);
afterAll(async () => {
  await s?.close();
});

const hostileAtoms = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '0',
  '-1',
  '1.5',
  '1e309',
  'NaN',
  '2147483647',
  '2147483648',
  '99999999999999999999',
  '0x10',
  '١٢',
  '../../etc/passwd',
  '..%2f..%2f',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '__proto__',
  'constructor',
  '[]',
  '{}',
  'true',
  '\u000b\u000c\u0085\u2028',
  '\uFEFF',
  '𝕏 café',
  'x'.repeat(300),
  'y'.repeat(20_000),
  '2030-02-30',
  '2030-13',
  'yes',
  'no',
  'on',
  '1',
  '2',
  '3',
] as const;

/** A hostile string: a known troublemaker, random text or a number of any size. */
const hostile = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...hostileAtoms) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).map(String) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 400 }).map(String) },
);

/** Names pages and forms read, plus junk. */
const fieldName = fc.oneof(
  fc.constantFrom(
    'q',
    'month',
    'committee',
    'view',
    'page',
    'type',
    'next',
    'saved',
    'organisation',
    'item',
    'resolution',
    'meeting',
    'key',
    'from',
    'to',
    'published',
    'pdf',
    'limit',
    'modified_since',
    'maker',
    'title',
    'name',
    'email',
    'password',
    'kind',
    'status',
    'number',
    'position',
    'exempt',
    'exemptParagraph',
    'meetingId',
    'agendaItemId',
    'organisationId',
    'personId',
    'role',
    'text',
    'reason',
    'value',
    'direction',
    'startAt-day',
    'startAt-month',
    'startAt-year',
    'startAt-time',
    'decidedOn-day',
    'agendaItemIds',
    'submitterName',
    'submitterEmail',
    'body',
    'outcome',
    'narrative',
    'printedName',
    'slug',
    'field',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 12 }),
);

const pairs = fc.array(fc.tuple(fieldName, hostile), { maxLength: 8 });

/** Percent-encodes text for a URL; lone surrogates (which cannot be encoded) become U+FFFD. */
const enc = (v: string) => encodeURIComponent(Buffer.from(v).toString());
const rawPercent = fc.constantFrom('%', '%00', '%zz', '%E0%A4%A', '%C0%AE', '%FF');

const pathValue = fc.oneof({ weight: 6, arbitrary: hostile.map(enc) }, { weight: 1, arbitrary: rawPercent });
const queryString = fc.oneof(
  pairs.map((ps) => ps.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')),
  // A parameter given twice or more, as `?q=a&q=b`.
  fc
    .tuple(pairs, fieldName, fc.array(hostile, { minLength: 2, maxLength: 3 }))
    .map(([ps, k, vs]) => [...ps.map(([n, v]) => `${enc(n)}=${enc(v)}`), ...vs.map((v) => `${enc(k)}=${enc(v)}`)].join('&')),
  fc.tuple(pairs, rawPercent).map(([ps, raw]) => [...ps.map(([k, v]) => `${enc(k)}=${enc(v)}`), `q=${raw}`, raw].join('&')),
);

type Body = { payload?: string | Buffer; contentType?: string };

const multipart = (ps: [string, string][], file: { name: string; bytes: Uint8Array } | null, csrf: string | null, broken: boolean): Body => {
  const boundary = '----shirehallfuzz';
  const parts = [...(csrf ? [['_csrf', csrf] as [string, string]] : []), ...ps].map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k.replace(/["\r\n]/g, '')}"\r\n\r\n${v}\r\n`,
  );
  const head = Buffer.from(parts.join(''));
  const fileHead = file
    ? Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name.replace(/["\r\n]/g, '')}"\r\nContent-Type: application/octet-stream\r\n\r\n`)
    : Buffer.alloc(0);
  const fileBytes = file ? Buffer.concat([Buffer.from(file.bytes), Buffer.from('\r\n')]) : Buffer.alloc(0);
  const tail = Buffer.from(broken ? `--${boundary}\r\nContent-Disposition: form-da` : `--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, fileHead, fileBytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
};

const fileName = fc.constantFrom('report.pdf', 'notes.txt', 'data.csv', 'page.html', 'image.png', 'evil.pdf.exe', '', '../../x.docx', 'a\u0000.pdf', 'noextension');
const fileBytes = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.constantFrom(
    Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF'),
    Buffer.from('<html><script>alert(document.cookie)</script></html>'),
    Buffer.from('MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000This program cannot be run in DOS mode'),
    Buffer.from('name,value\nA,1\n'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  ),
);

/** A request body of any kind a client might send, well-formed or not. */
const body = (csrf: string | null): fc.Arbitrary<Body> =>
  fc.oneof(
    fc.constant({}),
    pairs.map((ps) => ({
      payload: [...(csrf ? [`_csrf=${enc(csrf)}`] : []), ...ps.map(([k, v]) => `${enc(k)}=${enc(v)}`)].join('&'),
      contentType: 'application/x-www-form-urlencoded',
    })),
    fc.tuple(pairs, rawPercent).map(([ps, raw]) => ({
      payload: [...(csrf ? [`_csrf=${enc(csrf)}`] : []), ...ps.map(([k, v]) => `${enc(k)}=${raw}${enc(v)}`)].join('&'),
      contentType: 'application/x-www-form-urlencoded',
    })),
    fc.oneof(fc.jsonValue(), fc.dictionary(fieldName, fc.oneof(hostile, fc.jsonValue()))).map((v) => ({ payload: JSON.stringify(v), contentType: 'application/json' })),
    fc.tuple(pairs, fc.option(fc.record({ name: fileName, bytes: fileBytes })), fc.boolean()).map(([ps, file, broken]) => multipart(ps, file, csrf, broken)),
    fc
      .tuple(
        fc.uint8Array({ maxLength: 300 }),
        fc.constantFrom(
          'application/json',
          'multipart/form-data',
          'multipart/form-data; boundary=x',
          'text/plain',
          'application/xml',
          'application/x-www-form-urlencoded',
          'application/octet-stream',
        ),
      )
      .map(([bytes, contentType]) => ({
        payload: Buffer.from(bytes),
        contentType,
      })),
  );

const headerValue = fc.stringMatching(/^[\x20-\x7e]{0,60}$/);
const headers = fc.record(
  {
    accept: fc.constantFrom('text/html', 'application/json', '*/*', 'text/calendar', 'garbage/;;'),
    'x-forwarded-host': fc.constantFrom('evil.example', 'evil.example:1', ''),
    'x-forwarded-for': fc.constantFrom('203.0.113.9', '::1', 'not an address', '1.2.3.4, 5.6.7.8'),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher'),
    'accept-language': headerValue,
    'user-agent': headerValue,
    referer: headerValue,
  },
  { requiredKeys: [] },
);

const request = (csrf: string) =>
  fc.record({
    who: fc.constantFrom<Who>(...everyone),
    pathValues: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
    query: fc.option(queryString, { freq: 2 }),
    withCsrf: fc.boolean(),
    headers,
    junkCookie: fc.option(fc.constantFrom('shirehall_session=forged', 'shirehall_csrf=forged', 'a=b; c', 'shirehall_session='), { freq: 4 }),
    body: fc.oneof(body(csrf), body(null)),
  });

describe('every route answers hostile input without a server error', () => {
  it('covers the route table', () => {
    expect(s.app.routeTable.length).toBeGreaterThan(100);
  });

  it.each([['all routes']])(
    '%s',
    async () => {
      const failures: string[] = [];
      for (const route of s.app.routeTable) {
        const cookies = await s.cookies();
        const property = fc.asyncProperty(request(s.csrf.token), async (r) => {
          let i = 0;
          const path = fillPath(route.url, () => r.pathValues[i++ % 4]!);
          const url = r.query ? `${path}?${r.query}` : path;
          const cookie = [cookies[r.who], r.junkCookie].filter(Boolean).join('; ');
          if (trace) appendFileSync(trace, `${JSON.stringify({ method: route.method, url, r })}\n`);
          const res = await s.app.inject({
            method: route.method as 'GET',
            url,
            headers: { ...r.headers, cookie, ...(r.withCsrf ? { 'x-csrf-token': s.csrf.token } : {}), ...(r.body.contentType ? { 'content-type': r.body.contentType } : {}) },
            ...(route.method === 'GET' ? {} : { payload: r.body.payload }),
          });
          const where = `${route.method} ${url.slice(0, 300)} as ${r.who}`;
          expect(res.statusCode, `${where}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 300 && res.statusCode < 400) {
            const location = String(res.headers.location ?? '');
            expect(location, `${where}: redirect`).toMatch(/^\/(?![/\\])/);
          }
          if (res.statusCode >= 400) {
            // The APIs (JSON and OParl) always answer in JSON; a page answers with the GOV.UK error page (or its form with an
            // error summary), or in JSON when the client asked only for JSON.
            const shaped =
              url.startsWith('/api/') || /^\/oparl\/v1([/?]|$)/.test(url)
                ? isJsonError(res.body)
                : isGovukErrorPage(res.body) || (r.headers.accept === 'application/json' && isJsonError(res.body));
            expect(shaped, `${where}: error shape: ${res.statusCode} ${res.body.slice(0, 300)}`).toBe(true);
          }
        });
        const details = await fc.check(property, { numRuns: runs, seed, endOnFailure: true });
        if (details.failed) {
          const error = details.errorInstance instanceof Error ? details.errorInstance.message.split('\n')[0] : String(details.errorInstance);
          failures.push(`${route.method} ${route.url} (FUZZ_SEED=${details.seed}): ${error}`);
        }
      }
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
    600_000,
  );
});
