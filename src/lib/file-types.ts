/** What an uploaded file really is: its MIME type from its bytes, or why it is refused (GOV.UK words). */
export type DetectedType = { ok: true; mimeType: string } | { ok: false; message: string };

/** file-type, loaded at the first upload: a server that only serves pages does without it (about 10 MB). */
const fileTypeModule = () => import('file-type');

/** The kinds of file a council publishes, as the error message names them. */
export const ACCEPTED_TYPES = 'a PDF, Word, Excel, PowerPoint, OpenDocument, image (PNG, JPG, GIF or WebP), text or CSV file';

/** File-type's name for each type a council publishes (detected from its bytes) → the file name endings it may have and the MIME type stored. */
const binaryTypes: Record<string, { exts: string[]; mime: string }> = {
  pdf: { exts: ['pdf'], mime: 'application/pdf' },
  docx: { exts: ['docx'], mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { exts: ['xlsx'], mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  pptx: { exts: ['pptx'], mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
  odt: { exts: ['odt'], mime: 'application/vnd.oasis.opendocument.text' },
  ods: { exts: ['ods'], mime: 'application/vnd.oasis.opendocument.spreadsheet' },
  odp: { exts: ['odp'], mime: 'application/vnd.oasis.opendocument.presentation' },
  // Word 97–2003 and Excel 97–2003 files are OLE compound files: file-type cannot tell them from other
  // compound files (an installer is one too), so they are taken only with their own endings and always
  // downloaded, never shown.
  cfb: { exts: ['doc', 'xls', 'ppt'], mime: 'application/x-cfb' },
  png: { exts: ['png'], mime: 'image/png' },
  jpg: { exts: ['jpg', 'jpeg'], mime: 'image/jpeg' },
  gif: { exts: ['gif'], mime: 'image/gif' },
  webp: { exts: ['webp'], mime: 'image/webp' },
};

const oldOffice: Record<string, string> = { doc: 'application/msword', xls: 'application/vnd.ms-excel', ppt: 'application/vnd.ms-powerpoint' };

const textTypes: Record<string, string> = { txt: 'text/plain', csv: 'text/csv' };

/** Whether bytes are UTF-8 text (a BOM allowed) with no control characters but tab, line feed, carriage return and form feed. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) return false;
  }
  return true;
}

/**
 * Works out what an upload really is from its bytes (file-type's signatures, or UTF-8 text), and
 * accepts it only when it is a kind a council publishes and its name's ending agrees.
 * @example await detectUpload('report.pdf', bytes) // { ok: true, mimeType: 'application/pdf' }
 */
export async function detectUpload(fileName: string, bytes: Uint8Array): Promise<DetectedType> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const refuse = { ok: false, message: `The selected file must be ${ACCEPTED_TYPES}` } as const;
  const mismatch = { ok: false, message: `The selected file is not what its name says (${fileName.replace(/^.*[\\/]/, '')}): choose ${ACCEPTED_TYPES}` } as const;
  const detected = await (await fileTypeModule()).fileTypeFromBuffer(bytes);
  if (detected) {
    const known = binaryTypes[detected.ext];
    if (!known) return refuse;
    if (!known.exts.includes(ext)) return mismatch;
    return { ok: true, mimeType: detected.ext === 'cfb' ? oldOffice[ext]! : known.mime };
  }
  if (!isPlainText(bytes)) return refuse;
  const text = textTypes[ext];
  if (!text) return Object.values(binaryTypes).some((t) => t.exts.includes(ext)) ? mismatch : refuse;
  return { ok: true, mimeType: text };
}

/** Types a browser shows without running anything of the file's own. */
const shownInline = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp', 'text/plain', 'text/csv']);

/**
 * Headers for sending a stored file: PDFs, images and plain text are shown in the browser; anything
 * else (HTML or SVG kept from before, office documents, unknown types) is downloaded as an attachment.
 * Everything but a PDF (whose viewer a sandbox stops) is sent with a sandboxing content security
 * policy, so nothing in a file can run as this site.
 * @example reply.headers(fileHeaders('text/html', 'old.html')) // attachment, sandboxed
 */
export function fileHeaders(mimeType: string, fileName: string): Record<string, string> {
  const type = mimeType.split(';')[0]!.trim().toLowerCase();
  const inline = shownInline.has(type);
  const safeName = fileName.replace(/[^\w.\- ]+/g, '_');
  const headers: Record<string, string> = {
    'content-type': type.startsWith('text/') ? `${type}; charset=utf-8` : type || 'application/octet-stream',
    'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${safeName}"`,
    'x-content-type-options': 'nosniff',
  };
  if (type !== 'application/pdf') headers['content-security-policy'] = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
  return headers;
}
