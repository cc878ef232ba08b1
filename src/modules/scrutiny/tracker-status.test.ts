import { describe, expect, it } from 'vitest';
import { onTrackerFor, trackerStatus } from './tracker-status.ts';

const agreed = { meetingDate: '2030-01-10', statusText: null, progressOn: null, completedOn: null };

describe('tracker statuses', () => {
  it('turns an outcome with no action Incomplete 3 months after it was agreed, without anyone setting it', () => {
    expect(trackerStatus(agreed, '2030-04-09')).toBe('Pending');
    expect(trackerStatus(agreed, '2030-04-10')).toBe('Incomplete');
  });
  it('keeps an outcome with an action recorded Pending, and one completed Completed', () => {
    expect(trackerStatus({ ...agreed, progressOn: '2030-02-01' }, '2030-09-01')).toBe('Pending');
    expect(trackerStatus({ ...agreed, progressOn: '2030-02-01', completedOn: '2030-03-01' }, '2030-09-01')).toBe('Completed');
    expect(trackerStatus({ ...agreed, statusText: 'Pending' }, '2031-01-01')).toBe('Pending');
  });
  it('reports a completed outcome at the next meeting and leaves it off the one after', () => {
    const done = { ...agreed, completedOn: '2030-02-15' };
    expect(onTrackerFor(done, '2030-03-01', '2030-01-10')).toBe(true);
    expect(onTrackerFor(done, '2030-05-01', '2030-03-01')).toBe(false);
    expect(onTrackerFor(agreed, '2030-05-01', '2030-03-01')).toBe(true);
    expect(onTrackerFor(agreed, '2030-01-10', null)).toBe(false);
  });
});
