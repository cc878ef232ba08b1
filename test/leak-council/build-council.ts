import { eq } from 'drizzle-orm';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { users } from '../../src/db/schema.ts';
import type { Actor } from '../../src/db/audit.ts';
import type { Db } from '../../src/db/connect.ts';
import { addDays, toLondonDate } from '../../src/lib/dates.ts';
import type { Result } from '../../src/lib/result.ts';
import type { Storage } from '../../src/lib/storage/storage.ts';
import { publishDecision, recordDecision } from '../../src/modules/decisions/index.ts';
import { publishDocument, uploadDocument } from '../../src/modules/documents/index.ts';
import { createAgendaItem, createMeeting, updateAgendaItem, updateMeeting } from '../../src/modules/meetings/index.ts';
import { createOrganisation } from '../../src/modules/organisations/index.ts';
import { publishAgenda } from '../../src/modules/packs/index.ts';
import { createMembership, createPerson } from '../../src/modules/people/index.ts';
import { grantAccess, withdrawRecord } from '../../src/modules/visibility/index.ts';
import { addAttendee } from '../../src/modules/minutes/commands/add-attendee.ts';
import { addMinute } from '../../src/modules/minutes/commands/add-minute.ts';
import { addResolution } from '../../src/modules/minutes/commands/add-resolution.ts';
import { startMinutes } from '../../src/modules/minutes/commands/start-minutes.ts';
import { excludePressAndPublic } from '../../src/modules/minutes/commands/exclude-press-and-public.ts';
import { publishDraftMinutes } from '../../src/modules/minutes/commands/publish-draft-minutes.ts';
import { approveMinutes } from '../../src/modules/minutes/commands/approve-minutes.ts';
import { textPdfRenderer } from '../text-pdf-renderer.ts';
import type { AccessSpec, CouncilSpec, CountySpec, ItemSpec, MeetingSpec, PaperSpec } from './council.arbitrary.ts';

/** Who looks at the council: the public, a signed-in viewer, the councillor on the first committee, a councillor elsewhere, a report author. */
export type Identity = 'public' | 'viewer' | 'member' | 'other' | 'author';

/** Every identity, in the order the crawl runs. */
export const identities: readonly Identity[] = ['public', 'viewer', 'member', 'other', 'author'];

/** A unique word planted in one field of one record, and who may read it. */
export type Marker = {
  text: string;
  /** The record and field, for failure messages ("paper 3 text (exempt, published)"). */
  what: string;
  visibleTo: Set<Identity>;
  /** When visible, it must appear somewhere (the paper's download, the item on the meeting page, the decision page): keeps the test from passing vacuously. */
  mustShow: boolean;
};

/** The accounts the council is looked at through, and the clerk who builds it. */
export type Accounts = { clerk: Actor; author: Actor; memberUserId: number; otherUserId: number };

/** A built council: its markers, and what was done, step by step (printed when a property fails). */
export type BuiltCouncil = { markers: Marker[]; steps: string[]; meetingIds: number[]; months: string[] };

type Access = 'public' | 'exempt';
type CouncilModel = { committees: number[]; kinds: CouncilSpec['committees']; term: { start: string | null; end: string | null }; otherCommittee: number | null };
type MeetingModel = { id: number; council: CouncilModel; committee: number; date: string; substitute: boolean; agendaPublished: boolean };
type ItemModel = {
  id: number;
  meeting: MeetingModel;
  access: Access;
  paragraph: number | null;
  published: boolean;
  namedInPublishedMinutes: boolean;
  grantedOther: boolean;
  title: string;
  instruction: string;
  reason: string;
};
type PaperModel = {
  id: number;
  item: ItemModel;
  access: Access;
  inherited: boolean;
  published: boolean;
  withdrawn: boolean;
  grantedOther: boolean;
  byAuthor: boolean;
  title: string;
  text: string;
};
type MinuteModel = { id: number; meeting: MeetingModel; access: Access; published: boolean; title: string; narrative: string; resolution: string | null };
type DecisionModel = { id: number; meeting: MeetingModel; access: Access; published: boolean; title: string; text: string; reasons: string };

const consonants = 'bcdfghjklmnpqrstvwxz';

/** Throws with the command's field errors when a step the generator meant to be valid is refused. */
function must<T>(r: Result<T>, step: string): T {
  if (!r.ok) throw new Error(`${step} was refused: ${r.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  return r.value;
}

/** A one-page PDF saying `text`. */
async function pdfOf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 12, font });
  return doc.save();
}

/** The form fields of an access choice. */
function accessFields(a: AccessSpec, reason: string): Record<string, unknown> {
  if (a.choice === 'inherit') return {};
  if (a.choice === 'public') return { access: 'public', accessReason: reason };
  return { access: 'exempt', exemptParagraph: a.paragraph };
}

/** What a record under a parent ends up as (the rule the upload and decision forms promise): follows the parent by default; explicit choices stick. */
function resolved(parent: { access: Access; paragraph: number | null }, a: AccessSpec): { access: Access; inherited: boolean } {
  if (a.choice === 'inherit') return { access: parent.access, inherited: true };
  if (a.choice === 'public') return { access: 'public', inherited: parent.access === 'public' };
  return { access: 'exempt', inherited: parent.access === 'exempt' && parent.paragraph === a.paragraph };
}

/**
 * Builds councils from their specs through the real commands (organisations, people, memberships,
 * meetings, agenda items, uploads, agenda publication with a PDF renderer, late papers, supplements,
 * access changes, withdrawals, grants, cancellations, substitutes, minutes, exclusion of the public,
 * draft and approved minutes, decisions), keeping beside them a model of what each identity may read,
 * from what the clerk did rather than from the database. The member and the other councillor are
 * one person each, seated on every council's committees as its spec says.
 */
export async function buildCounty(db: Db, storage: Storage, accounts: Accounts, county: CountySpec): Promise<BuiltCouncil> {
  const { clerk } = accounts;
  const steps: string[] = [];
  const markers: Marker[] = [];
  let counter = 0;
  const word = () => {
    let n = counter++;
    let s = '';
    for (let i = 0; i < 3; i++) {
      s = consonants[n % consonants.length] + s;
      n = Math.floor(n / consonants.length);
    }
    return `qx${county.salt}${s}`;
  };
  const today = toLondonDate(new Date());
  const renderer = async () => textPdfRenderer();
  const lateReason = 'Urgent business: the report could not be finished earlier';

  const items: ItemModel[] = [];
  const papers: PaperModel[] = [];
  const minuteRows: MinuteModel[] = [];
  const decisionRows: DecisionModel[] = [];
  const meetings: MeetingModel[] = [];
  const publicWords: string[] = [];
  const pub = () => {
    const w = word();
    publicWords.push(w);
    return w;
  };

  // The two councillors, then each council's committees and their seats.
  const member = must(await createPerson(db, clerk, { kind: 'councillor', honorific: 'Cllr', givenName: 'Mira', familyName: 'Member' }), 'member councillor');
  const other = must(await createPerson(db, clerk, { kind: 'councillor', honorific: 'Cllr', givenName: 'Oren', familyName: 'Other' }), 'other councillor');
  await linkAccounts(db, accounts, member.id, other.id);
  const councils: CouncilModel[] = [];
  for (const [n, spec] of county.councils.entries()) {
    const committees: number[] = [];
    for (const [i, kind] of spec.committees.entries()) {
      const r = must(await createOrganisation(db, clerk, { name: `Committee ${pub()}`, kind, purpose: `Purpose ${pub()}` }), `committee ${i} of council ${n}`);
      committees.push(r.id);
    }
    const term = { start: spec.term.start === null ? null : addDays(today, spec.term.start), end: spec.term.end === null ? null : addDays(today, spec.term.end) };
    must(
      await createMembership(db, clerk, {
        organisationId: committees[0],
        personId: member.id,
        role: 'member',
        votingRight: true,
        startDate: term.start ?? undefined,
        endDate: term.end ?? undefined,
      }),
      'member seat',
    );
    const otherCommittee = spec.otherOnSecond && committees.length > 1 ? committees[1]! : null;
    if (otherCommittee !== null) must(await createMembership(db, clerk, { organisationId: otherCommittee, personId: other.id, role: 'member', votingRight: true }), 'other seat');
    councils.push({ committees, kinds: spec.committees, term, otherCommittee });
    steps.push(
      `council ${n}: committees ${committees.map((c, i) => `${c} (${spec.committees[i]})`).join(', ')}; member on ${committees[0]} from ${term.start ?? 'always'} to ${term.end ?? 'open'}; other on ${otherCommittee ?? 'none'}`,
    );
  }

  const covers = (m: MeetingModel) =>
    m.committee === m.council.committees[0] && (m.council.term.start === null || m.council.term.start <= m.date) && (m.council.term.end === null || m.council.term.end >= m.date);
  const onCommittee = (who: Identity, m: MeetingModel) => (who === 'member' && covers(m)) || (who === 'other' && (m.council.otherCommittee === m.committee || m.substitute));

  const meetingDate = (days: number) => addDays(today, days);
  const newMeeting = async (council: CouncilModel, committee: number, days: number): Promise<MeetingModel> => {
    const date = meetingDate(days);
    const r = must(await createMeeting(db, clerk, { organisationId: committee, date, startTime: '10:00' }), `meeting on ${date}`);
    const m: MeetingModel = { id: r.id, council, committee, date, substitute: false, agendaPublished: false };
    meetings.push(m);
    return m;
  };

  const addItem = async (m: MeetingModel, s: ItemSpec): Promise<ItemModel> => {
    const title = word();
    const instruction = word();
    const reason = word();
    const fields = {
      title: `Item ${title}`,
      instruction: `Instruction ${instruction}`,
      exempt: s.exempt ? 'yes' : 'no',
      exemptParagraph: s.exempt ? s.paragraph : undefined,
      publicInterestReason: `Reason ${reason}`,
    };
    const r = must(await createAgendaItem(db, clerk, m.id, fields), `item on meeting ${m.id}`);
    const it: ItemModel = {
      id: r.id,
      meeting: m,
      access: s.exempt ? 'exempt' : 'public',
      paragraph: s.exempt ? s.paragraph : null,
      published: false,
      namedInPublishedMinutes: false,
      grantedOther: false,
      title,
      instruction,
      reason,
    };
    items.push(it);
    steps.push(`meeting ${m.id}: item ${it.id} ${it.access}${it.paragraph ? ` (paragraph ${it.paragraph})` : ''}`);
    return it;
  };

  const upload = async (it: ItemModel, s: PaperSpec): Promise<PaperModel> => {
    const title = word();
    const text = word();
    const body = `Paper text ${text}.`;
    const file =
      s.format === 'pdf'
        ? { fileName: `paper-${title}.pdf`, bytes: await pdfOf(body) }
        : s.format === 'csv'
          ? { fileName: `paper-${title}.csv`, bytes: Buffer.from(`heading,value\r\npaper,${body}\r\n`) }
          : { fileName: `paper-${title}.txt`, bytes: Buffer.from(body) };
    const actor = s.byAuthor ? accounts.author : clerk;
    const r = must(
      await uploadDocument(
        db,
        storage,
        actor,
        { meetingId: it.meeting.id, agendaItemId: it.id, title: `Paper ${title}`, kind: 'report', ...accessFields(s.access, `Public summary ${pub()}`) },
        file,
      ),
      `paper on item ${it.id}`,
    );
    const a = resolved(it, s.access);
    const p: PaperModel = {
      id: r.id,
      item: it,
      access: a.access,
      inherited: a.inherited,
      published: false,
      withdrawn: false,
      grantedOther: false,
      byAuthor: s.byAuthor,
      title,
      text,
    };
    papers.push(p);
    steps.push(
      `  paper ${p.id} on item ${it.id}: ${s.access.choice}${s.access.choice === 'exempt' ? ` ${s.access.paragraph}` : ''} → ${p.access}, ${s.format}, ${s.timing}${s.byAuthor ? ', by the author' : ''}`,
    );
    return p;
  };

  const publishMeeting = async (m: MeetingModel, what: string) => {
    const r = await publishAgenda(db, storage, renderer, { ...clerk, displayName: 'Clerk' }, m.id, { issuedBy: 'Clerk', lateReason });
    if (!r.ok) {
      steps.push(`meeting ${m.id}: ${what} refused (${r.errors.map((e) => e.message).join('; ')})`);
      return;
    }
    m.agendaPublished = true;
    for (const it of items) if (it.meeting === m) it.published = true;
    for (const p of papers) if (p.item.meeting === m && !p.withdrawn) p.published = true;
    steps.push(`meeting ${m.id}: ${what} published (${r.value.pdf ? 'with PDF' : 'no PDF'})`);
  };

  for (const [n, spec] of county.councils.entries()) for (const ms of spec.meetings) await buildMeeting(councils[n]!, ms);

  async function buildMeeting(council: CouncilModel, ms: MeetingSpec) {
    const m = await newMeeting(council, council.committees[ms.committee]!, ms.days);
    steps.push(
      `meeting ${m.id}: committee ${m.committee} on ${m.date}${ms.agenda ? ', agenda' : ''}${ms.supplement ? ', supplement' : ''}${ms.cancelled ? ', cancelled' : ''}, minutes ${ms.minutes}`,
    );
    const built: { spec: ItemSpec; item: ItemModel | null; papers: PaperModel[] }[] = ms.items.map((s) => ({ spec: s, item: null, papers: [] }));
    for (const b of built) {
      if (b.spec.late && ms.agenda) continue;
      b.item = await addItem(m, b.spec);
      for (const [i, ps] of b.spec.papers.entries()) if (ps.timing === 'before' || !ms.agenda) b.papers[i] = await upload(b.item, ps);
    }
    if (ms.agenda) {
      await publishMeeting(m, 'agenda');
      const latePublished: PaperModel[] = [];
      for (const b of built) {
        b.item ??= await addItem(m, b.spec);
        for (const [i, ps] of b.spec.papers.entries()) {
          if (ps.timing === 'before' && !b.spec.late) continue;
          const p = (b.papers[i] = await upload(b.item, ps));
          if (ps.timing === 'late-published') latePublished.push(p);
        }
      }
      if (m.agendaPublished) {
        for (const p of latePublished) {
          must(await publishDocument(db, clerk, p.id, { reason: 'The paper arrived after the agenda was issued' }), `late paper ${p.id}`);
          p.published = true;
          p.item.published = true;
          steps.push(`  paper ${p.id} published late`);
        }
        if (ms.supplement) await publishMeeting(m, 'supplement');
      }
    }
    for (const b of built) {
      const it = b.item!;
      if (b.spec.flip) {
        const exempt = it.access === 'public';
        must(
          await updateAgendaItem(db, clerk, it.id, {
            title: `Item ${it.title}`,
            instruction: `Instruction ${it.instruction}`,
            exempt: exempt ? 'yes' : 'no',
            exemptParagraph: exempt ? b.spec.flipParagraph : undefined,
            publicInterestReason: `Reason ${it.reason}`,
          }),
          `item ${it.id} made ${exempt ? 'exempt' : 'public'}`,
        );
        it.access = exempt ? 'exempt' : 'public';
        it.paragraph = exempt ? b.spec.flipParagraph : null;
        for (const p of papers) if (p.item === it && p.inherited) p.access = it.access;
        steps.push(`  item ${it.id} made ${it.access}`);
      }
      for (const [i, ps] of b.spec.papers.entries()) {
        const p = b.papers[i]!;
        if (ps.withdraw && p.published) {
          await withdrawRecord(db, clerk, 'document', p.id, 'Published by mistake');
          p.published = false;
          p.withdrawn = true;
          steps.push(`  paper ${p.id} withdrawn`);
        }
        if (ps.grantToOther) {
          must(
            await grantAccess(db, clerk, { subjectType: 'document', subjectId: p.id, userId: accounts.otherUserId, reason: 'Local member for the site' }),
            `grant of paper ${p.id}`,
          );
          p.grantedOther = true;
          steps.push(`  paper ${p.id} granted to the other councillor`);
        }
      }
      if (b.spec.grantToOther) {
        must(await grantAccess(db, clerk, { subjectType: 'agenda_item', subjectId: it.id, userId: accounts.otherUserId, reason: 'Ward member' }), `grant of item ${it.id}`);
        it.grantedOther = true;
        steps.push(`  item ${it.id} granted to the other councillor`);
      }
    }
    if (ms.cancelled) {
      must(
        await updateMeeting(db, clerk, m.id, { organisationId: m.committee, date: m.date, startTime: '10:00', status: 'cancelled', statusNote: `Cancelled ${pub()}` }),
        `cancelling meeting ${m.id}`,
      );
      steps.push(`meeting ${m.id}: cancelled`);
    }
    if (ms.substitute) {
      must(await addAttendee(db, clerk, m.id, { personId: other.id, kind: 'substitute', substituteFor: 'Cllr Mira Member' }), `substitute at ${m.id}`);
      m.substitute = true;
      steps.push(`meeting ${m.id}: the other councillor attended as a substitute`);
    }
    if (ms.minutes === 'none') return;
    const minutesId = (await startMinutes(db, clerk, m.id)).id;
    const mine: MinuteModel[] = [];
    for (const b of built) {
      if (!b.spec.minute) continue;
      const it = b.item!;
      const title = word();
      const narrative = word();
      const r = must(await addMinute(db, clerk, m.id, { agendaItemId: it.id, title: `Minute ${title}`, narrative: `Narrative ${narrative}` }), `minute of item ${it.id}`);
      const mm: MinuteModel = { id: r.id, meeting: m, access: it.access, published: false, title, narrative, resolution: null };
      let resolutionId: number | undefined;
      if (b.spec.minute.resolution) {
        mm.resolution = word();
        resolutionId = must(await addResolution(db, clerk, mm.id, { text: `Resolved ${mm.resolution}` }), `resolution of minute ${mm.id}`).id;
      }
      minuteRows.push(mm);
      mine.push(mm);
      steps.push(`  minute ${mm.id} of item ${it.id} (${mm.access})${mm.resolution ? ' with a resolution' : ''}`);
      const ds = b.spec.minute.decision;
      if (!ds) continue;
      const d: DecisionModel = {
        id: 0,
        meeting: m,
        access: resolved({ access: mm.access, paragraph: it.paragraph }, ds.access).access,
        published: false,
        title: word(),
        text: word(),
        reasons: word(),
      };
      const kind = council.kinds[council.committees.indexOf(m.committee)] === 'cabinet' ? 'cabinet' : 'committee';
      d.id = must(
        await recordDecision(db, clerk, {
          makerKind: kind,
          makerOrganisationId: m.committee,
          title: `Decision ${d.title}`,
          decisionText: `Decided ${d.text}`,
          reasons: `Because ${d.reasons}`,
          decidedOn: m.date,
          meetingId: m.id,
          minuteItemId: mm.id,
          resolutionId,
          ...accessFields(ds.access, `Public decision ${pub()}`),
        }),
        `decision of minute ${mm.id}`,
      ).id;
      decisionRows.push(d);
      if (ds.publish) {
        await publishDecision(db, clerk, d.id);
        d.published = true;
        if (ds.withdraw) {
          await withdrawRecord(db, clerk, 'decision', d.id, 'Published by mistake');
          d.published = false;
        }
      }
      steps.push(`  decision ${d.id} (${ds.access.choice} → ${d.access})${ds.publish ? (ds.withdraw ? ' published then withdrawn' : ' published') : ' draft'}`);
    }
    const exemptItems = built.map((b) => b.item!).filter((it) => it.access === 'exempt');
    const excluded = ms.exclusion && exemptItems.length > 0;
    if (excluded) {
      const narrative = word();
      const r = must(await excludePressAndPublic(db, clerk, m.id, { agendaItemIds: exemptItems.map((it) => it.id), note: `Excluded ${narrative}` }), `exclusion at ${m.id}`);
      const mm: MinuteModel = { id: r.minuteItemId, meeting: m, access: 'public', published: false, title: '', narrative, resolution: null };
      minuteRows.push(mm);
      mine.push(mm);
      steps.push(`  minute ${mm.id}: exclusion of the press and public`);
    }
    if (ms.minutes === 'published') {
      must(await publishDraftMinutes(db, clerk, minutesId), `publishing the draft minutes of ${m.id}`);
      for (const mm of mine) mm.published = true;
      // The exclusion resolution names each exempt item and its paragraph, which the law makes public.
      if (excluded) for (const it of exemptItems) it.namedInPublishedMinutes = true;
      steps.push(`meeting ${m.id}: draft minutes published`);
    } else if (ms.minutes === 'approved') {
      const later = await newMeeting(council, m.committee, ms.days + 7);
      must(await approveMinutes(db, clerk, minutesId, { approvedAtMeetingId: later.id, approvalNote: 'Approved as a correct record' }), `approving the minutes of ${m.id}`);
      for (const mm of mine) mm.published = true;
      if (excluded) for (const it of exemptItems) it.namedInPublishedMinutes = true;
      steps.push(`meeting ${m.id}: minutes approved at meeting ${later.id}`);
    }
  }

  // The model: who may read each marker.
  const everyone = (when: (who: Identity) => boolean) => new Set(identities.filter(when));
  const add = (text: string, what: string, when: (who: Identity) => boolean, mustShow = false) => markers.push({ text, what, visibleTo: everyone(when), mustShow });
  for (const w of publicWords) add(w, 'public text', () => true);
  for (const it of items) {
    const state = `${it.access}${it.published ? ', published' : ', draft'}`;
    const readable = (who: Identity) => it.published && (it.access === 'public' || onCommittee(who, it.meeting) || (who === 'other' && it.grantedOther));
    add(it.title, `item ${it.id} title (${state})`, () => it.published || it.namedInPublishedMinutes, true);
    add(it.instruction, `item ${it.id} instruction (${state})`, readable, true);
    add(it.reason, `item ${it.id} public interest reason (${state})`, readable);
  }
  for (const p of papers) {
    const state = `${p.access}${p.published ? ', published' : p.withdrawn ? ', withdrawn' : ', draft'}; item ${p.item.access}${p.item.published ? ', published' : ', draft'}`;
    const readable = (who: Identity) =>
      (who === 'author' && p.byAuthor) ||
      (p.published && p.item.published && (p.access === 'public' || onCommittee(who, p.item.meeting) || (who === 'other' && (p.grantedOther || p.item.grantedOther))));
    add(p.title, `paper ${p.id} title (${state})`, readable);
    add(p.text, `paper ${p.id} text (${state})`, readable, true);
  }
  for (const mm of minuteRows) {
    const state = `${mm.access}${mm.published ? ', published' : ', draft'}`;
    const readable = (who: Identity) => mm.published && (mm.access === 'public' || onCommittee(who, mm.meeting));
    if (mm.title) add(mm.title, `minute ${mm.id} title (${state})`, () => mm.published);
    add(mm.narrative, `minute ${mm.id} narrative (${state})`, readable, true);
    if (mm.resolution) add(mm.resolution, `minute ${mm.id} resolution (${state})`, readable);
  }
  for (const d of decisionRows) {
    const state = `${d.access}${d.published ? ', published' : ', not published'}`;
    const readable = (who: Identity) => d.published && (d.access === 'public' || onCommittee(who, d.meeting));
    add(d.title, `decision ${d.id} title (${state})`, readable, true);
    add(d.text, `decision ${d.id} text (${state})`, readable);
    add(d.reasons, `decision ${d.id} reasons (${state})`, readable);
  }
  const months = [...new Set(meetings.map((m) => m.date.slice(0, 7)))];
  return { markers, steps, meetingIds: meetings.map((m) => m.id), months };
}

/** Points the member's and the other councillor's accounts at this council's people (no command links an account to a person after it is made). */
async function linkAccounts(db: Db, accounts: Accounts, memberPersonId: number, otherPersonId: number): Promise<void> {
  await db.update(users).set({ personId: memberPersonId }).where(eq(users.id, accounts.memberUserId));
  await db.update(users).set({ personId: otherPersonId }).where(eq(users.id, accounts.otherUserId));
}
