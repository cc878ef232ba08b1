import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { AgendaItem, ExtractResult, LineRange, Meeting, Minutes, Provenance, Report } from './contract.ts';
import { checkAttendance, forgetPersonKeys } from './attendance.ts';
import type { Doc } from './doc.ts';
import { buildDoc, warn } from './doc.ts';
import { countLines, decodeSource } from './detect-format.ts';
import { ExtractError } from './errors.ts';
import { readMeeting } from './meeting.ts';
import { closingTimeIn, parseMinutes } from './minutes.ts';
import { parseReport } from './report.ts';
import { parseForwardPlan, parsePrivateNotice } from './forward-plan.ts';
import { parseWorkProgramme } from './work-programme.ts';
import { parseTracker, readMinuteTrackers } from './tracker.ts';
import { parseActionPlans, readActionLogs } from './action-plan.ts';
import { parseIssueHistory, parseItemPage, parseWebMeeting, readAttendancePanel } from './web-page.ts';
import { PART_DETECTORS, findParts, forwardPlanNotices, privateBusinessNotice, webIssueHistory, webItemPage } from './segment.ts';
import { parseNoticeBlocks } from './notice-blocks.ts';
import { readRiskRegisters } from './risk-register.ts';
import type { Part } from './segment.ts';
import { forgetTitleWords, titleSimilarity } from './similarity.ts';
import type { SourceRange } from './text-normalise.ts';
import { htmlSourceLines, isPageFurniture } from './text-normalise.ts';

export type * from './contract.ts';
export { ExtractError, isExtractError, MAX_INPUT_BYTES } from './errors.ts';

/** Runs one part reader; an unexpected failure becomes a warning rather than losing the pack. */
function guarded<T>(doc: Doc, part: Part | null, fn: () => T, fallback: T): T {
  try {
    return fn();
  } catch (err) {
    const line = part ? (doc.lines[part.start]?.no ?? null) : null;
    warn(doc, line, 'internal-error', `could not read ${part?.kind ?? 'meeting'}: ${err instanceof Error ? err.message : String(err)}`);
    return fallback;
  }
}

/** The HTML source lines of each line of the converted text; null (no provenance) when they cannot be found. */
function htmlLines(html: string, text: string): SourceRange[] | null {
  try {
    return htmlSourceLines(html, text);
  } catch {
    return null;
  }
}

/**
 * A partial result says what it could not read: a run of lines outside every recognised part (the
 * front of the pack when it is not a meeting's front sheet) gives one warning, so nothing is
 * dropped silently.
 */
function warnUnread(doc: Doc, from: number, to: number, why: string): void {
  let first = -1;
  let count = 0;
  let last = -1;
  for (let i = from; i < to; i++) {
    const l = doc.lines[i];
    if (!l || l.text === '' || isPageFurniture(l)) continue;
    if (first < 0) first = i;
    last = i;
    count++;
  }
  if (count < 3 || first < 0) return;
  const a = doc.lines[first]?.no ?? null;
  const b = doc.lines[last]?.last ?? a;
  warn(doc, a, 'part-unrecognised', `lines ${a}-${b} were not recognised: ${why}`);
}

/** Every record that carries provenance. */
function located(result: ExtractResult): Provenance[] {
  const out: Provenance[] = [];
  if (result.meeting) out.push(result.meeting, ...result.meeting.agenda);
  for (const m of result.minutes) out.push(m, ...m.items);
  out.push(...result.reports, ...result.forwardPlan, ...result.workProgramme, ...result.outcomeTracker);
  for (const p of result.actionPlans) out.push(p, ...p.actions);
  return out;
}

/** Keeps every line range inside the source (1 … lines); a range that cannot fit is removed. */
function clampLines(records: Provenance[], count: number): void {
  for (const r of records) {
    const l: LineRange | undefined = r.lines;
    if (!l) continue;
    const from = Math.max(1, Math.min(l.from, count));
    const to = Math.max(from, Math.min(l.to, count));
    if (count < 1 || !Number.isInteger(from) || !Number.isInteger(to)) delete r.lines;
    else r.lines = { from, to };
  }
}

function normTitle(s: string): string {
  return s.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/**
 * Links each report to its agenda item: by a decision number the item's title repeats, then by
 * title, then by the page the report starts on (when the pack's pages are the agenda's), then by
 * order; warns where titles differ. A report's own printed item number is kept.
 */
function linkReports(doc: Doc, meeting: Meeting, reports: Array<{ report: Report; part: Part }>): void {
  const candidates = meeting.agenda.filter((a) => /^\d/.test(a.number) && !/\bminutes\b/i.test(a.title));
  let floor = -1;
  for (const { report, part } of reports) {
    if (report.agendaItem !== null) continue;
    const open = candidates.filter((_, k) => k > floor);
    let chosen: AgendaItem | undefined;
    const decision = report.decisionNumber;
    if (decision) chosen = candidates.find((a) => a.title.includes(decision));
    if (!chosen) {
      let best = 0;
      for (const a of open) {
        const s = titleSimilarity(a.title, report.title);
        if (s > best + 1e-9) {
          best = s;
          chosen = a;
        }
      }
      if (best < 0.34) chosen = undefined;
    }
    const page = doc.lines[part.start]?.page ?? null;
    if (!chosen && page !== null) chosen = candidates.find((a) => a.pages !== null && a.pages.from <= page && page <= a.pages.to && titleSimilarity(a.title, report.title) > 0.15);
    if (!chosen) chosen = open.find((a) => a.pages !== null && !/work programme|forward plan/i.test(a.title) && titleSimilarity(a.title, report.title) > 0);
    if (!chosen) {
      warn(doc, doc.lines[part.start]?.no ?? null, 'report-agenda-unmatched', `report "${report.title}" matches no agenda item`);
      continue;
    }
    floor = candidates.indexOf(chosen);
    report.agendaItem = chosen.number;
    if (normTitle(chosen.title) !== normTitle(report.title)) {
      warn(doc, doc.lines[part.start]?.no ?? null, 'agenda-title-mismatch', `agenda item ${chosen.number} "${chosen.title}" differs from its report's title "${report.title}"`);
    }
  }
}

/**
 * Extracts the structure of one council document pack (text, markdown, HTML or PDF bytes) into
 * the pack-extract contract. Throws ExtractError for unusable input; never for odd content.
 * @example extractPack(readFileSync('pack.pdf'), 'pack.pdf').meeting?.agenda.length
 */
export function extractPack(bytes: Buffer, name: string): ExtractResult {
  forgetTitleWords();
  forgetPersonKeys();
  const source = decodeSource(bytes);
  const doc = buildDoc(source.text, {
    paged: source.paged,
    layout: source.layout,
    markdown: source.markdown,
    sourceLines: source.format === 'html' ? htmlLines(source.lineText, source.text) : undefined,
  });
  const parts = guarded(doc, null, () => findParts(doc), []);
  const firstPart = parts[0]?.start ?? doc.lines.length;
  const web = parts.some((p) => p.kind === 'web-meeting');
  // An agenda item's page names its meeting under its own heading: what is above it (breadcrumb, menus) is the site's.
  const itemPage = parts[0]?.detector === webItemPage.name;
  // The meeting's own web page: the web-meeting parts the document opens with.
  let pageEnd = firstPart;
  for (let k = 0; k < parts.length && parts[k]?.kind === 'web-meeting'; k++) pageEnd = (parts[k] as Part).end;
  const meeting = itemPage ? null : guarded(doc, null, () => readMeeting(doc, firstPart, { agendaElsewhere: web, pageEnd }), null);
  const result: ExtractResult = {
    schemaVersion: '1',
    source: {
      name: basename(name),
      sha256: createHash('sha256').update(bytes).digest('hex'),
      lines: source.lineText === source.text && doc.textLines !== undefined ? doc.textLines : countLines(source.lineText),
      format: source.format,
    },
    meeting,
    minutes: [],
    reports: [],
    forwardPlan: [],
    workProgramme: [],
    outcomeTracker: [],
    actionPlans: [],
    risks: [],
    warnings: doc.warnings,
  };
  const reports: Array<{ report: Report; part: Part }> = [];
  const minutesOf = new Map<Part, Minutes>();
  for (const part of parts) {
    switch (part.kind) {
      case 'minutes': {
        const m = guarded(doc, part, () => parseMinutes(doc, part), null);
        if (m) {
          result.minutes.push(m);
          minutesOf.set(part, m);
        }
        // An action log closing the minutes, its actions unnumbered ("Action | Owner | Due").
        result.actionPlans.push(...guarded(doc, part, () => readActionLogs(doc, part), []).map((log) => log.plan));
        // A review's recommendations tracker that one minute went through.
        result.outcomeTracker.push(...guarded(doc, part, () => readMinuteTrackers(doc, part), []));
        break;
      }
      case 'report': {
        const r = guarded(doc, part, () => parseReport(doc, part), null);
        if (r) reports.push({ report: r, part });
        break;
      }
      case 'web-meeting': {
        // An issue's history records each meeting it went to: one set of minutes a block.
        if (part.detector === webIssueHistory.name) {
          result.minutes.push(...guarded(doc, part, () => parseIssueHistory(doc, part), []));
          break;
        }
        if (part.detector === webItemPage.name) {
          result.minutes.push(...guarded(doc, part, () => parseItemPage(doc, part), []));
          break;
        }
        const layout = part.detector === 'web-meeting-sections' ? 'sections' : part.detector === 'web-meeting-list' ? 'list' : 'table';
        const page = guarded(doc, part, () => parseWebMeeting(doc, part, meeting, layout), null);
        if (page && meeting) {
          meeting.agenda.push(...page.agenda);
          // The meeting's lines run on over the page's items table, which is its agenda.
          const last = page.agenda[page.agenda.length - 1]?.lines;
          if (meeting.lines && last && last.to > meeting.lines.to) meeting.lines = { from: meeting.lines.from, to: last.to };
        }
        if (page?.minutes) result.minutes.push(page.minutes);
        break;
      }
      case 'forward-plan':
        result.forwardPlan.push(
          ...guarded(
            doc,
            part,
            () =>
              part.detector === forwardPlanNotices.name
                ? parseNoticeBlocks(doc, part)
                : part.detector === privateBusinessNotice.name
                  ? parsePrivateNotice(doc, part)
                  : parseForwardPlan(doc, part),
            [],
          ),
        );
        break;
      case 'work-programme':
        result.workProgramme.push(...guarded(doc, part, () => parseWorkProgramme(doc, part), []));
        break;
      case 'tracker':
        result.outcomeTracker.push(...guarded(doc, part, () => parseTracker(doc, part), []));
        break;
      case 'action-plan': {
        const plans = guarded(doc, part, () => parseActionPlans(doc, part, part.header ?? part.start), []);
        result.actionPlans.push(...plans.filter((plan) => plan.actions.length > 0));
        // A table after the last minute runs to the minutes' closing sentence under it: the meeting's close is the minutes'.
        const before = parts[parts.indexOf(part) - 1];
        const last = before === undefined ? undefined : minutesOf.get(before);
        if (before?.end === part.start && last !== undefined && last.endedAt === null) last.endedAt = guarded(doc, part, () => closingTimeIn(doc, part, last.time), null);
        break;
      }
    }
  }
  // A meeting's page with no minutes of its own (no parts, or an items table that printed no minutes) may list who
  // attended in a panel beside or below its agenda.
  if (meeting && (parts.length === 0 || (parts.every((p) => p.kind === 'web-meeting') && result.minutes.length === 0))) {
    const panel = guarded(doc, null, () => readAttendancePanel(doc, meeting), null);
    if (panel) result.minutes.push(panel);
  }
  result.reports = reports.map((r) => r.report);
  // A risk register may sit anywhere (a report's appendix): it is read over the whole pack.
  result.risks = guarded(doc, null, () => readRiskRegisters(doc), []);
  if (meeting && reports.length > 0) guarded(doc, null, () => linkReports(doc, meeting, reports), undefined);
  if (meeting && result.minutes.length > 0) guarded(doc, null, () => checkAttendance(doc, meeting, result.minutes), undefined);
  clampLines(located(result), result.source.lines);
  const empty =
    !meeting &&
    result.minutes.length + result.reports.length + result.forwardPlan.length + result.workProgramme.length + result.outcomeTracker.length + result.actionPlans.length === 0;
  // A part was recognised but nothing could be read from it (a minutes heading with no readable date): the document is a
  // council's, so it yields its warnings, one naming the part, rather than "nothing found" (which would hide them).
  if (empty && parts.length > 0) {
    for (const part of parts) {
      const detector = PART_DETECTORS.find((d) => d.name === part.detector);
      const line = doc.lines[part.header ?? part.start];
      result.warnings.push({
        line: line?.no ?? null,
        code: 'part-unread',
        message: `found ${detector?.looksFor ?? `a ${part.kind}`} here but could read nothing from it`,
      });
    }
  } else if (empty) {
    const tried = ['a meeting front sheet (a body and a date over an agenda)', ...PART_DETECTORS.map((d) => d.looksFor)].join(', ');
    throw new ExtractError(
      'no-structure',
      `no agenda, minutes, report, forward plan, work programme, tracker or action plan found in ${result.source.lines} lines; looked for ${tried}`,
    );
  }
  if (itemPage) warnUnread(doc, 0, firstPart, "the site's navigation above an agenda item's page");
  else if (!meeting) warnUnread(doc, 0, firstPart, 'no meeting front sheet (a body and a date over an agenda) was recognised');
  result.warnings.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return result;
}
