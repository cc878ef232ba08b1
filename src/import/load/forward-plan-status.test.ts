import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { forwardPlanEntries } from '../../db/schema.ts';
import { importActor, importPack } from './load-pack.ts';

// An invented council's key decisions page: three entries, all with decision dates years ahead, one still to come,
// one printed as decided and one as withdrawn.
const entry = (title: string, rows: Array<[string, string]>): string =>
  `<article>\n<h3>${title}</h3>\n<p>To decide on ${title.toLowerCase()}.</p>\n<dl>\n${rows.map(([t, d]) => `<dt>${t}:</dt><dd>${d}</dd>`).join('\n')}\n</dl>\n</article>`;
const page = [
  '<!DOCTYPE html><html><head><title>Key decisions notice - Quillerby District Council</title></head><body>',
  '<h1>Key decisions notice, March to June 2040</h1>',
  '<p>Published on 1 February 2040.</p>',
  entry('Renewal of the Quillerby leisure contract', [
    ['Reference', 'KD/2040/03'],
    ['Decision maker', 'Cabinet'],
    ['Decision due', '14 March 2040'],
    ['Status', 'For decision'],
    ['First published', '04/01/2040'],
  ]),
  entry('Garden waste charges', [
    ['Reference', 'KD/2040/04'],
    ['Decision maker', 'Cabinet'],
    ['Decision due', '14 March 2040'],
    ['Status', 'Decision made 30 January 2040'],
    ['First published', '04/01/2040'],
  ]),
  entry('Sale of the Mill Lane car park', [
    ['Reference', 'KD/2040/05'],
    ['Decision maker', 'Cabinet Member for Assets'],
    ['Decision due', '11 April 2040'],
    ['Status', 'Withdrawn 28 January 2040'],
    ['First published', '04/01/2040'],
  ]),
  '</body></html>',
].join('\n');

describe('an imported forward plan whose entries print their status', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    const s = await importPack(t.database.db, importActor, Buffer.from(page), 'quillerby-key-decisions.html');
    expect(s.status).toBe('imported');
  });
  afterAll(() => t.close());

  const byRef = async (ref: string) => (await t.database.db.select().from(forwardPlanEntries).where(eq(forwardPlanEntries.ref, ref)))[0]!;

  it('keeps the status as printed and ends the entries printed as decided or withdrawn', async () => {
    expect(await byRef('KD/2040/03')).toMatchObject({ statusText: 'For decision', ended: false });
    expect(await byRef('KD/2040/04')).toMatchObject({ statusText: 'Decision made 30 January 2040', ended: true });
    expect(await byRef('KD/2040/05')).toMatchObject({ statusText: 'Withdrawn 28 January 2040', ended: true });
  });

  it('shows only the decision still to come on the live Forward Plan, though all three dates are ahead', async () => {
    const live = await t.app.inject('/forward-plan');
    expect(live.body).toContain('KD/2040/03');
    expect(live.body).not.toContain('KD/2040/04');
    expect(live.body).not.toContain('KD/2040/05');
  });

  it('keeps a withdrawn entry at its own page, saying why it is off the plan', async () => {
    const withdrawn = await byRef('KD/2040/05');
    const res = await t.app.inject(`/forward-plan/${withdrawn.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Withdrawn 28 January 2040');
    expect(res.body).toContain('no longer on the current Forward Plan');
    expect(res.body).not.toContain('decision date of this entry has passed');
  });

  it('says so in the API too', async () => {
    const withdrawn = await byRef('KD/2040/05');
    const res = await t.app.inject(`/api/v1/forward-plan/entries/${withdrawn.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ statusText: 'Withdrawn 28 January 2040', ended: true, historical: true });
  });
});
