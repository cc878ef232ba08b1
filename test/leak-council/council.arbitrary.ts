import fc from 'fast-check';

/** Who may see a record that sits under an agenda item or minute: follow it, public (with a reason), or exempt with a paragraph. */
export type AccessSpec = { choice: 'inherit' | 'public' | 'exempt'; paragraph: number };

/** A paper uploaded to an agenda item. */
export type PaperSpec = {
  access: AccessSpec;
  /** Text, PDF or HTML file. */
  format: 'txt' | 'pdf' | 'csv';
  /** Uploaded before the agenda is published, after it (a late paper left as a draft), or after it and published with a reason. */
  timing: 'before' | 'late' | 'late-published';
  /** Withdrawn by the clerk once published. */
  withdraw: boolean;
  /** Granted by the clerk to the councillor on the other committee. */
  grantToOther: boolean;
  /** Uploaded by the report author rather than the clerk. */
  byAuthor: boolean;
};

/** A decision recorded from a minute. */
export type DecisionSpec = { access: AccessSpec; publish: boolean; withdraw: boolean };

/** An agenda item with its papers and, at a held meeting, its minute. */
export type ItemSpec = {
  exempt: boolean;
  paragraph: number;
  /** Added after the agenda was published (a late item, a draft until a supplement is published). */
  late: boolean;
  /** The clerk changes the item's access class after its papers were uploaded (and after publication, if any). */
  flip: boolean;
  flipParagraph: number;
  grantToOther: boolean;
  papers: PaperSpec[];
  minute: { resolution: boolean; decision: DecisionSpec | null } | null;
};

/** A meeting: when, whether its agenda is published, cancelled, and how far its minutes got. */
export type MeetingSpec = {
  committee: number;
  /** Days from today (negative: the meeting has taken place). */
  days: number;
  agenda: boolean;
  /** A supplementary pack published after the late items and papers. */
  supplement: boolean;
  cancelled: boolean;
  minutes: 'none' | 'draft' | 'published' | 'approved';
  /** The councillor on the other committee attends as a substitute. */
  substitute: boolean;
  /** The press and public are excluded for the exempt items (a public minute). */
  exclusion: boolean;
  items: ItemSpec[];
};

/** A random council: committees, the two councillors' memberships, meetings in every state. */
export type CouncilSpec = {
  committees: ('committee' | 'cabinet' | 'scrutiny-committee')[];
  /** The member councillor's term on the first committee, in days from today (null: open). */
  term: { start: number | null; end: number | null };
  /** Whether the other councillor sits on the second committee (when there is one) or on none. */
  otherOnSecond: boolean;
  meetings: MeetingSpec[];
};

const paragraph = fc.integer({ min: 1, max: 7 });
const access: fc.Arbitrary<AccessSpec> = fc.record({ choice: fc.constantFrom('inherit' as const, 'public' as const, 'exempt' as const), paragraph });

const paper: fc.Arbitrary<PaperSpec> = fc.record({
  access,
  format: fc.constantFrom('txt' as const, 'pdf' as const, 'csv' as const),
  timing: fc.constantFrom('before' as const, 'before' as const, 'late' as const, 'late-published' as const),
  withdraw: fc.constantFrom(false, false, true),
  grantToOther: fc.boolean(),
  byAuthor: fc.boolean(),
});

const item: fc.Arbitrary<ItemSpec> = fc.record({
  exempt: fc.boolean(),
  paragraph,
  late: fc.boolean(),
  flip: fc.boolean(),
  flipParagraph: paragraph,
  grantToOther: fc.boolean(),
  papers: fc.array(paper, { maxLength: 2 }),
  minute: fc.option(fc.record({ resolution: fc.boolean(), decision: fc.option(fc.record({ access, publish: fc.boolean(), withdraw: fc.boolean() }), { nil: null }) }), {
    nil: null,
    freq: 3,
  }),
});

const meeting: fc.Arbitrary<MeetingSpec> = fc.record({
  committee: fc.nat({ max: 2 }),
  days: fc.oneof(fc.integer({ min: -60, max: -1 }), fc.integer({ min: 1, max: 60 })),
  agenda: fc.boolean(),
  supplement: fc.boolean(),
  cancelled: fc.constantFrom(false, false, false, true),
  minutes: fc.constantFrom('none' as const, 'draft' as const, 'published' as const, 'approved' as const),
  substitute: fc.boolean(),
  exclusion: fc.boolean(),
  items: fc.array(item, { maxLength: 3 }),
});

const day = fc.option(fc.integer({ min: -90, max: 90 }), { nil: null });

/**
 * Random councils for the leak test. Each is small (one to three committees, up to three meetings of up
 * to three items with up to two papers), so a run builds a hundred of them through the real commands.
 * Every combination the visibility rules care about is reachable: future and past meetings, agendas
 * published or not, supplements, cancellations, minutes at every stage, public and exempt items with
 * each paragraph, papers that inherit or override, late and withdrawn papers, memberships that do or do
 * not cover a meeting's date, substitutes, grants and papers of the report author.
 */
export const councilArbitrary: fc.Arbitrary<CouncilSpec> = fc
  .record({
    committees: fc.array(fc.constantFrom('committee' as const, 'cabinet' as const, 'scrutiny-committee' as const), { minLength: 1, maxLength: 3 }),
    term: fc.tuple(day, day).map(([a, b]) => (a !== null && b !== null && b < a ? { start: b, end: a } : { start: a, end: b })),
    otherOnSecond: fc.boolean(),
    meetings: fc.array(meeting, { minLength: 1, maxLength: 3 }),
  })
  .map((c) => ({
    ...c,
    // Meetings of committees that exist; a future or cancelled meeting has no minutes, substitutes or exclusion.
    meetings: c.meetings.map((m) => {
      const held = m.days < 0 && !m.cancelled;
      return {
        ...m,
        committee: m.committee % c.committees.length,
        minutes: held ? m.minutes : 'none',
        substitute: held && m.substitute,
        exclusion: held && m.minutes !== 'none' && m.exclusion,
      };
    }),
  }));

/** Councils built into one database and crawled together, with the letters that make their markers unique. */
export type CountySpec = { salt: string; councils: CouncilSpec[] };

/** Councils per crawl: the site's fixed pages are requested once for all of them. */
export const councilsPerCounty = 4;

/** A batch of `councilsPerCounty` random councils sharing one database (and the two councillors, who sit on each council's committees). */
export const countyArbitrary: fc.Arbitrary<CountySpec> = fc.record({
  salt: fc.string({ unit: fc.constantFrom(...'bcdfghjklmnpqrstvwxz'), minLength: 3, maxLength: 3 }),
  councils: fc.array(councilArbitrary, { minLength: councilsPerCounty, maxLength: councilsPerCounty }),
});
