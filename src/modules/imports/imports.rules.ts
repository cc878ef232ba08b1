import { MAX_INPUT_BYTES } from '../../import/extract/index.ts';

/** The background job that imports one uploaded document pack (see importJobs). */
export const IMPORT_PACK_JOB = 'import.pack';

/** The most packs one upload may carry: each is held in memory until it is stored. */
export const MAX_PACKS_PER_UPLOAD = 10;

/**
 * The largest pack an officer may upload: the extractor's limit, or the site's upload limit when smaller.
 * @example uploadLimit(25 * 1024 * 1024) // 26214400
 */
export const uploadLimit = (maxUploadBytes: number) => Math.min(MAX_INPUT_BYTES, maxUploadBytes);

/**
 * A size as the GOV.UK file upload's error messages give it.
 * @example sizeText(50 * 1024 * 1024) // '50MB'
 */
export function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))}MB` : `${Math.max(1, Math.round(bytes / 1024))}KB`;
}
