import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Actor } from '../../src/db/audit.ts';
import type { Db } from '../../src/db/connect.ts';
import { databaseStorage, type Storage } from '../../src/lib/storage/storage.ts';
import { findUserByEmail } from '../../src/modules/accounts/index.ts';

/**
 * The demo user with `email` as the actor of commands a test uses to arrange what the browser then
 * works on, so arranged records are written exactly as the officer screens write them.
 * @example const clerk = await actorFor(server.db, 'clerk@demo.shirehall.test');
 */
export async function actorFor(db: Db, email: string): Promise<Actor & { displayName: string }> {
  const user = await findUserByEmail(db, email);
  if (!user) throw new Error(`no user ${email}`);
  return { userId: user.id, label: user.email, role: user.role, displayName: user.displayName };
}

/** The file storage of a test server's database (what the app's upload and publish commands write to). */
export function storageOf(db: Db): Storage {
  return databaseStorage(db);
}

/**
 * A PDF of one page per entry of `pages`, each page carrying its lines.
 * @example const bytes = await pdfOf([['Report', 'Costs and programme of works.']]);
 */
export async function pdfOf(pages: string[][]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const lines of pages) {
    const page = doc.addPage([595, 842]);
    lines.forEach((line, i) => page.drawText(line, { x: 60, y: 760 - i * 20, size: 12, font }));
  }
  return doc.save();
}
