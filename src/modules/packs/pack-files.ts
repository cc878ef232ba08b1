import type { BuiltPack } from './build-pack.ts';

const htmlText = (html: string) =>
  html
    .replace(/<style[\s\S]*?<\/style>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200_000);

/** What a stored pack file is: its words, name and who may open it. */
export type PackFile = { bytes: Uint8Array; title: string; fileName: string; mimeType: string; isPublic: boolean; text: string | null };

/** The files of a built pack: its web page, and the public and restricted PDFs when they were printed. */
export function packFiles(label: string, base: string, publicPack: BuiltPack, restrictedPack: BuiltPack | null) {
  return {
    html: {
      bytes: Buffer.from(publicPack.html, 'utf8'),
      title: `${label} (web page)`,
      fileName: `${base}.html`,
      mimeType: 'text/html',
      isPublic: true,
      text: htmlText(publicPack.html),
    },
    pdf: publicPack.pdf ? { bytes: publicPack.pdf, title: `${label} (PDF)`, fileName: `${base}.pdf`, mimeType: 'application/pdf', isPublic: true, text: null } : null,
    restricted: restrictedPack?.pdf
      ? { bytes: restrictedPack.pdf, title: `${label}: exempt items (PDF)`, fileName: `${base}-exempt.pdf`, mimeType: 'application/pdf', isPublic: false, text: null }
      : null,
  } satisfies Record<string, PackFile | null>;
}
