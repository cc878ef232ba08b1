/** The label of the nth publication: the agenda pack, then supplements merged into it. */
export const packLabel = (version: number) => (version === 1 ? 'Agenda pack' : `Supplementary pack ${version - 1}`);
