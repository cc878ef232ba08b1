/** The label of the nth publication: the agenda pack, then supplements merged into it. */
export const packLabel = (version: number) => (version === 1 ? 'Agenda pack' : `Supplementary pack ${version - 1}`);

/** The background job that prints the PDFs of a pack published as a web page first (see printPack). */
export const PRINT_PACK_JOB = 'pack.print';
