import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** Prints HTML to PDF. One renderer serves many prints; close it when done. */
export type PdfRenderer = { render(html: string): Promise<Uint8Array>; close(): Promise<void> };

/** Raised when no PDF can be printed (no Chromium, or it would not start); the message is safe to show. */
export class PdfUnavailableError extends Error {}

/** The Chromium binary: CHROMIUM_PATH, or Debian's /usr/bin/chromium. */
export function chromiumExecutable(): string {
  // Read here rather than in config.ts so the browser-test harness and the app agree on one variable.
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

/**
 * Starts headless Chromium for printing packs: tagged PDF with an outline from the headings, A4.
 * @example const r = await openPdfRenderer(); try { await r.render(html) } finally { await r.close() }
 */
export async function openPdfRenderer(executablePath = chromiumExecutable()): Promise<PdfRenderer> {
  if (!existsSync(executablePath)) throw new PdfUnavailableError(`Chromium was not found at ${executablePath}`);
  let browser: Browser;
  try {
    // Loaded on first use: playwright-core is large and only publishing needs it.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  } catch (err) {
    throw new PdfUnavailableError(`Chromium would not start: ${(err as Error).message.split('\n')[0]}`);
  }
  let page: Page | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const print = async (html: string): Promise<Uint8Array> => {
    if (!page) {
      page = await browser.newPage({ javaScriptEnabled: false });
      // Packs are self-contained: nothing is fetched while printing.
      await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    }
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, tagged: true, outline: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  };
  return {
    render(html) {
      // One page prints one document at a time.
      const next = queue.then(() => print(html));
      queue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await browser.close();
    },
  };
}

let shared: Promise<PdfRenderer> | null = null;
let idleTimer: NodeJS.Timeout | null = null;
const IDLE_MS = 5 * 60_000;

/**
 * A Chromium kept running between publications (closed after 5 idle minutes), so a clerk does
 * not wait for the browser to start each time. Rejects with PdfUnavailableError.
 * @example const r = await sharedPdfRenderer(); const pdf = await r.render(html);
 */
export function sharedPdfRenderer(): Promise<PdfRenderer> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => void closeSharedPdfRenderer(), IDLE_MS);
  idleTimer.unref();
  if (!shared) {
    shared = openPdfRenderer();
    shared.catch(() => {
      shared = null;
    });
  }
  return shared;
}

/** Closes the shared Chromium, if running (on app shutdown). */
export async function closeSharedPdfRenderer(): Promise<void> {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const current = shared;
  shared = null;
  if (current)
    await current.then(
      (r) => r.close(),
      () => undefined,
    );
}
