import { describe, expect, it } from 'vitest';
import { meetingJsonLd, presentMeeting } from './meetings.presenter.ts';

const base = { id: 7, title: null, startAt: new Date('2030-03-04T10:00:00Z'), endAt: null, status: 'scheduled' as const, statusNote: null, issuedBy: null, issuedOn: null };
const org = { name: 'Roads </script><script>alert(1)</script> Committee', slug: 'roads' };

describe('meetingJsonLd', () => {
  it('cannot close its script element, whatever a committee is called', () => {
    const json = meetingJsonLd(presentMeeting(base, org, null), 'Testshire', undefined);
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe(org.name);
  });

  it('marks a cancelled meeting as cancelled, and gives the address only with PUBLIC_URL', () => {
    const cancelled = JSON.parse(
      meetingJsonLd(presentMeeting({ ...base, status: 'cancelled' }, { name: 'Cabinet', slug: 'cabinet' }, null), 'Testshire', 'https://democracy.example.gov.uk'),
    );
    expect(cancelled).toMatchObject({ eventStatus: 'https://schema.org/EventCancelled', url: 'https://democracy.example.gov.uk/meetings/7', organizer: { name: 'Testshire' } });
    expect(cancelled.location).toBeUndefined();
    expect(JSON.parse(meetingJsonLd(presentMeeting(base, { name: 'Cabinet', slug: 'cabinet' }, null), 'Testshire', undefined)).url).toBeUndefined();
  });
});
