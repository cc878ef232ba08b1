import { describe, expect, it } from 'vitest';
import { detectUpload, fileHeaders } from './file-types.ts';

const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4b50000000049454e44ae426082', 'hex');
const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('This program cannot be run in DOS mode')]);
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);

describe('what an upload really is', () => {
  it('accepts PDFs, images, text and CSV by their bytes', async () => {
    expect(await detectUpload('report.pdf', pdf)).toEqual({ ok: true, mimeType: 'application/pdf' });
    expect(await detectUpload('map.PNG', png)).toEqual({ ok: true, mimeType: 'image/png' });
    expect(await detectUpload('notes.txt', Buffer.from('Minutes of the meeting\r\n\tItem 1\n'))).toEqual({ ok: true, mimeType: 'text/plain' });
    expect(await detectUpload('budget.csv', Buffer.from('\uFEFFline,amount\nRoads,1200\n'))).toEqual({ ok: true, mimeType: 'text/csv' });
  });

  it('refuses an executable, whatever it is called', async () => {
    for (const [name, bytes] of [
      ['appendix.pdf', exe],
      ['report.docx', exe],
      ['notes.txt', elf],
      ['setup.exe', exe],
    ] as const) {
      const r = await detectUpload(name, bytes);
      expect(r.ok, name).toBe(false);
    }
  });

  it('refuses a file whose bytes do not match its name', async () => {
    expect(await detectUpload('photo.pdf', png)).toMatchObject({ ok: false, message: expect.stringContaining('is not what its name says (photo.pdf)') });
    expect(await detectUpload('report.pdf', Buffer.from('just some text'))).toMatchObject({ ok: false, message: expect.stringContaining('is not what its name says') });
  });

  it('refuses HTML, SVG and other types a council does not publish as papers', async () => {
    expect((await detectUpload('page.html', Buffer.from('<!doctype html><script>alert(1)</script>'))).ok).toBe(false);
    expect((await detectUpload('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).ok).toBe(false);
    expect((await detectUpload('data.bin', Buffer.from([0, 1, 2, 3, 255, 254]))).ok).toBe(false);
    expect((await detectUpload('notes.txt', Buffer.from('text with a \u0000 null'))).ok).toBe(false);
  });
});

describe('how a stored file is sent', () => {
  it('shows PDFs, images and text in the browser, text sandboxed', () => {
    expect(fileHeaders('application/pdf', 'report.pdf')).toMatchObject({ 'content-type': 'application/pdf', 'content-disposition': 'inline; filename="report.pdf"' });
    expect(fileHeaders('application/pdf', 'report.pdf')['content-security-policy']).toBeUndefined();
    expect(fileHeaders('text/plain', 'a.txt')).toMatchObject({ 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': expect.stringMatching(/^sandbox;/) });
  });

  it('downloads anything that could run in a browser as a sandboxed attachment', () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'application/octet-stream', '']) {
      const h = fileHeaders(type, 'old "file".html');
      expect(h['content-disposition'], type).toBe('attachment; filename="old _file_.html"');
      expect(h['content-security-policy'], type).toMatch(/^sandbox; default-src 'none'/);
      expect(h['x-content-type-options']).toBe('nosniff');
    }
  });
});
