import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../src/db/connect.ts';
import { agendaItems } from '../../src/db/schema.ts';
import { documents, storedFiles } from '../../src/db/schema.ts';
import { reports } from '../../src/db/schema.ts';
import { decisions } from '../../src/db/schema.ts';
import { minuteItems, resolutions } from '../../src/db/schema.ts';
import { forwardPlanEntries } from '../../src/db/schema.ts';

/** Something exempt that no anonymous response may contain: a piece of text, or a run of a stored file's bytes. */
export type Secret = { source: string; text?: string; bytes?: Buffer };

/** What the secrets were chosen from, and what was left out because a public record says the same. */
export type Secrets = { secrets: Secret[]; skipped: string[]; exemptDocumentIds: number[]; exemptAgendaItemIds: number[] };

/** Lower-cases and collapses whitespace, so "Exempt  report" and "exempt report" compare equal. */
export const normalise = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Reads every exempt string and file from the database, keeping only distinctive ones: longer than 12 characters
 * and not found in any public record (an exempt item's title is public by law, so it is never a secret).
 * @example const { secrets } = await readSecrets(server.db);
 */
export async function readSecrets(db: Db): Promise<Secrets> {
  const candidates: Array<{ source: string; text: string | null }> = [];
  const publicTexts: Array<string | null> = [];

  const docs = await db.select().from(documents);
  for (const d of docs) {
    if (d.isPublic) publicTexts.push(d.title, d.textContent);
    else candidates.push({ source: `document ${d.id} title`, text: d.title }, { source: `document ${d.id} file name`, text: d.fileName }, { source: `document ${d.id} text`, text: d.textContent });
  }
  for (const i of await db.select().from(agendaItems)) {
    publicTexts.push(i.title);
    if (i.isPublic) publicTexts.push(i.instruction, i.publicInterestReason);
    else candidates.push({ source: `agenda item ${i.id} instruction`, text: i.instruction }, { source: `agenda item ${i.id} public interest reason`, text: i.publicInterestReason });
  }
  for (const r of await db.select().from(reports)) {
    if (r.isPublic) publicTexts.push(r.title, r.summary);
    else candidates.push({ source: `report ${r.id} title`, text: r.title }, { source: `report ${r.id} summary`, text: r.summary });
  }
  for (const d of await db.select().from(decisions)) {
    if (d.isPublic) publicTexts.push(d.title, d.decisionText, d.reasons, d.alternativesRejected);
    else candidates.push({ source: `decision ${d.id} title`, text: d.title }, { source: `decision ${d.id} text`, text: d.decisionText }, { source: `decision ${d.id} reasons`, text: d.reasons });
  }
  const exemptMinuteIds: number[] = [];
  for (const m of await db.select().from(minuteItems)) {
    publicTexts.push(m.title);
    if (m.isPublic) publicTexts.push(m.narrative, m.reasons, m.alternativesConsidered);
    else {
      exemptMinuteIds.push(m.id);
      candidates.push({ source: `minute ${m.id} narrative`, text: m.narrative }, { source: `minute ${m.id} reasons`, text: m.reasons });
    }
  }
  for (const r of await db.select().from(resolutions)) {
    if (exemptMinuteIds.includes(r.minuteItemId)) candidates.push({ source: `resolution ${r.id} of exempt minute`, text: r.text });
    else publicTexts.push(r.text);
  }
  for (const f of await db.select().from(forwardPlanEntries)) publicTexts.push(f.ref, f.issue, f.decision, f.documents, f.exempt);

  const publicCorpus = normalise(publicTexts.filter((t): t is string => !!t).join('\n'));
  const secrets: Secret[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (!c.text) continue;
    const text = normalise(c.text);
    if (text.length <= 12 || seen.has(text)) continue;
    seen.add(text);
    if (publicCorpus.includes(text)) skipped.push(`${c.source}: “${c.text}”`);
    else secrets.push({ source: c.source, text });
  }

  // A run of bytes from each exempt file that no public file contains: from its first content stream
  // (a PDF's compressed page text), else from the middle of the file.
  const exempt = docs.filter((d) => !d.isPublic);
  const keyOf = (d: (typeof docs)[number]) => d.storageKey;
  const files = await db.select().from(storedFiles).where(inArray(storedFiles.key, [...new Set(docs.map(keyOf))]));
  const bytesByKey = new Map<string, Buffer>(files.map((f) => [f.key, Buffer.from(f.bytes)]));
  const publicFiles: Buffer[] = [];
  for (const key of new Set(docs.filter((d) => d.isPublic).map(keyOf))) {
    const bytes = bytesByKey.get(key);
    if (bytes) publicFiles.push(bytes);
  }
  for (const d of exempt) {
    const bytes = bytesByKey.get(d.storageKey);
    if (!bytes || bytes.length < 64) continue;
    const stream = bytes.indexOf('stream\n');
    const first = stream >= 0 && stream + 7 + 64 <= bytes.length ? stream + 7 + 8 : Math.floor(bytes.length / 2);
    for (let start = first; start + 48 <= bytes.length; start += 97) {
      const slice = bytes.subarray(start, start + 48);
      if (!publicFiles.some((p) => p.includes(slice))) {
        secrets.push({ source: `document ${d.id} bytes ${start}-${start + 47}`, bytes: Buffer.from(slice) });
        break;
      }
    }
  }
  const exemptAgendaItemIds = (await db.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.isPublic, false))).map((r) => r.id);
  return { secrets, skipped, exemptDocumentIds: exempt.map((d) => d.id), exemptAgendaItemIds };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * The text a reader would see in a response: HTML entities decoded, iCalendar lines unfolded and unescaped,
 * JSON escapes undone, then normalised.
 * @example readableText('Children&#39;s home') === "children's home"
 */
export function readableText(body: string): string {
  return normalise(
    body
      .replace(/\r?\n[ \t]/g, '')
      .replace(/\\([,;\\])/g, '$1')
      .replace(/\\[nN]/g, ' ')
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
      .replace(/\\"/g, '"')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&([a-z]+);/gi, (m, name: string) => entities[name.toLowerCase()] ?? m),
  );
}

const pdftotext = '/usr/bin/pdftotext';

/**
 * The text of a PDF as pdftotext reads it, or null when pdftotext is not installed or cannot read the file.
 * @example const text = pdfText(await response.arrayBuffer());
 */
export function pdfText(bytes: Buffer): string | null {
  if (!existsSync(pdftotext)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'shirehall-leak-'));
  try {
    const file = join(dir, 'response.pdf');
    writeFileSync(file, bytes);
    return execFileSync(pdftotext, [file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The secrets found in one response body (raw bytes, readable text and, for a PDF, its extracted text).
 * @example expect(leaksIn(body, 'application/pdf', secrets)).toEqual([]);
 */
export function leaksIn(body: Buffer, contentType: string, secrets: Secret[]): string[] {
  const texts = [readableText(body.toString('utf8')), normalise(body.toString('latin1'))];
  if (contentType.includes('application/pdf')) {
    const text = pdfText(body);
    if (text) texts.push(normalise(text));
  }
  return secrets
    .filter((s) => (s.bytes ? body.includes(s.bytes) : texts.some((t) => t.includes(s.text!))))
    .map((s) => s.source);
}

/**
 * Same-origin links in a response: href/src attributes in HTML, URL strings in JSON, URL lines in iCalendar.
 * @example const next = linksIn(html, 'text/html', 'http://127.0.0.1:3000');
 */
export function linksIn(body: string, contentType: string, origin: string): string[] {
  const found: string[] = [];
  if (contentType.includes('html')) {
    for (const m of body.matchAll(/\s(?:href|src)="([^"#]*)/g)) found.push(m[1]!.replace(/&amp;/g, '&'));
  } else if (contentType.includes('json')) {
    for (const m of body.matchAll(/"((?:https?:\/\/[^"\s]+)|(?:\/api\/v1\/[^"\s]*))"/g)) found.push(m[1]!);
  } else if (contentType.includes('calendar')) {
    for (const m of readableTextKeepCase(body).matchAll(/(https?:\/\/[^\s]+)/g)) found.push(m[1]!);
  }
  const out: string[] = [];
  for (const raw of found) {
    if (!raw || raw.startsWith('mailto:') || raw.startsWith('tel:')) continue;
    try {
      const u = new URL(raw, origin);
      if (u.origin !== origin) continue;
      u.hash = '';
      out.push(u.toString());
    } catch {
      // not a URL
    }
  }
  return out;
}

function readableTextKeepCase(body: string): string {
  return body.replace(/\r?\n[ \t]/g, '').replace(/\\([,;\\])/g, '$1');
}
