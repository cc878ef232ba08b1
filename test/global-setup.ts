/** Vitest global setup: builds the migrated database template once per run (filled in by the db layer). */
export default async function setup(): Promise<void> {}
