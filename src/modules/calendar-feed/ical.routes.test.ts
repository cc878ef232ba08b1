import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/build-app.ts';
import { makeCouncil } from '../../../test/factories.ts';
import { meetings } from '../../db/schema.ts';

let t: TestApp;
let c: Awaited<ReturnType<typeof makeCouncil>>;

beforeAll(async () => {
  t = await createTestApp();
  c = await makeCouncil(t.database.db);
  await t.database.db.insert(meetings).values({
    bodyId: c.body.id,
    organisationId: c.org.id,
    startAt: new Date(Date.now() + 20 * 86_400_000),
    status: 'cancelled',
    statusNote: 'Cancelled, no business; next meeting in June',
  });
});
afterAll(() => t.close());

describe('iCal feeds', () => {
  it('lists meetings with UTC times, stable UIDs and cancelled status, and nothing exempt', async () => {
    const res = await t.app.inject('/meetings.ics');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const text = res.body;
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('DTSTART:20300304T100000Z');
    expect(text).toContain(`UID:meeting-${c.meeting.id}@testshire.shirehall`);
    expect(text).toContain('STATUS:CANCELLED');
    expect(text).toContain('SUMMARY:Cancelled: Roads and Rivers Committee');
    expect(text).toContain('Cancelled\\, no business\\; next meeting in June');
    expect(text).not.toContain('Purchase of riverside land');
    expect(text).not.toContain('Plot Zeta');
    expect((await t.app.inject('/meetings.ics')).body.match(/UID:.*/g)).toEqual(text.match(/UID:.*/g));
  });

  it('has a feed per committee, and 404 for an unknown one', async () => {
    const res = await t.app.inject('/committees/roads-and-rivers/meetings.ics');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('X-WR-CALNAME:Roads and Rivers Committee meetings');
    expect((await t.app.inject('/committees/nope/meetings.ics')).statusCode).toBe(404);
  });

  it('is linked from the calendar', async () => {
    const page = await t.app.inject('/meetings?committee=roads-and-rivers');
    expect(page.body).toContain('href="/committees/roads-and-rivers/meetings.ics"');
    expect((await t.app.inject('/meetings')).body).toContain('href="/meetings.ics"');
  });
});
