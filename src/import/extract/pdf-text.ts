import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ExtractError } from './errors.ts';

let cachedTool: string | null | undefined;

/** Path of `pdftotext` (poppler-utils) on PATH, or null when it is not installed. */
export function findPdfToText(): string | null {
  if (cachedTool !== undefined) return cachedTool;
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const dir of [...dirs, '/usr/bin', '/usr/local/bin']) {
    const candidate = join(dir, 'pdftotext');
    if (existsSync(candidate)) return (cachedTool = candidate);
  }
  return (cachedTool = null);
}

/** Whether the PDF declares encryption in its trailer. */
export function isEncryptedPdf(bytes: Buffer): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - 4096)).toString('latin1');
  const head = bytes.subarray(0, Math.min(bytes.length, 4096)).toString('latin1');
  return /\/Encrypt\s/.test(tail) || /\/Encrypt\s/.test(head);
}

/**
 * The text layer of a PDF via `pdftotext -layout`, pages separated by form feeds.
 * Throws ExtractError when the PDF is encrypted, truncated or unreadable, or no tool exists.
 */
export function pdfToText(bytes: Buffer): string {
  if (isEncryptedPdf(bytes)) throw new ExtractError('pdf-encrypted', 'the PDF is encrypted; save an unencrypted copy and try again');
  if (
    !bytes
      .subarray(Math.max(0, bytes.length - 1024))
      .toString('latin1')
      .includes('%%EOF')
  ) {
    throw new ExtractError('pdf-unreadable', 'the PDF is truncated (no end-of-file marker)');
  }
  const tool = findPdfToText();
  if (!tool) throw new ExtractError('pdf-no-tool', 'cannot read PDF: pdftotext (poppler-utils) is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'shirehall-extract-'));
  try {
    const input = join(dir, 'pack.pdf');
    writeFileSync(input, bytes);
    const out = execFileSync(tool, ['-layout', '-enc', 'UTF-8', '-q', input, '-'], {
      maxBuffer: 512 * 1024 * 1024,
      timeout: 120_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return out.toString('utf8');
  } catch (err) {
    if (err instanceof ExtractError) throw err;
    throw new ExtractError('pdf-unreadable', 'the PDF cannot be read (damaged or not a PDF)');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
