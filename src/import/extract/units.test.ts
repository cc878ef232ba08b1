import { describe, expect, it } from 'vitest';
import { findDate, findTime, isMonthYear } from './date-text.ts';
import { endsInPostWord, isPostText, splitCabinetMembers, splitPeople, splitPeopleList, parseMember } from './names.ts';
import { splitListItems } from './list-items.ts';
import { splitOwners, splitRag } from './action-plan.ts';
import { rulePhrase, resolveDeadline } from './deadline.ts';
import { cleanInline, htmlToText, layoutToCells } from './text-normalise.ts';
import { isGhostOf } from './similarity.ts';
import { looksLikeHtml, looksLikeMarkdown, countLines } from './detect-format.ts';

describe('dates and times as printed', () => {
  it.each([
    ['17/11/17', '2017-11-17'],
    ['29.4.19', '2019-04-29'],
    ['12.07.17', '2017-07-12'],
    ['5 th April 2019', '2019-04-05'],
    ['Monday 11th March 2019', '2019-03-11'],
    ['Sent on 24.4.19', '2019-04-24'],
    ['Not before 31st Jul 2017', '2017-07-31'],
  ])('%s', (text, date) => expect(findDate(text)?.date).toBe(date));

  it('gives no date for a month without a day or an impossible date', () => {
    expect(findDate('June 2018')).toBeNull();
    expect(isMonthYear('June 2018')).toBe(true);
    expect(findDate('31/02/2019')).toBeNull();
  });

  it.each([
    ['10.00 am', '10:00'],
    ['1.20 pm', '13:20'],
    ['12.10pm', '12:10'],
    ['12 noon', '12:00'],
    ['5pm', '17:00'],
    ['12.30 am', '00:30'],
  ])('%s', (text, time) => expect(findTime(text)?.time).toBe(time));
});

describe('people', () => {
  it('splits membership lists and roles in brackets', () => {
    expect(splitPeopleList('Cllr A (Chair), Cllr B, Ann Other and Bo Jones')).toEqual(['Cllr A (Chair)', 'Cllr B', 'Ann Other', 'Bo Jones']);
    expect(parseMember('Cllr A Brown (Vice-Chairman)')).toEqual({ name: 'Cllr A Brown', role: 'Vice-Chairman' });
  });

  it('splits cabinet members at "&" before a name, never inside a portfolio', () => {
    expect(splitCabinetMembers('Ann Gray, Culture & Leisure & Bob Stone, Roads & Transport')).toEqual(['Ann Gray, Culture & Leisure', 'Bob Stone, Roads & Transport']);
    expect(splitCabinetMembers('Cllr Ann Gray, Cabinet Member for Business Investment & Policy')).toHaveLength(1);
    expect(splitCabinetMembers('Cllr Ann Gray\nCllr Bob Stone')).toEqual(['Cllr Ann Gray', 'Cllr Bob Stone']);
  });

  it('knows a post by the job word ending its words before any comma, and a surname that is one from a post', () => {
    expect(['Bridge Maintenance Engineer', 'Moorings Partner, Eastern Area', 'Harbour Lettings Team', 'Quay Dues Manager (interim)'].every(endsInPostWord)).toBe(true);
    expect(['Orla Partner', 'K L Holder', 'Engineer', 'Cllr Ivo Manager', 'Fernby Parish Council, Lowdale', 'Senior Harbour Officer Tam Ruddle'].some(endsInPostWord)).toBe(false);
    expect(isPostText('Moorings Income Partner')).toBe(true);
    expect(isPostText('Orla Partner')).toBe(false);
    // A body after a person's comma stays with them; a body before a comma is not a post.
    expect(isPostText('Fernby Parish Council')).toBe(true);
    expect(isPostText('Fernby Parish Council, Lowdale')).toBe(false);
    expect(splitPeople('Orla Venn, Bridge Maintenance Engineer, Tam Ruddle, Moorings Income Partner')).toEqual([
      'Orla Venn, Bridge Maintenance Engineer',
      'Tam Ruddle, Moorings Income Partner',
    ]);
  });
});

describe('lists in cells', () => {
  it('drops the lead-in and joins items split across a page', () => {
    const cell = '<p>That the Board:</p> <ol> 1. approves the plan; 2. notes the cost of £3.5m and <p>the timetable.</p> 3. asks for a review.</ol> <p>Trailing prose.</p>';
    expect(splitListItems(cell)).toEqual({
      leadIn: 'That the Board:',
      items: ['approves the plan;', 'notes the cost of £3.5m and the timetable.', 'asks for a review.'],
      marked: true,
    });
  });

  it('reads list tags and bullets', () => {
    expect(splitListItems('<ul><li>• <b>One</b></li><li>• Two</li></ul>').items).toEqual(['One', 'Two']);
    expect(splitListItems('Just one recommendation.').items).toEqual(['Just one recommendation.']);
    expect(splitListItems('That the Cabinet:').items).toEqual([]);
  });
});

describe('action plan cells', () => {
  it.each([
    ['Amber 17/11/17', { rag: 'Amber', due: { text: '17/11/17', date: '2017-11-17' }, status: null }],
    ['Green complete', { rag: 'Green', due: null, status: 'complete' }],
    ['Amber June 2018', { rag: 'Amber', due: { text: 'June 2018', date: null }, status: null }],
    ['.', { rag: null, due: null, status: null }],
    ['Ongoing', { rag: null, due: null, status: 'Ongoing' }],
  ])('RAG cell %s', (cell, want) => expect(splitRag(cell)).toEqual(want));

  it('splits owners and drops placeholders', () => {
    expect(splitOwners('Ann Gray, Lead & Bob Stone, Manager')).toEqual(['Ann Gray, Lead', 'Bob Stone, Manager']);
    expect(splitOwners('Youth Forum / Bob Stone')).toEqual(['Youth Forum', 'Bob Stone']);
    expect(splitOwners('To identify lead')).toEqual([]);
  });
});

describe('deadline sentences', () => {
  it('finds the rule phrase, time first', () => {
    expect(rulePhrase('Send it to the clerk 5.00pm 3 clear working days before the meeting.')).toBe('5.00pm 3 clear working days before the meeting');
    expect(rulePhrase('Send it three working days before the meeting, by 4pm.')).toBe('4pm three working days before the meeting');
  });

  it('resolves with working days and England and Wales bank holidays', () => {
    expect(resolveDeadline('Questions by 5.00pm 3 clear working days before the meeting.', '2019-05-13', '10:00')).toBe('2019-05-07T17:00');
    expect(resolveDeadline('Questions by 12 noon the (working) day before the meeting.', '2017-07-28', '10:00')).toBe('2017-07-27T12:00');
    expect(resolveDeadline('Questions by 12 noon the working day before the meeting.', '2025-05-27', '10:00')).toBe('2025-05-23T12:00');
    expect(resolveDeadline('Questions are welcome before the meeting.', '2025-05-27', null)).toBeNull();
  });
});

describe('text cleaning and format sniffing', () => {
  it('cleans debris from a cell', () => {
    expect(cleanInline('<td data-bbox="1 2 3 4"><b>Likelihood</b></td>  **3** &amp; [x](mailto:x)')).toBe('Likelihood 3 & x');
    expect(cleanInline('13<sup>th</sup> May')).toBe('13th May');
  });

  it('turns HTML tables into tab-separated rows and layout gaps into tabs', () => {
    expect(htmlToText('<table><tr><td>1</td><td>Apologies</td></tr></table>').trim()).toBe('1\tApologies');
    expect(layoutToCells('   2    Budget report      (Pages 3 - 4)')).toBe('\t2\tBudget report\t(Pages 3 - 4)');
  });

  it('spots OCR ghosts', () => {
    expect(isGhostOf('Ouc Rogers', 'Sue Rogers')).toBe(true);
    expect(isGhostOf('Feedback report', 'Statutory Customer')).toBe(false);
  });

  it('detects formats from content and counts lines as the convention says', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html><body><p>x</p></body></html>')).toBe(true);
    expect(looksLikeHtml('Agenda\n<p>stray</p>')).toBe(false);
    expect(looksLikeMarkdown('# Agenda\n\n**Item**\n')).toBe(true);
    expect(countLines('a\nb')).toBe(2);
    expect(countLines('a\nb\n')).toBe(2);
  });
});
