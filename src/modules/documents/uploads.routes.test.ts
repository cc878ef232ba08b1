import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil, makeUser } from '../../../test/factories.ts';
import { documents, storedFiles } from './documents.table.ts';

const published = { publication: 'published' as const, publishedAt: new Date('2030-02-20T09:00:00Z'), publishedBy: 'clerk@test.example' };

// Uploads are judged by their bytes, and stored files are sent so that nothing in them runs as this site.

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;
let clerk: string;
beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  const u = await makeUser(t.database.db, 'democratic-services');
  clerk = await signIn(t.app, u.email, u.password);
});
afterAll(() => t.close());

async function upload(title: string, file: { name: string; content: Buffer }) {
  const page = await t.app.inject({ url: `/officer/meetings/${c.meeting.id}/documents/new`, headers: { cookie: clerk } });
  const token = decodeURIComponent(/documents\?_csrf=([^"]+)"/.exec(page.body)?.[1] ?? '');
  const boundary = '----shirehalluploads';
  const payload = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${title}\r\n`),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return t.app.inject({
    method: 'POST',
    url: `/officer/meetings/${c.meeting.id}/documents?_csrf=${encodeURIComponent(token)}`,
    headers: { cookie: clerk, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

describe('uploading papers', () => {
  it('refuses an executable called .pdf with the GOV.UK error summary, and saves nothing', async () => {
    const res = await upload('Not really a PDF', { name: 'appendix.pdf', content: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(80)]) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('govuk-error-summary');
    expect(res.body).toContain('The selected file must be a PDF, Word, Excel');
    expect(await t.database.db.select().from(documents).where(eq(documents.title, 'Not really a PDF'))).toEqual([]);
  });

  it('refuses an HTML page', async () => {
    const res = await upload('A web page', { name: 'page.html', content: Buffer.from('<!doctype html><title>x</title><script>alert(document.cookie)</script>') });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('The selected file must be');
  });

  it('stores a real PDF with the type read from its bytes and shows it in the browser', async () => {
    const res = await upload('Budget report', { name: 'budget.pdf', content: Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') });
    expect(res.statusCode).toBe(303);
    const [doc] = await t.database.db.select().from(documents).where(eq(documents.title, 'Budget report'));
    expect(doc!.mimeType).toBe('application/pdf');
    // A new upload is a draft: the clerk reads it before it is published.
    const download = await t.app.inject({ url: `/documents/${doc!.id}`, headers: { cookie: clerk } });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe('inline; filename="budget.pdf"');
  });

  it('sends an HTML file kept from before as a sandboxed download, never as a page of this site', async () => {
    const bytes = Buffer.from('<html><script>fetch("/officer")</script></html>');
    const sha = createHash('sha256').update(bytes).digest('hex');
    await t.database.db
      .insert(storedFiles)
      .values({ key: `documents/${sha}`, bytes })
      .onConflictDoNothing();
    const [doc] = await t.database.db
      .insert(documents)
      .values({
        bodyId: c.body.id,
        meetingId: c.meeting.id,
        title: 'Old web page',
        kind: 'report',
        fileName: 'old.html',
        mimeType: 'text/html',
        byteSize: bytes.length,
        sha256: sha,
        storageKey: `documents/${sha}`,
        access: 'public',
        ...published,
      })
      .returning();
    const res = await t.app.inject(`/documents/${doc!.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="old.html"');
    expect(res.headers['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
