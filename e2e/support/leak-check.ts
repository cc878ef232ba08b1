import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inArray } from 'drizzle-orm';
import { normalise, readableText } from '../../test/readable-text.ts';
import type { Db } from '../../src/db/connect.ts';
import { agendaItems } from '../../src/db/schema.ts';
import { documents, storedFiles } from '../../src/db/schema.ts';
import { reports } from '../../src/db/schema.ts';
import { decisions } from '../../src/db/schema.ts';
import { minuteItems, resolutions } from '../../src/db/schema.ts';
import { forwardPlanEntries } from '../../src/db/schema.ts';

/** Something exempt or unpublished that no anonymous response may contain: a piece of text, or a run of a stored file's bytes. */
export type Secret = { source: string; text?: string; bytes?: Buffer };

/** What the secrets were chosen from, and what was left out because a public record says the same. */
export type Secrets = { secrets: Secret[]; skipped: string[]; hiddenDocumentIds: number[]; exemptAgendaItemIds: number[]; draftAgendaItemIds: number[] };

export { withoutSearchEcho } from '../../test/readable-text.ts';

/** Published and public: what anyone may read. */
const open = (r: { publication: string; access: string }) => r.publication === 'published' && r.access === 'public';

/**
 * Reads every exempt or unpublished (draft, withdrawn) string and file from the database, keeping only
 * distinctive ones: longer than 12 characters and not found in any published public record (an exempt
 * item's title is public by law once its agenda is published, so it is never a secret then).
 * @example const { secrets } = await readSecrets(server.db);
 */
export async function readSecrets(db: Db): Promise<Secrets> {
  const candidates: Array<{ source: string; text: string | null }> = [];
  const publicTexts: Array<string | null> = [];
  const state = (r: { publication: string; access: string }) => (r.publication !== 'published' ? r.publication : r.access);

  const docs = await db.select().from(documents);
  const items = await db.select().from(agendaItems);
  const listed = new Set(items.filter((i) => i.publication === 'published').map((i) => i.id));
  const readableDoc = (d: (typeof docs)[number]) => open(d) && (d.agendaItemId === null || listed.has(d.agendaItemId));
  for (const d of docs) {
    if (readableDoc(d)) publicTexts.push(d.title, d.textContent);
    else
      candidates.push(
        { source: `document ${d.id} (${state(d)}) title`, text: d.title },
        { source: `document ${d.id} (${state(d)}) file name`, text: d.fileName },
        { source: `document ${d.id} (${state(d)}) text`, text: d.textContent },
      );
  }
  for (const i of items) {
    if (i.publication === 'published') publicTexts.push(i.title);
    else candidates.push({ source: `agenda item ${i.id} (${i.publication}) title`, text: i.title });
    if (open(i)) publicTexts.push(i.instruction, i.publicInterestReason);
    else
      candidates.push(
        { source: `agenda item ${i.id} (${state(i)}) instruction`, text: i.instruction },
        { source: `agenda item ${i.id} (${state(i)}) public interest reason`, text: i.publicInterestReason },
      );
  }
  for (const r of await db.select().from(reports)) {
    if (open(r)) publicTexts.push(r.title, r.summary);
    else candidates.push({ source: `report ${r.id} (${state(r)}) title`, text: r.title }, { source: `report ${r.id} (${state(r)}) summary`, text: r.summary });
  }
  for (const d of await db.select().from(decisions)) {
    if (open(d)) publicTexts.push(d.title, d.decisionText, d.reasons, d.alternativesRejected);
    else
      candidates.push(
        { source: `decision ${d.id} (${state(d)}) title`, text: d.title },
        { source: `decision ${d.id} (${state(d)}) text`, text: d.decisionText },
        { source: `decision ${d.id} (${state(d)}) reasons`, text: d.reasons },
      );
  }
  const hiddenMinuteIds: number[] = [];
  for (const m of await db.select().from(minuteItems)) {
    if (m.publication === 'published') publicTexts.push(m.title);
    else candidates.push({ source: `minute ${m.id} (${m.publication}) title`, text: m.title });
    if (open(m)) publicTexts.push(m.narrative, m.reasons, m.alternativesConsidered);
    else {
      hiddenMinuteIds.push(m.id);
      candidates.push({ source: `minute ${m.id} (${state(m)}) narrative`, text: m.narrative }, { source: `minute ${m.id} (${state(m)}) reasons`, text: m.reasons });
    }
  }
  for (const r of await db.select().from(resolutions)) {
    if (hiddenMinuteIds.includes(r.minuteItemId)) candidates.push({ source: `resolution ${r.id} of an exempt or unpublished minute`, text: r.text });
    else publicTexts.push(r.text);
  }
  for (const f of await db.select().from(forwardPlanEntries)) {
    if (open(f)) publicTexts.push(f.ref, f.issue, f.decision, f.documents, f.exempt);
    else candidates.push({ source: `forward plan entry ${f.id} (${state(f)}) issue`, text: f.issue });
  }

  const exempt = docs.filter((d) => !readableDoc(d));
  const keyOf = (d: (typeof docs)[number]) => d.storageKey;
  const files = await db
    .select()
    .from(storedFiles)
    .where(inArray(storedFiles.key, [...new Set(docs.map(keyOf))]));
  const bytesByKey = new Map<string, Buffer>(files.map((f) => [f.key, Buffer.from(f.bytes)]));
  // A PDF's text is not stored: read each distinctive line of a hidden one, so its words are looked for in packs and pages too.
  for (const d of exempt) {
    const bytes = d.mimeType === 'application/pdf' && !d.textContent ? bytesByKey.get(d.storageKey) : undefined;
    const text = bytes ? pdfText(bytes) : null;
    for (const line of text?.split('\n') ?? []) if (line.trim().length > 20) candidates.push({ source: `document ${d.id} (${state(d)}) PDF text`, text: line });
  }
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

  // A run of bytes from each hidden file that no public file contains: from its first content stream
  // (a PDF's compressed page text), else from the middle of the file.
  const publicFiles: Buffer[] = [];
  for (const key of new Set(docs.filter(readableDoc).map(keyOf))) {
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
  return {
    secrets,
    skipped,
    hiddenDocumentIds: exempt.map((d) => d.id),
    exemptAgendaItemIds: items.filter((i) => i.access === 'exempt' && i.publication === 'published').map((i) => i.id),
    draftAgendaItemIds: items.filter((i) => i.publication !== 'published').map((i) => i.id),
  };
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
  return secrets.filter((s) => (s.bytes ? body.includes(s.bytes) : texts.some((t) => t.includes(s.text!)))).map((s) => s.source);
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
