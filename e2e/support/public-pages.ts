import type { Locator, Page } from 'playwright-core';
import { submitAndWait, verifyOnPage } from './pages.ts';

/** Text of a locator with its whitespace collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** The home page: the next meetings, recent papers and the Browse links. */
export class HomePage {
  private constructor(readonly page: Page) {}

  /** Checks the browser is on the home page. */
  static async verifyOnPage(page: Page): Promise<HomePage> {
    await verifyOnPage(page, 'Council meetings, agendas and decisions');
    return new HomePage(page);
  }

  /** Follows a link in the Browse list (not the header menu). */
  async browse(name: string): Promise<void> {
    const browse = this.page.locator('main').getByRole('heading', { name: 'Browse' }).locator('xpath=following-sibling::*[1]');
    await submitAndWait(this.page, browse.getByRole('link', { name, exact: true }));
  }
}

/** The list of committees, grouped by kind. */
export class CommitteesPage {
  private constructor(readonly page: Page) {}

  /** Checks the browser is on the committees list. */
  static async verifyOnPage(page: Page): Promise<CommitteesPage> {
    await verifyOnPage(page, 'Committees');
    return new CommitteesPage(page);
  }

  /** Opens one committee by its name. */
  async open(name: string): Promise<void> {
    await submitAndWait(this.page, this.page.locator('main').getByRole('link', { name, exact: true }));
  }
}

/** A committee: what it does, its meetings and its members with their roles. */
export class CommitteePage {
  private constructor(readonly page: Page) {}

  /** Checks the browser is on the named committee's page. */
  static async verifyOnPage(page: Page, name: string): Promise<CommitteePage> {
    await verifyOnPage(page, name);
    return new CommitteePage(page);
  }

  /** Each member as "Name (Role)", in page order. */
  async members(): Promise<string[]> {
    const items = this.section('Members').locator('li');
    return (await items.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The list under a heading ("Upcoming meetings", "Past meetings", "Members"). */
  section(heading: string): Locator {
    return this.page.locator('main').getByRole('heading', { name: heading, exact: true }).locator('xpath=following-sibling::ul[1]');
  }

  /** Opens a meeting by its link's path. */
  async openMeeting(path: string): Promise<void> {
    await submitAndWait(this.page, this.page.locator(`main a[href="${path}"]`).first());
  }
}

/** A public meeting page: date, place, status, agenda items with their papers, minutes. */
export class MeetingPage {
  private constructor(readonly page: Page) {}

  /** Checks the browser is on a meeting page (its heading is the meeting's date). */
  static async verifyOnPage(page: Page, date?: string): Promise<MeetingPage> {
    await verifyOnPage(page, date ?? /^\w+day \d{1,2} \w+ \d{4}$/);
    return new MeetingPage(page);
  }

  /** The committee named above the heading. */
  async committee(): Promise<string> {
    return textOf(this.page.locator('main .govuk-caption-l').first());
  }

  /** The agenda items (the list labelled "Agenda items"). */
  agendaItems(): Locator {
    return this.page.getByRole('list', { name: 'Agenda items' }).locator(':scope > li');
  }

  /** The agenda item whose heading contains `title`. */
  agendaItem(title: string): Locator {
    return this.agendaItems().filter({ has: this.page.getByRole('heading', { name: title }) });
  }
}

/** The meetings calendar, in month or list view, optionally filtered to one committee. */
export class CalendarPage {
  private constructor(readonly page: Page) {}

  /** Checks the browser is on the calendar. */
  static async verifyOnPage(page: Page): Promise<CalendarPage> {
    await verifyOnPage(page, 'Meetings calendar');
    return new CalendarPage(page);
  }

  /** The month (and committee) being shown, e.g. "November 2026" or "November 2026: Cabinet". */
  async shown(): Promise<string> {
    return textOf(this.page.locator('main h2.govuk-heading-m').first());
  }

  /** Chooses a committee in the filter and submits the form. */
  async filterByCommittee(name: string): Promise<void> {
    await this.page.getByLabel('Committee', { exact: true }).selectOption({ label: name });
    await submitAndWait(this.page, this.page.getByRole('button', { name: 'Show meetings' }));
  }

  /** Switches between "Month view" and "List view". */
  async switchTo(view: 'Month view' | 'List view'): Promise<void> {
    await submitAndWait(this.page, this.page.locator('main').getByRole('link', { name: view, exact: true }));
  }

  /** Goes to the previous or next month. */
  async go(direction: 'Previous' | 'Next'): Promise<void> {
    await submitAndWait(this.page, this.page.locator(`.govuk-pagination__${direction === 'Previous' ? 'prev' : 'next'} a`));
  }

  /** The meeting links shown for the month. */
  meetingLinks(): Locator {
    return this.page.locator('main a[href^="/meetings/"]');
  }
}

/** A councillor's or officer's page. */
export class PersonPage {
  private constructor(readonly page: Page) {}

  /** Checks the browser is on the named person's page. */
  static async verifyOnPage(page: Page, name: string): Promise<PersonPage> {
    await verifyOnPage(page, name);
    return new PersonPage(page);
  }

  /** "Councillor" or "Officer", the caption above the name. */
  async kind(): Promise<string> {
    return textOf(this.page.locator('main .govuk-caption-l').first());
  }

  /** The value of a summary-list row ("Division", "Party", "Job title"…), or null when the row is absent. */
  async detail(key: string): Promise<string | null> {
    const row = this.page.locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^\\s*${key}\\s*$`) }) });
    return (await row.count()) ? textOf(row.locator('dd').first()) : null;
  }
}
