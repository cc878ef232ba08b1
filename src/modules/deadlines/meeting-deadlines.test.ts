import { describe, expect, it } from 'vitest';
import { agendaDeadline, chooseRule, meetingDeadlines, type MeetingFacts } from './meeting-deadlines.ts';

// Monday 13 May 2030, 10am London time.
const facts: MeetingFacts = {
  startAt: new Date('2030-05-13T09:00:00Z'),
  agendaPublishedAt: null,
  hasExemptItems: false,
  keyDecisions: [],
  privateNoticeAt: null,
  minutesPublishedAt: null,
  cancelled: false,
};

describe('chooseRule', () => {
  it('prefers the committee rule, then the council rule, then the default', () => {
    expect(
      chooseRule('publicQuestions', { publicQuestions: '12 noon the working day before the meeting' }, { publicQuestions: '5pm on the Monday before the meeting' }),
    ).toMatchObject({ source: 'committee', rule: { kind: 'working-days', count: 1, time: '12:00' } });
    expect(chooseRule('publicQuestions', {}, { publicQuestions: '5pm on the Monday before the meeting' })).toMatchObject({
      source: 'council',
      rule: { kind: 'weekday', weekday: 'monday' },
    });
    expect(chooseRule('agendaPublication', {}, {})).toMatchObject({ source: 'default', rule: { kind: 'clear-working-days', count: 5 } });
  });

  it('accepts rule data as well as phrases', () => {
    const rule = { kind: 'clear-days', count: 7, time: null, anchor: 'meeting', direction: 'before' };
    expect(chooseRule('agendaPublication', {}, { agendaPublication: rule })).toMatchObject({ source: 'council', rule });
  });

  it('falls back past a rule it cannot read and says why', () => {
    const chosen = chooseRule('publicQuestions', { publicQuestions: 'whenever the chair likes' }, {});
    expect(chosen.source).toBe('default');
    expect(chosen.problem).toMatch(/^Committee rule ignored\. Could not read "whenever the chair likes"/);
  });
});

describe('meetingDeadlines', () => {
  it('lists agenda, public questions and minutes for a public meeting', () => {
    const rows = meetingDeadlines(facts, { publicQuestions: '5.00pm 3 clear working days before the meeting' }, {}, 'england-and-wales', new Date('2030-05-01T09:00:00Z'));
    expect(rows.map((r) => [r.name, r.due, r.state])).toEqual([
      ['agendaPublication', '2030-05-02T23:59', 'due'],
      ['publicQuestions', '2030-05-07T17:00', 'open'],
      ['minutesPublication', '2030-05-28T23:59', 'due'],
    ]);
  });

  it('judges agenda publication met when published by the deadline and missed when late', () => {
    const now = new Date('2030-05-20T09:00:00Z');
    const met = meetingDeadlines({ ...facts, agendaPublishedAt: new Date('2030-05-02T22:58:00Z') }, {}, {}, 'england-and-wales', now);
    expect(met[0]!.state).toBe('met');
    const late = meetingDeadlines({ ...facts, agendaPublishedAt: new Date('2030-05-03T08:00:00Z') }, {}, {}, 'england-and-wales', now);
    expect(late[0]!.state).toBe('missed');
    expect(late[1]!.state).toBe('closed');
  });

  it('adds private meeting notices when the agenda has exempt items and key decision notices for key decisions', () => {
    const rows = meetingDeadlines(
      { ...facts, hasExemptItems: true, privateNoticeAt: new Date('2030-04-10T09:00:00Z'), keyDecisions: [{ reference: 'FP/30/04/01', firstPublished: '2030-04-20T00:00' }] },
      {},
      {},
      'england-and-wales',
      new Date('2030-05-01T09:00:00Z'),
    );
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    expect(byName.keyDecisionNotice).toMatchObject({ due: '2030-04-14T23:59', state: 'missed', detail: 'FP/30/04/01' });
    expect(byName.privateMeetingNotice).toMatchObject({ due: '2030-04-14T23:59', state: 'met' });
    expect(byName.privateMeetingFinalNotice).toMatchObject({ due: '2030-05-07T23:59', state: 'due' });
  });

  it('drops the minutes deadline for a cancelled meeting', () => {
    expect(meetingDeadlines({ ...facts, cancelled: true }, {}, {}, 'england-and-wales', new Date()).map((r) => r.name)).not.toContain('minutesPublication');
  });
});

describe('agendaDeadline', () => {
  it('says whether publishing now is late', () => {
    expect(agendaDeadline(facts.startAt, {}, {}, 'england-and-wales', new Date('2030-05-02T12:00:00Z'))).toMatchObject({ due: '2030-05-02T23:59', late: false });
    expect(agendaDeadline(facts.startAt, {}, {}, 'england-and-wales', new Date('2030-05-03T08:00:00Z')).late).toBe(true);
  });
});
