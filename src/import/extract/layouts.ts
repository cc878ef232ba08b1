/**
 * What council documents have in common, as data. Every reader of the extractor takes its words and
 * shapes from here, so a new council's layout is an entry in one of these lists (with a test in
 * layouts.test.ts), not another fallback in a reader. Nothing here names a council, a person, a
 * place or a date: only the words and shapes that councils share.
 */

const MONTH = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/**
 * A paragraph's number before its sentence in minutes: "(2)", "3.", or a sub-paragraph of the minute ("2.1", "4.3.")
 * printed in the minute number's column.
 */
export const PARAGRAPH_NUMBER = /^(?:\(\d{1,3}\)|\d{1,3}[.)]|\d{1,3}\.\d{1,2}[.)]?)\s+/;

/**
 * The record's status printed under its heading ("DRAFT – to be approved at the next meeting", "Unconfirmed minutes",
 * "DRAFT – these minutes are subject to approval at …").
 */
export const RECORD_STATUS =
  /^(?:draft|unconfirmed|unapproved)(?: minutes)?(?:\s*[-–—:(]\s*(?:(?:these|the) minutes (?:are|remain)\s+)?(?:to be|subject to|not yet|until|for)\b.*)?$/i;

/**
 * The record's status printed as a sentence under its heading ("These minutes are in draft until approved at the next
 * meeting", "The minutes remain unconfirmed until …"): a note about the minutes, not a line of the heading.
 */
export const RECORD_STATUS_NOTE = /^(?:these|the) minutes (?:are|remain)(?: (?:still|only))? (?:in )?(?:draft|unconfirmed|unapproved|subject to (?:approval|confirmation))\b/i;

/**
 * A sentence under a minutes' heading saying how the meeting was shown or kept ("The meeting was broadcast live and
 * the recording can be viewed on …", "This meeting was webcast"): a note about the meeting, not a line of the heading.
 */
export const MEETING_BROADCAST_NOTE =
  /^(?:the|this) (?:meeting|proceedings)(?: of the [a-z ]{1,60})? (?:was|were|is|are|will be|has been)(?: also)? (?:broadcast|webcast|live[- ]?streamed|streamed|recorded|filmed|televised|audio[- ]recorded)\b/i;

/**
 * A body named by its kind of council alone in a minutes' heading ("… Meeting of the Parish Council held …"): the
 * council named in full over the heading is the body. A full council's own name ("… of the Council held …") stays.
 */
export const BODY_KIND_ONLY = /^(?:parish|town|city|community|village|neighbourhood|district|borough|county)\s+council$/i;

/**
 * A heading's body naming the whole council by its sitting alone ("Minutes of the Meeting of the Full Council", "… of
 * the Full Town Council"): under a local council's name (LOCAL_COUNCIL_NAME), that council is the body, named in full.
 */
export const FULL_COUNCIL_BODY = /^full\s+(?:(?:parish|town|city|community|village|neighbourhood)\s+)?council$/i;

/**
 * A heading's body naming the council by the word alone ("Minutes of the meeting of the Council held at …"): under a
 * local council's letterhead (LOCAL_COUNCIL_NAME), as a full council's sitting is, that council named in full.
 */
export const BARE_COUNCIL_BODY = /^(?:the\s+)?council$/i;

/**
 * A local council's name (a parish, town, community or village council): such a council meets only as itself, so
 * "Minutes of the Meeting of the Council" under its name are the council's own, named in full. A principal council's
 * "Council" is one body among its cabinet and committees and stays so.
 */
export const LOCAL_COUNCIL_NAME = /\b(?:parish|town|community|village|neighbourhood)\s+council$/i;

/**
 * A line of a clerk's or council's contact details in a letterhead ("Tel: 01234 567890", "Email: clerk@…",
 * "www.…", "Jo Bloggs, Clerk, tel. 01234 567890"): never the body's name, whatever heads the page above it.
 */
export const CONTACT_DETAIL_LINE = /^(?:tel(?:ephone)?|phone|mobile|fax|e-?mail|web(?:site)?)\b\.?|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.|\b(?:tel(?:ephone)?|phone)\.?:?\s+\+?\d/i;

/** A letterhead's labelled line above a heading ("Clerk: Mrs A Bell, 1 Mill Lane", "Clerk / Clerc: …"): a label of a few words and a colon. */
export const LETTERHEAD_LABEL = /^[A-Z][A-Za-z ’'/&-]{1,30}:\s+\S/;

/**
 * A letterhead's line naming the officer it comes from ("Town Clerk: Mrs A Bell", "Clerk to the Council: J Ode, 4 Mill
 * Lane", a joint post "Clerk to the Council & Responsible Financial Officer: Mrs A Bell"): the post (an ISSUING_POST)
 * and the person, up to a comma or a contact label. The person answers the office's
 * phone and e-mail printed in the same letterhead.
 */
export const LETTERHEAD_OFFICER = /^([A-Z][A-Za-z ’'/&-]{1,60}):\s+(.+?)(?:,|\s+(?:tel(?:ephone)?|phone|mobile|e-?mail)\b|$)/i;

/**
 * A letterhead officer's surname wrapped onto a line of its own under their post and forenames ("Clerk: Ann Mary" over
 * "Jones"): one capitalised word, perhaps double-barrelled, that is not the start of an address or a heading.
 */
export const WRAPPED_SURNAME = /^(?!(?:The|Council|Community|Town|Parish|City|County|Street|Road|Lane|House|Hall|Centre)$)[A-Z][a-z’'-]+(?:-[A-Z][a-z’'-]+)?$/;

/** Lines that name the kind of document on a front sheet, never the meeting's body. */
export const FRONT_SHEET_HEADINGS: readonly RegExp[] = [
  /^agenda(?: and (?:reports?|papers))?(?: pack)?$/i,
  /^(?:summons(?: to attend)?|summons to and)(?: agenda for a)?$/i,
  /^agenda for a$/i,
  /^meeting on$/i,
  /^(?:public )?notice of (?:a |the )?(?:meeting|public meeting)$/i,
  /^public document pack$/i,
  /^(?:supplementary|supplement to the) agenda$/i,
  // The paper a council meeting works from on the night: the order of business with questions and motions in full.
  /^(?:(?:supplementary|revised)\s+)?(?:order paper|order of business|order of proceedings)(?:\s+(?:no\.?\s*)?\d+)?$/i,
  /^(?:agenda, decisions and minutes|agenda and minutes|decisions|minutes)$/i,
  /^(?:a |an )?(?:ordinary|extraordinary|annual|special|general|statutory|additional) meeting(?: of)?$/i,
  /^(?:meeting|to be held|will be held)(?: (?:to be|will be))?(?: held)?(?: on| at)?(?: [a-z]+day,?)?$/i,
  /^(?:dear (?:sir|madam|councillor|member)s?.*|you are (?:hereby )?summoned.*)$/i,
  /^(?:this meeting will be|members of the public are welcome)\b.*$/i,
  RECORD_STATUS,
];

/**
 * A strapline printed under a body's name saying what kind of body it is ("A joint committee of Northby Council and the
 * Eastfield Integrated Care Board", "A partnership between …"), or what the council does in it ("Administering authority
 * for the Northshire Pension Fund", "Acting as the licensing authority under …"): it describes the body, never names it.
 */
export const BODY_STRAPLINE =
  /^(?:(?:an?|the)\s+(?:(?:joint|statutory|advisory|standing|cross-party|formal)\s+)?(?:committee|sub-committee|board|panel|partnership|forum)\s+(?:of|between|for|established by|set up by)\s|(?:(?:acting )?as )?(?:the )?(?:administering|licensing|planning) authority (?:for|of|under)\s)/i;

/** A web page's heading over the meeting's labelled details: it names the section, not the body. */
export const DETAILS_HEADING = /^(?:meeting|event)\s+(?:details|information)$/i;

/**
 * What a web page prints after the meeting's date on the line under its heading: how far its papers have got
 * ("Tuesday 4 May 2027 – decisions published", "3 June 2027 - agenda and reports available", "… (minutes approved)").
 * The line dates the meeting and names no body.
 */
export const DATE_LINE_STATUS =
  /^\s*(?:[-–—:|,]\s*|\()(?:(?:draft\s+)?(?:agenda|decisions?|minutes|reports?|papers|webcast)(?:,?\s+(?:and|&)\s+(?:agenda|decisions?|minutes|reports?|papers))?\s+(?:published|available|approved|issued|to follow|awaited)|(?:meeting\s+)?(?:cancelled|postponed|rescheduled|adjourned))\)?\s*$/i;

/** What a web page's heading adds to the body's name: "Cabinet – agenda and minutes", "Council - Decisions". */
export const FRONT_SHEET_SUFFIX = /\s*[-–—:|]\s*(?:agenda(?:,? decisions)?(?: and (?:minutes|decisions))?|minutes|decisions|meeting details)$/i;

/** A summons written as a sentence: "A meeting of the County Council will be held in … on … at …". */
export const SUMMONS_SENTENCES: readonly RegExp[] = [
  /\b(?:an? |the )?(?:(?:ordinary|extraordinary|annual|special|general|remote|hybrid) )?meeting of (?:the )?(.{3,120}?),? (?:will|is to|shall|to) be held\b(.*)$/i,
  /\bsummoned to (?:attend )?(?:an? |the )?(?:(?:ordinary|extraordinary|annual|special|general) )?meeting of (?:the )?(.{3,120}?),? (?:which will be |to be )?held\b(.*)$/i,
  /\b(?:notice is (?:hereby )?given that )?(?:an? |the )?(?:(?:ordinary|extraordinary|annual|special|general) )?meeting of (?:the )?(.{3,120}?),? (?:will take place|takes place)\b(.*)$/i,
  // A summons that stops at the body, its date and time labelled under it ("You are summoned to attend a meeting of the Licensing Panel.").
  /\bsummoned to (?:attend )?(?:an? |the )?(?:(?:ordinary|extraordinary|annual|special|general) )?meeting of (?:the )?([^.]{3,120}?)\.()(?:\s|$)/i,
];

/**
 * A summons sentence's body that only points back at a body named before it ("Members of the Planning Committee are
 * summoned to attend a meeting of the Committee", "To: Members of the Licensing Sub-Committee" over "… a meeting of the
 * Sub-Committee"): a bare kind of body, not its name. The body is the fuller name ending in that word (SUMMONED_BODY_NAME).
 */
export const BODY_BACK_REFERENCE = /^(?:committee|sub-committee|panel|sub-panel|board|forum|working group)$/i;

/**
 * Where a summons or its addressee names the body in full: "Members of the Planning Committee", "the members of the
 * Licensing Sub-Committee" — capitalised words up to a kind of body (the name read is checked to end in the word the
 * sentence points back with, BODY_BACK_REFERENCE).
 */
export const SUMMONED_BODY_NAME =
  /\b[Mm]embers of (?:the )?((?:\p{Lu}[\p{L}&'’-]*\s+(?:and\s+|&\s+)?){1,6}(?:Committee|Sub-Committee|Panel|Sub-Panel|Board|Forum|Working Group))\b/gu;

/**
 * A note under a "To: Members of …" addressee that copies the papers to others ("(copy for information to all other
 * Members of the Town Council)", "(copies to: substitute members)", "cc: all Councillors"): names no member; the list,
 * if any, is under its own heading further on.
 */
export const MEMBERS_COPY_NOTE = /^\(?\s*(?:cop(?:y|ies)\b(?:\s+(?:for information|for info\.?))?(?:\s+(?:to|:))|cc\s*:)/i;

/**
 * What a summons sentence says the meeting is for, after its place ("… Town Hall, Market Square to consider the business
 * set out below", "… for the purpose of transacting …"): the venue ends before it.
 */
export const SUMMONS_PURPOSE = /\s+(?:to (?:consider|transact|deal with|discuss|determine|receive)|for the (?:purposes? of|transaction of))\b.*$/i;

/** Words that name a meeting place ("Memorial Hall", "Committee Room 2", "online"): a heading line under the date holding one is the venue. */
export const VENUE_WORDS =
  /\b(?:hall|room|chambers?|centre|center|house|offices|library|church|chapel|school|pavilion|institute|hub|building|suite|hotel|club|headquarters|online|remotely)\b/i;

/**
 * A venue's value broken inside a place's name: the line ends on a capitalised word ("… Riverside Community", "… Memorial")
 * and the next opens with the word closing the name ("Centre, Church Street", "Hall"), so the next line goes on with it
 * wherever it starts (a value wrapped back to its label's margin).
 */
export const VENUE_NAME_BREAK = {
  head: /(?:^|\s)[A-Z][a-z’'-]+$/,
  tail: /^(?:hall|rooms?|chambers?|centre|center|house|offices|library|pavilion|institute|hub|building|suite|hotel|club|headquarters)\b(?:[,\s]|$)/i,
};

/**
 * A start time closing a heading sentence after its place ("… Town Hall commencing at 7.15pm", "…, starting at 6 pm",
 * "… Library at 7pm"): the venue ends before it.
 */
export const VENUE_START_TIME = /,?\s+(?:(?:commencing|starting|beginning)\b.*|at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.).*)$/i;

/**
 * A postcode broken where a venue wraps in its value column ("… Market Street, Ashby AB4" over "7XY and online"): the
 * outward half ends one line and the inward half starts the next, so the venue goes on below.
 */
export const POSTCODE_WRAP: Readonly<Record<'head' | 'tail', RegExp>> = {
  head: /\b[A-Z]{1,2}\d[A-Z\d]?$/,
  tail: /^\d[A-Z]{2}\b/,
};

/**
 * An e-mail address broken at a hyphen where a narrow column wraps ("Email: ann.carter-" over "boyd@anyshire.gov.uk"):
 * the head ends in the hyphen with no "@" yet, the tail starts with the rest of the address; they join with no space.
 * Or broken inside its domain ("ann.bell@north-" over "shire.gov.uk"): the head ends in a hyphen after the "@", the
 * tail is the rest of a domain, dotted, alone on its line. Or cut mid-word where a narrow cell wraps, under its label
 * alone ("Email:" over "ann.ca" over "rter-boyd@anyshire.gov.uk"): the fragment is a line of address characters with no
 * "@", the tail the rest of the address under it.
 */
export const EMAIL_WRAP: Readonly<Record<'head' | 'tail' | 'domainHead' | 'domainTail' | 'fragment' | 'label', RegExp>> = {
  fragment: /^[\w.+-]{2,}$/,
  label: /\be-?mail(?:\s+address)?\s*:?$/i,
  head: /(?:^|[\s:])[\w.+]+-$/,
  tail: /^[\w.+-]*@[\w-]+\./,
  domainHead: /(?:^|[\s:])[\w.+-]+@[\w.-]*-$/,
  domainTail: /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/i,
};

/**
 * The quote marker a mail client puts before each line of a message it quotes or forwards inline ("> Resolved: that
 * …", ">" alone on a blank line, ">> " for a quote within a quote): a clerk pasting minutes someone else sent keeps
 * them. The marker is no part of the text; a run of at least `EMAIL_QUOTE_RUN` marked lines is a quoted passage.
 */
export const EMAIL_QUOTE_MARKER = /^(?:> ?)+/;
export const EMAIL_QUOTE_RUN = 3;

/**
 * A plain text typed double-spaced (an old word processor's "Save as Text"): every text line followed by one blank
 * line, a paragraph break two or more. Of the gaps between text lines, at most `maxTight` none, at least `minSingle`
 * one blank line and at least `minWide` wider, over `minGaps` gaps at least; no line longer than `maxLine` (the text
 * is wrapped at a page's width). The single blank lines are spacing and are dropped before the text is read.
 */
export const DOUBLE_SPACING = { minGaps: 40, maxTight: 0.05, minSingle: 0.5, minWide: 0.1, maxLine: 100 };

/**
 * A planning committee's paper circulated after the agenda and bound in behind it ("LATE REPRESENTATIONS / UPDATE
 * SHEET", "Addendum", "Late observations"), its title alone on a line: it reports on the items, it adds none, so the
 * agenda ends at the top of its first page.
 */
export const SUPPLEMENT_TITLE =
  /^(?:(?:late|additional)\s+(?:representations|observations|information)(?:\s*(?:\/|and|&|[-–—])\s*)?)?(?:(?:committee\s+|planning\s+)?update\s+(?:sheet|report)|addendum(?:\s+report)?)$/i;

/**
 * A front sheet naming itself a supplement to an agenda already published ("Agenda Supplement No. 1", "Supplementary
 * Agenda", "Supplement to the agenda", "Late items"): it lists only the items whose papers came late, under the main
 * agenda's numbers, so its item numbers rise with gaps ("5", "8", "12") rather than one by one.
 */
export const AGENDA_SUPPLEMENT =
  /\b(?:agenda\s+supplement|supplementary\s+agenda|supplement\s+to\s+the\s+agenda|supplementary\s+(?:papers|reports|information\s+pack)|late\s+items)\b/i;

/**
 * A supplement's name printed after the body's in its heading ("CABINET – AGENDA SUPPLEMENT No. 1", "Planning
 * Committee – Supplementary Agenda 2"): what kind of paper it is, not the body.
 */
export const SUPPLEMENT_SUFFIX = /\s*[-–—:|]\s*(?:agenda\s+supplement|supplementary\s+agenda|supplement\s+to\s+the\s+agenda|supplement)(?:\s*(?:no\.?|number)?\s*\d{1,2})?$/i;

/**
 * The instruction printed under an agenda item's title ("To approve the minutes …", "Members to declare any
 * interests …", "The Committee is asked to note …", "To record apologies received.", "To formally sign the minutes."):
 * the item's note, not more of its title, however short — an infinitive of the meeting's business opens no title's
 * wrapped line.
 */
export const AGENDA_INSTRUCTION =
  /^(?:(?:members|councillors|the (?:committee|sub-committee|panel|board|council|cabinet))\s+(?:(?:is|are)\s+)?(?:(?:asked|invited|reminded|requested)\s+)?)?to (?:formally\s+)?(?:approve|consider|receive|note|agree|confirm|discuss|elect|appoint|resolve|determine|review|adopt|endorse|decide|report|update|hear|answer|declare|record|ratify|accept|sign|nominate|co-opt|authori[sz]e)\b/i;

/**
 * The line under an agenda title naming who brings the item and how ("Report of the Treasurer", "Verbal update by the
 * Head of Finance", "Presentation from the Police Commander", "Oral report by the Chair"): the item's note, not more title.
 */
export const AGENDA_PRESENTER_NOTE = /^(?:(?:joint|verbal|oral|written|covering)\s+)?(?:reports?|updates?|presentation|briefing|statement)\s+(?:of|by|from)\s+(?:the\s+)?\S/i;

/**
 * The marker under an agenda item's title that it is a key decision, perhaps with the portfolio run on after it
 * ("KEY DECISION", "(Key Decision)", "Non-key decision", "KEY DECISION Portfolio Holder: Housing", "Key decision –
 * KD/31/04"): the item's note, not more of its title. "Key decisions" (plural) begins a title of its own.
 */
export const AGENDA_KEY_DECISION_NOTE = /^\(?(?:non[- ])?key\s+decision\)?(?=$|[\s:(–—-])/i;

/**
 * A cell of a second column that opens with a label of its own ("Chief Executive: A Bell", "Date of publication: …")
 * beside a contact label closing the first column's cell ("Contact Officer:"): that column's label, not the contact, who
 * is then printed under the contact label. A phone, e-mail or name label ("Tel: …", "Name: …", `own`) is the contact's.
 */
export const OTHER_COLUMN_LABEL: Readonly<Record<'label' | 'own', RegExp>> = {
  label: /^[A-Z][A-Za-z ’'/&-]{1,30}:\s+\S/,
  own: /^(?:tel(?:ephone)?|phone|mobile|fax|e-?mail|web(?:site)?|name|officer|contact name|direct(?: line| dial)?)\s*:/i,
};

/**
 * A labelled line under an agenda title naming who presents the item ("Presented by: Head of Finance", "Lead officer:
 * J Smith", "Presenter: the Chair"), or a line alone saying what the item is brought for ("For decision", "For
 * information (presentation)", "For noting"): the item's note, not more of its title.
 */
export const AGENDA_LABELLED_NOTE =
  /^(?:(?:presented|introduced|led)\s+by\s*:\s*\S|(?:presenter|presenting\s+officer|lead\s+(?:officer|member|director)s?)\s*:\s*\S|for\s+(?:decision|information|noting|discussion|approval|assurance|comment|consultation|endorsement|debate|scrutiny)(?:\s+and\s+(?:decision|information|noting|discussion|approval|assurance|comment))?\s*(?:\([^()]{1,40}\))?\.?$)/i;

/**
 * The line under a motion's title naming who brings it ("Proposed by Councillor A Bell, seconded by Councillor C
 * Dale:", "Moved by Cllr Bell"): the item's note, with the motion's text under it, not more of its title.
 */
export const AGENDA_MOVER_NOTE = /^(?:Proposed|Moved|Submitted)\s+by\s+(?:the\s+)?\p{Lu}/u;

/**
 * A line under a finished agenda title that opens with a weekday's date ("Wednesday, 3 March 2032 at 6.00 pm in …"
 * under "Date of Next Meeting"): when and where, the item's note, not more of its title.
 */
export const AGENDA_DATE_NOTE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b/;

/**
 * An agenda item that only fixes the next meeting or closes this one: procedure, never exempt business, even where it
 * is printed under the private part's heading after the exempt items.
 */
export const PROCEDURAL_ITEM = /^(?:dates?|times?|dates? and times?)\s+of\s+(?:the\s+)?(?:next|future|forthcoming)\s+meetings?\b|^close\s+of\s+(?:the\s+)?meeting\b/i;

/** A whole postcode ending a line ("… Llanfair LL11 2AB"): a venue wrapped over lines ends there. */
export const POSTCODE_END = /\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}$/;

/**
 * A time printed alone as a header label's value with no am or pm ("Time: 10:00", "Time: 18.30"): a clock time, on a
 * 24-hour clock from 13:00 (a meeting system's details table prints its times so), 1.00 to 6.59 read as afternoon.
 */
export const BARE_CLOCK_VALUE = /^\d{1,2}[.:]\d{2}$/;

/**
 * The attributes of a link to a note at the end of a page (pandoc's `class="footnote-ref"`, the DPUB role
 * `doc-noteref`), and of the link back from the note to its mark (`footnote-back`, `doc-backlink`): a note's mark is
 * where the note belongs in the text (a declaration of interest recorded in a note under the minute that marks it).
 */
export const NOTE_REF_LINK = /\b(?:class\s*=\s*"[^"]*\bfootnote-?ref\b|role\s*=\s*"doc-(?:noteref|footnote-?ref))/i;
export const NOTE_BACK_LINK = /\b(?:class\s*=\s*"[^"]*\bfootnote-?back(?:ref|link)?\b|role\s*=\s*"doc-backlink)/i;

/**
 * The targets of a word processor's bracketed marks as it exports a web page (Google Docs: "…Anytown<sup><a
 * href="#cmnt1">[a]</a></sup>", "…2027.<sup><a href="#ftnt1">[1]</a></sup>"): a reviewer's comment or a footnote. The
 * mark is not the text's own; nor is a comment (a `<div>` opening with its link back, "#cmnt_ref1"), an editor's note
 * on the draft. A footnote's text stays where the page prints it.
 */
export const EDITOR_MARK_TARGET = /^(?:cmnt|ftnt)\d{1,4}$/i;
export const EDITOR_COMMENT_BACK = /^cmnt_ref\d{1,4}$/i;

/**
 * The class or id of a list that is a page's navigation, not its content: a menu (also run together, "SideMenu"), a
 * breadcrumb, or a strip of tabs switching between views of the same page ("Agenda | Minutes | Attendance | Documents").
 */
export const NAV_LIST_CLASS = /\b(?:side|sub|top|main|left|right|site|page)?menu|\bnav|breadcrumb|tabs?(?:strip|list|bar|set)?\b/i;

/**
 * The class, id or label of a web page's cookie banner or consent notice (a box over the page asking leave to set
 * cookies): the site's, not the document's. The date it prints ("last reviewed on 1 May 2030") dates no meeting.
 */
export const COOKIE_BANNER_CLASS = /cookie|gdpr|consent[-_ ]?(?:banner|panel|bar|notice|dialog|manager|popup|box)/i;

/** Labels of a meeting header laid out as "Label: value". */
export const HEADER_LABELS: Readonly<Record<'body' | 'date' | 'time' | 'ended' | 'venue', RegExp>> = {
  body: /^(?:meeting|committee|body|panel|board|name of (?:meeting|committee))$/i,
  date: /^(?:date(?: of meeting)?|meeting date|day and date|date and time|when)$/i,
  time: /^(?:time|start time|time of meeting|time started|meeting started)$/i,
  ended: /^(?:end time|finish time|time ended|time closed|meeting (?:ended|closed|finished))$/i,
  venue: /^(?:venue|place|location|where|meeting venue|address)$/i,
};

/**
 * Labels of a contact block printed in a second column beside a header ("Ask for: … Telephone: …").
 * With the columns run together, the label ends the left-hand text and is cut off it.
 */
export const SIDE_LABELS =
  /\s+(?:ask for|enquiries to|enquiries|contact(?: officer)?|telephone|tel(?:ephone)?\.?(?: no\.?)?|direct (?:line|dial)|e-?mail|mobile|our ref(?:erence)?|your ref(?:erence)?|date)\s*:\s*$/i;

/**
 * The occasion a membership heading names its members for ("Members of the Sub-Committee for this hearing",
 * "Membership for this meeting"): a licensing or appeals panel drawn afresh for each sitting. It ends the heading.
 */
export const MEMBERSHIP_OCCASION = /\s+for (?:this|the) (?:hearing|meeting|sitting|panel|session)$/i;

/**
 * A heading alone on its line over the membership paragraph ("MEMBERSHIP", "Membership of the Committee", "Members
 * of the Sub-Committee"), perhaps naming the occasion (see MEMBERSHIP_OCCASION).
 */
export const MEMBERSHIP_HEADING = new RegExp(
  `^(?:(?:committee |panel |board )?membership(?: of (?:the )?[a-z -]{3,60}?)?|(?:town |parish |city |committee |panel |board )?(?:councillors|members)(?: of the (?:council|committee|sub-committee|panel|sub-panel|board))?)(?:${MEMBERSHIP_OCCASION.source})?$`,
  'i',
);

/**
 * A list item's marker before a "Label: value" line ("- Present: …", "• Apologies: …"), as Markdown or a word processor
 * sets a minutes' attendance block: the marker is not part of the label.
 */
export const LABEL_LIST_MARKER = /^\s*[-*•▪◦]\s+(?=[A-Za-z][A-Za-z ,'’()/-]{0,59}:)/;

/**
 * A membership label's list that names no one ("To: All Members of the Authority"): the list is elsewhere, or run on
 * right under it, names titled and parted by commas ("Cllr A Bell (Chairman), Cllr C Dale, …").
 */
export const ALL_MEMBERS = /^all (?:the )?(?:members|councillors)\b/i;

/**
 * How many blank lines may part "To: All Members of the Council" from the grid of titled names under it, printed in
 * columns ("Cllr A Bell (Mayor)   Cllr C Dale"): the list the addressee names.
 */
export const ALL_MEMBERS_GRID_GAP = 2;

/**
 * An addressee that points to the membership printed elsewhere in the pack ("To: Members of the Audit Committee (see
 * membership below)", "… – see overleaf"): it names no one; the list is under its own heading further on.
 */
export const MEMBERS_LISTED_ELSEWHERE = /\(?\bsee\s+(?:the\s+)?(?:(?:membership|members|list)\s+)?(?:below|overleaf|over|attached|on page \d+)\)?\s*$/i;

/** A membership table's column heading over each member's role or post ("Role", "Position"), read as the member's role. */
export const MEMBERSHIP_ROLE_COLUMN = /^(?:roles?|positions?|posts?|office)$/i;

/**
 * A group's heading over a column of a membership list printed as side-by-side columns ("Councillors", "Religious
 * Representatives", "Co-opted Members", "Teacher Representative"): it names who the members under it sit for, not a member.
 */
export const MEMBER_GROUP_HEADING = /^(?:[a-z'-]+\s+){0,4}(?:councillors|members?|representatives?|co-?optees|advis[eo]rs?|observers?|substitutes|trustees|governors)$/i;

/**
 * A membership list's group heading over its substitutes or reserves ("Substitutes", "Named Substitute Members",
 * "Reserve Members"): the people under it stand in for members and are not members themselves; each is read with
 * the heading, made singular, as their role ("Substitute", "Reserve Member").
 */
export const MEMBER_SUBSTITUTES_HEADING = /^(?:(?:named|nominated|appointed)\s+)?(?:substitutes?|reserves?)(?:\s+(?:members?|councillors?))?$/i;

/**
 * A group's heading over rows of a label table that names a seat rather than a group ("Independent Person",
 * "Chair of the Board", "Lay Adviser", "Co-opted Member (non-voting)"): up to five capitalised words, a role's word last or a note in brackets.
 */
export const MEMBER_GROUP_ROW_HEADING =
  /^(?:[A-Z][\w'’-]*\s+){0,4}(?:Chair|Chairman|Chairperson|Vice-Chair|Convener|Convenor|President|Person|Member|Adviser|Advisor|Observer)(?:\s+of\s+the\s+[A-Z][\w'’-]*)?(?:\s+\([a-z -]{3,30}\))?$/;

/**
 * A portfolio printed under its member in a membership grid, several members a row ("Cllr A Bell (Leader)" over
 * "Finance, Property and Resources", the next column's member over theirs), perhaps wrapped onto one more line in its
 * column ("Leader of the Council; Housing and" over "Planning"): capitalised words joined by commas, semicolons, "and",
 * "of", "the", "for" or "&", no sentence's full stop. It says what the member holds, and is not a member.
 */
export const MEMBER_GRID_PORTFOLIO_LINE = /^(?:[A-Z][\p{L}'’/-]*|and|of|the|for|in|with|&)(?:[,;]?\s+(?:[A-Z][\p{L}'’/-]*|and|of|the|for|in|with|&))*[,;]?$/u;

/** How many blank lines may part the rows of a membership grid under its column headings (one row, a gap, the next rows). */
export const MEMBER_GRID_ROW_GAP = 2;

/**
 * A line under a member in a column of grouped members that names the body they sit for ("Northvale District
 * Council", "Riverside Health Trust"): not a member.
 */
export const MEMBER_BODY_LINE = /^[A-Z][\w'’.& -]{2,60}\b(?:council|authority|trust|board|commission|partnership)$/i;

/**
 * A note in brackets after a member's name that names the council or other body they sit for ("(Eastby District
 * Council)", "(City of Northby Council)", "(Westshire Fire Authority)"): who appointed them, not a role. A post of a
 * body ("(Leader of the Council)", "(Chair of Northby Council)") is a role: it names the body with "the", or opens with a post.
 */
export const MEMBER_BODY_NOTE =
  /^(?!(?:Leader|Deputy|Chair(?:man|person|woman)?|Vice|Mayor|Member|Cabinet|Executive|Lead|Portfolio|Representative|Substitute|Nominated|Appointed)\b)(?:[A-Z][\w'’.&-]*|of|and|&)(?:\s+(?:[A-Z][\w'’.&-]*|of|and|&)){0,6}\s+(?:Council|Authority|Trust|Board|Commission|Partnership)$/;

/**
 * The label of a front sheet's membership list ("To:", "Membership:", "Panel membership:", "Members of the Cabinet:"),
 * not "Members of the public:"; a salutation ending its line ("To the Members of Northvale Town Council:") over the list.
 */
export const MEMBERSHIP_LABEL =
  /^(?:councillors(?=\s*:\s*(?:cllrs?|councillors?)\.?\s+[^,:]{3,60},)|to(?: the (?:members|councillors) of (?!the public\b|the press\b)[^:]{3,80}(?=:\s*$))?|(?:committee |panel |board |sub-committee )?membership|members(?: of the (?!public\b|press\b)[a-z -]+)?)\s*:\s*(.*)$/i;

/**
 * The addressee a "To:" line names before its list after a dash ("To: The Leader and Members of the Cabinet –
 * Councillors A Bell (Leader), B Cole …", "To: The Chair and Members of the Licensing Committee – Cllrs …"): not a
 * member; the list is what follows, the plural title before it ("Councillors") belonging to every name.
 */
export const MEMBERSHIP_ADDRESSEE =
  /^(?:the\s+)?(?:(?:chair(?:man)?|leader|mayor|convener|vice-chair(?:man)?)\s+(?:and|&)\s+)?(?:the\s+)?members\s+of\s+(?:the\s+)?[^–—:;,]{2,80}?\s+[–—-]\s+(?:(?:councillors|cllrs\.?)\s+(?=\p{Lu}))?(?=\S)/iu;

/**
 * A list's line that ends in a title and one name ("…, Cllr Anna", "Chief Inspector Ravi"): the surname is on the next
 * line. A police officer's rank is a title as a councillor's is.
 */
export const NAME_CUT =
  /(?:^|,\s*|\band\s+)(?:cllr|councillor|mr|mrs|ms|miss|dr|prof|professor|sir|dame|revd?|(?:chief\s+|detective\s+)?(?:superintendent|inspector)|sergeant|constable)\.?\s+\p{Lu}[\p{L}'’]*$/iu;

/** A list's line that ends in a title alone ("…, Cllr Piers Vowles, Cllr"): the name it titles is on the next line. */
export const TITLE_CUT = /(?:^|,\s*|\band\s+)(?:cllr|councillor|mr|mrs|ms|miss|dr)\.?$/i;

/** A list's line whose last entry is one word after a comma ("…, Graham Buckthorpe, Farida"): the rest of that name is on the next line. */
export const LIST_ENTRY_CUT = /,\s*\p{Lu}[\p{L}'’]*$/u;

/** A line that stops mid-sentence on a dangling word ("… summoned to attend a meeting of the"): the sentence goes on below. */
export const SENTENCE_BROKEN = /\b(?:of|of the|the|a|an|to|for|at|in|on|and)\s*$/i;

/**
 * A protective marking printed in the last column of a page's header or footer ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT
 * PROTECTIVELY MARKED"): the line is page furniture, whatever the paper it heads.
 */
export const PROTECTIVE_MARKING = /^(?:OFFICIAL(?:[- ]SENSITIVE)?|NOT PROTECTIVELY MARKED|UNCLASSIFIED)$/;

/**
 * A watermark word a PDF prints across the middle of every page ("DRAFT", "UNAPPROVED", "NOT YET APPROVED", "COPY"):
 * `pdftotext -layout` sets it on a line of its own inside the page's text, cutting a paragraph (or a table's row) in
 * two. Printed alone on its line at about the same height on two pages or more (see WATERMARK_DRIFT), it is page
 * furniture, not a heading.
 */
export const WATERMARK_WORD = /^(?:DRAFT|DRAFT COPY|DRAFT MINUTES|UNAPPROVED|UNCONFIRMED|NOT (?:YET )?APPROVED|PROVISIONAL|CONFIDENTIAL|COPY|SPECIMEN|SAMPLE)$/;

/** How many lines a watermark's line may move from page to page (a page's text is shifted by its wrapped lines). */
export const WATERMARK_DRIFT = 6;

/**
 * The verbs minutes report what the chair or an officer said or did with, in a sentence of its own under the attendance
 * lists ("The Convener reminded the Board that …", "The Chair welcomed everyone to …", "The Clerk advised that …"): a
 * finite verb in lower case, which no name in a list is.
 */
const MINUTE_REPORTING_VERB = 'advised|announced|asked|confirmed|explained|informed|introduced|noted|reminded|reported|stated|thanked|welcomed|did|does';

/**
 * A line of prose after an attendance list that has ended its sentence ("There were four members of the public present.",
 * "The meeting was also webcast.", "The Chair welcomed those present."): it holds a finite verb, which no list of names
 * does, and names no one.
 */
export const PROSE_AFTER_LIST = new RegExp(`\\b(?:was|were|is|are|has|have|had|been|${MINUTE_REPORTING_VERB})\\b`, 'i');

/**
 * A sentence run on after an attendance list's last entry in the same paragraph ("Also present: Cllr A Bell for item 6
 * only. Three members of the public attended.", "… (Clerk). The meeting was webcast."): it opens with a capital, holds
 * a finite verb and starts with no person's title, so it is prose about the meeting, not more of the list.
 */
export const ATTENDANCE_RUN_ON_SENTENCE =
  /^(?!(?:Cllrs?|Councillors?|County\s+Councillors?|Aldermen|Alderman|Mr|Mrs|Ms|Miss|Mx|Dr|Prof(?:essor)?|Sir|Dame|The\s+(?:Rt\s+)?(?:Hon|Mayor|Chair))\b)[A-Z][^.]{0,200}?\b(?:was|were|is|are|has|have|had|been|attended|observed|watched)\b/;

/** A contact label printed alone on its line over its value (a web page's "Contact"). */
export const CONTACT_HEADING = /^(?:contact(?: officer| details| us)?|enquiries(?: to)?|ask for)$/i;

/** Markup or text that gives a way to reach someone: an e-mail address, a mailto: or tel: link, or a UK phone number. */
export const CONTACT_DETAIL = /[\w.+-]@[\w-]+\.[a-z]|\b(?:mailto|tel):|(?:\+44\s?|\b0)\d{3,4}\s?\d{3}\s?\d{3,4}\b/i;

/** The first line of a contact block under its own heading ("Contact officer" over "Name: A Bell, Clerk"): the person. */
export const CONTACT_NAME_LABEL = /^(?:name|officer|contact name)\s*:\s*(\S.*)$/i;

/** Labels that introduce the contact of a meeting or report. */
export const CONTACT_LABEL =
  /(?:please contact|^(?:for (?:further )?information|enquiries)(?: (?:about|on) this (?:agenda|meeting|report))?,? (?:please )?contact|^(?:contact(?: officer| details)?(?: for (?:enquiries (?:about|on) )?(?:this|the) (?:agenda|meeting|report))?s?|enquiries(?: (?:about|on|regarding) (?:this|the) (?:agenda|meeting|report))?(?: to)?|ask for)\s*:|^(?:clerk(?: to the (?:council|committee))?|democratic services officer|committee (?:officer|clerk|administrator))\s*:)\s*(.*)$/i;

/**
 * A contact's postal address after their name, closed by its postcode (", Orchard Cottage, 4 Mill Lane, Eastby AB1
 * 2CD"): the address names no one. A letterhead's clerk line prints it so, wrapped or not.
 */
export const CONTACT_POSTAL_ADDRESS = /,\s.*\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2},?\s*$/;

/** The close of a summons written as a letter, above the clerk's name and post. */
export const VALEDICTION = /^(?:[^/]{1,30}\/\s*)?(?:yours (?:faithfully|sincerely|truly)|with (?:kind )?regards|signed)\b[,.]?/i;

/** A front-sheet closing block names the officer issuing it: these words end a post title. */
export const ISSUING_POST = /\b(?:counsel|solicitor|monitoring officer|chief executive|clerk|proper officer|director|head of [a-z ]+|manager|secretary|officer|executive)\b/i;

/**
 * The body an issuing officer serves, printed after the post on the same line ("Clerk to the Joint Board and
 * Monitoring Officer, Northby City Council"): the post is what comes before it.
 */
export const POST_BODY_TAIL = /,\s+[A-Z][\w'’.& -]{2,60}\b(?:council|authority|trust|board|commission|partnership)$/i;

/** A date line that says when the papers were issued. */
export const ISSUED_LABEL =
  /^(?:date (?:of )?(?:issue|publication|despatch|dispatch)|published(?: on)?|(?:agenda|papers|summons|notice)\s+(?:published|issued|despatched|dispatched)(?: on)?(?=\s*:)|date issued|issued(?: on)?|despatched|dispatched|date of this notice|dated)\s*:?\s*(.*)$/i;

/**
 * An issue label that dates the papers' publication ("Agenda published: …", "Date of publication: …"), not the
 * sending of a letter: a summons written as a letter and signed under its valediction is issued on its own "Date:".
 */
export const PUBLICATION_LABEL = /^(?:date of publication|published(?: on)?|(?:agenda|papers)\s+published(?: on)?)\s*:/i;

/**
 * The cell beside a member's name in a membership table that gives their role: a post or portfolio
 * ("Leader of the Council", "Cabinet Member for Housing", "Vice-Chair"), not the party, ward or council they represent.
 */
export const MEMBER_ROLE_CELL =
  /^(?:(?:deput[ey]|assistant|joint|vice)[- ]?)?(?:leader|chair(?:man|person|woman)?|convener|mayor|provost|cabinet member|portfolio holder|lead member|executive member|member champion)\b/i;

/**
 * A member's portfolio in brackets after their name in prose ("Councillor A Bell (Portfolio Holder for Housing)",
 * "(Deputy Leader and Cabinet Member for Finance)"): the executive post and what it is for. A role alone ("(Vice-Chair)")
 * or a seat ("(Ward 3)") is no portfolio.
 */
export const PORTFOLIO_NOTE = /\((?:[^()]*\s)?(?:cabinet member|portfolio holder|executive member|lead member|executive councillor)\s+for\s[^()]+\)$/i;

/**
 * A post printed straight after a person's name in a web page's attendee list, in an element of its own and so with no
 * comma between ("Councillor A Bell (Chair) Leader of the Council", "J Smith Director of Finance"), or after a dash
 * ("Councillor A Bell – Cabinet Member for Housing"), all of it after the dash when its first words are not such a post
 * ("J Smith – Programme Director, Transformation"): it names no one.
 */
export const ATTENDEE_TRAILING_POST =
  /(?<=[A-Za-z)])\s+(?:[-–—]\s+(?:[^-–—()]*?\s)??)?(?:(?:Deputy|Assistant|Joint|Vice|Executive|Strategic|Corporate|Interim)[- ])?(?:Leader|Cabinet Member|Portfolio Holder|Lead Member|Executive Member|Chief Executive|Chief Officer|Director|Head of|Democratic Services|Monitoring Officer|Committee (?:Officer|Clerk|Manager|Services)|Governance Officer|Solicitor|Clerk to)\b.*$|(?<=[A-Za-z)])\s+[-–—]\s+[^-–—()]*\b(?:Officer|Manager|Adviser|Advisor|Lead)$/;

/**
 * The ward or division a member sits for, printed after their name and a dash ("Cllr A Bell (Chair) – North Ward",
 * "Cllr C Dunn – Ward 3", "Cllr E Fox – Riverside Division"): a few words naming the seat, not the person.
 */
export const MEMBER_WARD_TAIL = /\s+[-–—]\s+(?=[^–—()]*\b(?:ward|division|electoral area)\b)[^–—()]{2,60}$/i;

/**
 * The header row of a membership table ("Councillor | Portfolio", "Member | Role", "Name | Ward | Party"): a cell
 * naming the member's column, then cells naming what is printed beside them. It is a header, not a member.
 */
export const MEMBERSHIP_TABLE_HEADER = {
  // Alone, the first cell of a membership table's header row ("Member | Constituent council", "Board members | Organisation").
  name: /^(?:(?:board |committee |panel |cabinet |executive )?members?|names?|councillors?|cllrs?\.?|member(?:'s)? name|representatives?)$/i,
  // "Constituent council", "Appointing authority", "Organisation": the body a member sits for; "Voting": whether they vote;
  // "Capacity": what a councillor who is not a member attends as ("Leader of the Opposition", "Ward member").
  beside:
    /^(?:portfolios?|portfolio holder|roles?|responsibilit(?:y|ies)|capacit(?:y|ies)|attending as|posts?|positions?|wards?|divisions?|party|political group|group|representing|(?:(?:constituent|appointing|nominating|member) )?(?:council|authority|body|organi[sz]ation)s?|deput(?:y|ies)|substitutes?|represented by|voting(?: rights| status)?|votes?|entitled to vote)$/i,
  // "Named substitutes", "Substitute members": a column of the people who may stand in for the members, not members.
  substitutes: /^(?:(?:named|nominated|permitted|standing)\s+)?substitutes?(?:\s+(?:members?|councillors?))?$/i,
};

/**
 * An attendance entry naming one person and, after a spaced dash, their post ("A Bell – Director of Housing and
 * Planning"): the person and the post. The post's "and" joins its words, not two people.
 */
export const PERSON_DASH_POST = /^(.{3,80}?)\s+[–—-]\s+(\S.*)$/;

/**
 * The lead of a line opening with a label printed with its colon ("Apologies: Cllr A Bell and Mr C Dunn (Lay Member)",
 * "Officers: Mrs E Fox – Head of Audit"), group 1 the label. Where that label is an attendance label the line starts
 * its group: it is never the last words of a post wrapped under the person above ("A Bell – Principal Planning" over
 * "Officer"), which are printed with no colon.
 */
export const COLON_LABEL_LEAD = /^([A-Za-z][A-Za-z '’()/-]{1,60}):(?:\s|$)/;

/** Agenda lines that head a group of items ("UNRESTRICTED ITEMS", "Part 2 – Exempt items"); `exempt` marks the private part. */
export const SECTION_HEADINGS: ReadonlyArray<{ pattern: RegExp; exempt: boolean }> = [
  // "PART B - APPLICATIONS FOR DETERMINATION": a lettered part that says what it holds, and not that it is private, is a group.
  { pattern: /^part [a-z]\s*[-–—:]\s*(?![^]*\b(?:exempt|private|confidential|restricted|exclu|not for publication|press|closed)\b)\S/i, exempt: false },
  { pattern: /^(?:part (?:2|ii|b|two)|exempt items?|confidential items?|private (?:items?|session|business)|items? (?:taken )?in private|restricted items?)\b/i, exempt: true },
  {
    pattern:
      /^(?:part (?:1|i|a|one)|unrestricted items?|open items?|public items?|items? (?:taken )?in public|items? for (?:decision|information|noting|discussion)|(?:standing|procedural|general|other) (?:items|business)|reports? (?:for|of) [a-z ]{3,40})\b/i,
    exempt: false,
  },
];

/**
 * The header row of an agenda printed as a table with columns beside the title ("No. | Item | Key decision / Ward(s) |
 * Pages", "Item | Subject | Lead officer | Page"): the number's column, the title's, and the page range's. Every other
 * column beside the title (a decision's kind, wards, the presenting officer) is the item's note, never its title.
 * (A table with a time or lead column, its papers lettered or paged, is read first by AGENDA_TABLE_COLUMNS below.)
 */
export const AGENDA_TABLE_HEADER: Readonly<Record<'number' | 'title' | 'pages', RegExp>> = {
  number: /^(?:no\.?|item\s+no\.?|number|#|item)$/i,
  title: /^(?:items?|titles?|subjects?|business|agenda\s+items?|reports?|matters?(?:\s+(?:for|to\s+be)\s+(?:consideration|decision|discussion|debate|noting))?)$/i,
  pages: /^(?:(?:agenda|report)\s+)?(?:pages?|page\s+no\.?|pp\.?|page\s+nos?\.?)$/i,
};

/**
 * A word set in an agenda table's number column under an item's number, on a line of the item's row below the first
 * ("9." over "Supplementary", "Urgent", "Late item", "Added"): it says how the item came onto the agenda, a mark of the
 * item (its note), never its title's wrapped words beside it.
 */
export const AGENDA_ITEM_STATUS_CELL = /^\(?(?:supplementary|urgent|late|late\s+item|additional|added(?:\s+item)?|new(?:\s+item)?|to\s+follow|withdrawn|deferred)\)?$/i;

/** The header of minutes laid out with an action column: "Min. No. … Action", "Minute … Action by". */
export const MINUTE_ACTION_HEADER = /^(?:min(?:ute)?s?\.?(?:\s*(?:no\.?|ref\.?|number))?|no\.?|item)\b[^;,]{0,80}\s(?:action(?:\s+by)?|who|owner)$/i;

/**
 * The heading of an action column printed alone over minutes, far right on its line ("ACTION", "Action by"): the
 * initials or names at the right end of the lines under it are who acts, not minute text.
 */
export const ACTION_COLUMN_HEADING = /^(?:actions?(?:\s+by)?|action\s+owner|who|by whom)$/i;

/**
 * The left-hand cell of a decision box's header row, an action heading far right of it ("DECISION … ACTION BY",
 * "Resolved … Who"): the box's right-hand column names who acts (a post, "–" for no one), never what was decided.
 */
export const DECISION_BOX_LABEL = /^(?:decisions?(?:\s+(?:taken|made))?|(?:the\s+)?decision|resolved|resolutions?|agreed|outcomes?|recommendations?)$/i;

/**
 * What a column of a minutes table holds: the minute number, its title, what was minuted or resolved, who acts on it,
 * a decision's account beside what was decided (its reasons, the alternatives, the interests declared), the case's
 * reference printed before its title (an application's number), or a labelled fact on the row that is no decision (the
 * ward, the officer's recommendation, the vote).
 */
export type MinuteColumn = 'number' | 'title' | 'text' | 'action' | 'aside' | 'reference' | 'field';

/**
 * Header cells of a planning committee's schedule of decisions, one row an application ("Item | Application no. |
 * Site address / Proposal | Ward | Officer recommendation | Committee decision | Vote"): the application's number
 * heads the row's title, the site and proposal are its title, the committee's decision is what was resolved, and the
 * ward, the officer's recommendation and the vote are labelled facts on the row, never its decision. A heading may
 * wrap in its cell ("Officer" over "recommendation", "Vote" over "(For/Against/" over "Abstain)").
 */
export const PLANNING_SCHEDULE_COLUMNS: ReadonlyArray<{ column: MinuteColumn; pattern: RegExp }> = [
  {
    column: 'reference',
    pattern:
      /^(?:(?:planning )?application(?: no\.?| number| ref(?:erence)?\.?)?|app(?:lication)?\.? (?:no|ref)\.?|case (?:no\.?|number|ref(?:erence)?\.?)|planning ref(?:erence)?\.?)$/i,
  },
  {
    column: 'title',
    pattern:
      /^(?:(?:site(?: address)?|location|address)(?: ?\/ ?| and | & )(?:proposal|development|description)|(?:site(?: address)?|location|address)|proposal|(?:proposal|description of development|development))$/i,
  },
  {
    column: 'field',
    pattern: /^(?:wards?(?: affected)?|parish(?:es)?|officer(?:['’]s)?(?: recommendation)?|recommendation|officer|case officer|applicant|votes?(?: \(.*)?|voting(?: \(.*)?)$/i,
  },
  { column: 'text', pattern: /^(?:committee(?:['’]s)?|panel(?:['’]s)?|members['’]?) (?:decisions?|resolutions?)$/i },
];

/**
 * Header cells of minutes printed as a table ("Minute No. | Item | Resolution | Action by"): each
 * column's role. A table needs a number and a text column; the action column is not minute text.
 */
export const MINUTE_TABLE_COLUMNS: ReadonlyArray<{ column: MinuteColumn; pattern: RegExp }> = [
  { column: 'number', pattern: /^(?:min(?:ute)?\.?(?:\s*(?:no\.?|ref(?:erence)?\.?|number))?|no\.?|ref(?:erence)?\.?|item no\.?|#)$/i },
  { column: 'title', pattern: /^(?:item|items?|subject|title|heading|matter|business|agenda item|topic)$/i },
  {
    column: 'text',
    pattern:
      /^(?:resolutions?|resolved|decisions?(?: taken| made)?|minutes?|discussion|notes?|details|outcomes?|summary|record|(?:minutes?|discussion|notes?)(?: and | ?\/ ?)(?:resolutions?|decisions?))$/i,
  },
  { column: 'action', pattern: /^(?:actions?(?: by| owner)?|who|owner|responsible|lead|by whom)$/i },
  ...PLANNING_SCHEDULE_COLUMNS,
  // A record of decisions set as a table ("Item | Decision | Reasons | Alternatives considered / Conflicts of interest"):
  // the columns beside the decision give its account, one heading or two joined by "/" or "and".
  {
    column: 'aside',
    pattern:
      /^(?:(?:reasons?(?: for (?:the )?decisions?)?|alternatives?(?: options?)?(?: considered| rejected)?(?: and rejected)?|options? considered|(?:conflicts?|declarations?) of interests?(?: declared)?|interests? declared|dispensations?(?: granted)?)(?: ?\/ ?| and |$)){1,3}$/i,
  },
];

/**
 * A cell of a laid-out table's header row inside a minute ("Application No.", "Location", "Proposal", "Observations",
 * "Decision", "Date"): a short capitalised label of one to four words, no sentence stop, colon or figure. Councils
 * minute planning applications, grants and appeals as such tables, each row's cells wrapped over several lines.
 */
export const MINUTE_TEXT_TABLE_HEADER_CELL = /^[A-Z][A-Za-z'’()/&-]*\.?(?: [A-Za-z'’()/&-]+\.?){0,3}$/;

/**
 * A line of a decision table's item cell under the item's title that says what kind of item it is, not more of its
 * title: a labelled note ("Key decision: KD/31/07", "Portfolio: Housing", "Report of: Director of Place", "Wards: All")
 * or the item's exempt marking ("EXEMPT – paragraph 3", "Confidential").
 */
export const ITEM_CELL_NOTE =
  /^(?:(?:(?:non[- ])?key\s+decision(?:\s+ref(?:erence)?)?|forward\s+plan\s+ref(?:erence)?|portfolios?(?:\s+holder)?|(?:cabinet|lead|executive)\s+member|report\s+(?:of|by|author)|lead\s+officer|contact(?:\s+officer)?|wards?(?:\s+affected)?|divisions?(?:\s+affected)?)\s*:|(?:exempt|confidential|private|not\s+for\s+publication)\b)/i;

/** A minute number alone in a table cell: "26/101", "45.", "AC/12/25", "Min 12". */
export const MINUTE_NUMBER_CELL = /^(?:min(?:ute)?\.?\s*)?(?:[A-Z]{1,5}\/?)?\d{1,5}(?:[./]\d{1,4}){0,2}[a-z]?\.?$/i;

/**
 * A minute number and the start of its title in one cell, where a table has no number column ("Item | Discussion"
 * over "4. Matters arising | …"): the number, and the title's first words.
 */
export const MINUTE_NUMBER_TITLE_CELL = /^((?:min(?:ute)?\.?\s*)?(?:[A-Z]{1,5}\/?)?\d{1,5}(?:[./]\d{1,4}){0,2}[a-z]?)[.)]?\s+([A-Za-z'‘"“(].*)$/i;

/**
 * A line of a minutes table's item cell, under the title, naming the paper the item considered ("Paper A", "Report
 * C/12", "Enclosure 3", "Papers B and C"): the item's paper, not its title wrapped on.
 */
export const ITEM_PAPER_LINE =
  /^(?:papers?|reports?|enclosures?|appendix|appendices|annex(?:es)?|documents?)\s+[A-Z0-9][\w/.-]{0,11}(?:\s*(?:,|&|and)\s*[A-Z0-9][\w/.-]{0,11}){0,4}$/i;

/** A header cell's bracketed note on what the column holds ("Action (who/when)", "Minute (ref)"): not part of its heading. */
export const HEADER_CELL_NOTE = /\s*\([^()]{1,30}\)$/;

/**
 * A numbered section's heading of a record that holds its minutes in a table ("1. Attendance", "2. Apologies", "3.
 * Minutes"): the record's own parts, the attendance and the minutes table under them, not minutes themselves.
 */
export const RECORD_SECTION_HEADING = /^\d{1,2}\.?\s+([A-Za-z].{0,40})$/;

/** The title of such a section (see RECORD_SECTION_HEADING). */
export const RECORD_SECTION_TITLE =
  /^(?:attendance|attendees|present|members present|in attendance|apologies(?: for absence)?|apologies and substitut(?:es|ions)|minutes|record of (?:the )?(?:meeting|proceedings)|notes of (?:the )?meeting)$/i;

/** A lettered part's mark at a line's start ("a) …", "(b) …"): a part under a heading, not the heading's title wrapped on. */
export const LETTERED_PART = /^\(?[a-z]\)\s+\S/;

/**
 * A minute heading's pointer to its agenda item on the next line: "(Item 4)", "(Agenda Item 4)". A record of decisions
 * may print the decision's kind, reference and wards beside it ("(Item 4)   Key decision: Yes – …   Wards: …").
 */
export const ITEM_MARKER =
  /^\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}(?:\.\d{1,2})?[a-z]?)\s*\)\.?(?:\s+(?:(?:non[- ])?key\s+decision|wards?(?:\s+affected)?|divisions?(?:\s+affected)?|forward\s+plan\s+ref(?:erence)?)\b\s*:.*)?$/i;

/** The same pointer at the end of a minute heading: "… - Agenda Item 4", "… (Agenda Item 4)". */
export const ITEM_SUFFIX = /^(?:(\d{1,4}(?:\.\d{1,3}){0,2})\.?\s+)?(.+?)\s*(?:[-–—]\s*|\(\s*)agenda\s+item\s*(?:no\.?\s*)?:?\s*(\d{1,4}(?:\.\d{1,2})?[a-z]?)\s*\)?[.:]?$/i;

/**
 * The same suffix wrapped after "Agenda", its "Item N" on the next line: "65. DRAFT BUDGET – AGENDA" / "ITEM 5". The head
 * ends in the dash and the word; the tail is only the item's number.
 */
export const ITEM_SUFFIX_WRAP: Readonly<Record<'head' | 'tail', RegExp>> = {
  head: /\s[-–—]\s*agenda$/i,
  tail: /^item\s*(?:no\.?\s*)?:?\s*\d{1,4}(?:\.\d{1,2})?[a-z]?\.?$/i,
};

/**
 * A clock time printed in a left margin column before a minute's number ("19:02  27/031.  APOLOGIES", "7.45pm   12.
 * Planning"): when the item was taken, not part of its number or title. It counts only before a minute number, and the
 * gap to the number is two spaces or more (a column), so a sentence opening with a time ("19:05 The meeting …") is text.
 */
export const MARGIN_TIME = /^(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?(?:\s{2,}|\t\s*)(?=\S)/i;

/**
 * The reference of the report a minute considered, printed in the left margin column under the minute's number
 * ("4.   LIBRARY OPENING HOURS –" over "HSC/31/07   CONSULTATION RESULTS", or alone on its line): the paper's, not
 * part of the title or of the narrative beside it. Body letters and two or three numbers parted by slashes, dots or
 * hyphens ("HSC/31/07", "CS.24.112", "PL-2031-04"), or "Report No. 31/07"; a cell of its own, so a gap of two spaces or
 * more (or the line's end) follows it.
 */
export const MARGIN_REFERENCE = /^(?:[A-Z][A-Z&]{0,5}[/.-]?\d{1,4}(?:[/.-]\d{1,4}){1,2}|(?:Report|REPORT)\s+(?:No|NO)\.?\s*\d{1,4}(?:[/.-]\d{1,4}){0,2})(?=\s{2,}|\t|$)/;

/**
 * How minutes number their items, as data: the pattern of a number at the start of a heading, and
 * whether one number follows another. Tried in order; a set of minutes uses one scheme.
 */
export const MINUTE_NUMBERS: ReadonlyArray<{
  name: string;
  pattern: RegExp;
  follows: (prev: string, next: string) => boolean;
  /** Whether a number of this scheme is a minute number only beside another that it follows or that follows it. */
  paired?: boolean;
  /**
   * Whether a minute reference of this scheme may follow the agenda item's number in a heading ("3.  PC/27/03  Public
   * participation", "4  24/113  Minutes"): many parish clerks number the items as the agenda did and print the
   * council's running minute reference beside the number. Two or more such headings in sequence make the reference the
   * minute and the number the agenda item.
   */
  afterItemNumber?: boolean;
}> = [
  // "19.09.01 Apologies": year, month, running number.
  { name: 'dotted', pattern: /^(\d{2}\.\d{2}\.\d{1,3})\.?\s+(?:[–—-]\s+)?(\S.*)$/, follows: (p, n) => bumpPart(p, '.', -1) === n, afterItemNumber: true },
  // "24/113 Apologies" (year over running number) or "31/24 Apologies" (running number over year). In these schemes and the
  // dotted one a spaced dash may part the number from its title ("24/113 – Apologies"): a separator, not the title's.
  // In a margin column the number may stand in brackets, "Minute" and all ("(Minute 18/27)   APOLOGIES"), closed only if opened.
  {
    name: 'slashed',
    pattern: /^(?:\((?=(?:min(?:ute)?\.?\s+)?\d{1,4}\/\d{1,4}\)\s))?(?:min(?:ute)?\.?\s+)?(\d{1,4}\/\d{1,4})(?:(?<=^\(\S*\s?\S+)\))?\.?\s+(?:[–—-]\s+)?(\S.*)$/i,
    follows: (p, n) => bumpPart(p, '/', -1) === n || bumpPart(p, '/', 0) === n,
    afterItemNumber: true,
  },
  // "FRA/24/37 Apologies" (body letters, year, running number) or "C123/24", "C.123/24 Apologies" (letters and running number over year),
  // or "EX 41/26 Apologies" (the body's letters spaced off a running number over the year).
  {
    name: 'lettered',
    pattern: /^([A-Z]{1,5}[./]?\d{1,4}(?:\/\d{1,4}){1,2}|[A-Z]{2,5} \d{1,4}\/\d{2,4})\.?\s+(\S.*)$/,
    follows: (p, n) => letteredFollows(p, n),
    afterItemNumber: true,
  },
  // "P&R 24/25-017 Apologies": a body's letters (an ampersand among them), the municipal year and the running number after a hyphen.
  { name: 'year-ranged', pattern: /^([A-Z][A-Z&]{1,6} \d{2}\/\d{2}-\d{1,4})\.?\s+(\S.*)$/, follows: (p, n) => bumpPart(p, '-', -1) === n, afterItemNumber: true },
  // "PC.41 Apologies", "PL/31 Minutes", "EX12 Budget": a body's letters and the running number, with a dot, a slash or nothing between.
  { name: 'prefixed', pattern: /^([A-Z]{1,5}[./]\d{1,4}|[A-Z]{2,5}\d{1,4})\.?\s+(\S.*)$/, follows: (p, n) => letteredFollows(p, n), afterItemNumber: true },
  // "CP 41 Apologies", "LPB 7 Minutes": a body's letters spaced off the running number. "PART 2 Exempt Business" or "ACT 1972"
  // would read the same, so only a run of two or more in sequence, under the same letters, is numbered so.
  { name: 'spaced-prefixed', pattern: /^([A-Z]{2,5} \d{1,4})\.?\s+(\S.*)$/, follows: (p, n) => letteredFollows(p, n), paired: true },
  // "C 41/26 Apologies", "E 007/31 Minutes": one capital letter spaced off a running number over the year. "A 12/31 hour
  // service" would read the same, so only a run of two or more in sequence, under the same letter, is numbered so.
  { name: 'spaced-single-lettered', pattern: /^([A-Z] \d{1,4}\/\d{2,4})\.?\s+(\S.*)$/, follows: (p, n) => letteredFollows(p, n), paired: true },
  // "K1 Election of Mayor", "K12 Public Questions": one capital letter and the running number. A lone "A1 Road Safety"
  // or "S106 Agreements" is a title, so only a run of two or more in sequence is numbered so.
  { name: 'single-lettered', pattern: /^([A-Z]\d{1,4})\.?\s+(\S.*)$/, follows: (p, n) => letteredFollows(p, n), paired: true },
  // "Minute 45 Apologies", "MIN 45."
  { name: 'worded', pattern: /^min(?:ute)?\.?\s+(?:no\.?\s*)?(\d{1,5})[.:]?\s+(\S.*)$/i, follows: (p, n) => Number(p) + 1 === Number(n) },
  // "DECISION 3 of 5: HOUSING STRATEGY", "Decision 3 – Housing Strategy": a record of decisions counting its decisions.
  {
    name: 'decision-counted',
    pattern: /^decision\s+(?:no\.?\s*)?(\d{1,3})(?:\s+of\s+\d{1,3})?\s*[:.–—-]\s*(\S.*)$/i,
    follows: (p, n) => Number(p) + 1 === Number(n),
  },
  // "IV.  MINUTES OF THE LAST MEETING", "XII. Correspondence": a parish clerk's capital Roman numerals, the stop after them
  // printed. "C. Smith" or "I. Planning" alone would read the same, so only a run of two or more in sequence is numbered so.
  { name: 'roman', pattern: /^([IVXLC]{1,7})\.\s+(\S.*)$/, follows: (p, n) => romanValue(p) > 0 && romanValue(p) + 1 === romanValue(n), paired: true },
  // "76. Apologies", "183 Declarations", "1.  MINUTES OF THE LAST MEETING"; an item added between two ("6A. URGENT ITEM")
  // carries its neighbour's number and a capital letter.
  { name: 'plain', pattern: /^(\d{1,5}[A-Z]?)[.)]?\s+(\S.*)$/, follows: (p, n) => plainFollows(p, n) },
];

/**
 * A minute's title run in before its first sentence on the same line, set bold and closed by a full stop, its number in
 * a margin column of its own ("12/31   Apologies for Absence. Apologies were received from …"): the title (group 1) and
 * the narrative run on after it (group 2), which opens with a capital or a figure.
 */
export const RUN_IN_TITLE = /^([A-Z0-9‘'"“(£][^]{0,148}?[^\s.])\.\s+([A-Z0-9‘'"“(£][^]*)$/;

/** The word before a full stop that abbreviates ("Mr.", "St.", "No.", an initial): no run-in title ends there. */
export const RUN_IN_ABBREVIATION = /(?:^|\s)(?:st|mr|mrs|ms|dr|no|nos|cllrs?|revd?|prof|co|ltd|inc|etc|vs?|[a-z])$/i;

/**
 * A row of a two-column minutes table with no header row, read from a page layout: the minute's number in a narrow left
 * column, its heading wrapped in capitals under it in that column, and the minute's text in the right column beside
 * them ("EX 31/012      Apologies were received from …" over "APOLOGIES FOR   and Cllr …" over "ABSENCE   RESOLVED: …").
 * `pdftotext -layout` interleaves the two cells line by line. A row run on over a page break repeats the number,
 * marked "(continued)", without the heading. Groups: the number, the continued mark, and the text cell's first line.
 */
export const MARGIN_HEADING_ROW =
  /^\s{0,8}((?:[A-Z][A-Z&]{0,5}[ ./]?)?\d{1,4}(?:[./]\d{1,4}){1,2})\.?(\s+\((?:[Cc]ontinued|CONTINUED|[Cc]ont(?:d|'d|’d)?\.?|CONT(?:D|'D|’D)?\.?)\))?\s{2,}(\S.*)$/;

/**
 * The colon that ends a lead-in over a list of what was resolved, perhaps with the dash typed after it in older
 * minutes ("… be received and the recommendations therein be adopted:-", "… as follows:–").
 */
export const LIST_LEAD_COLON = /:[-–—]?\s*$/;

/**
 * A recommendations section whose only numbered paragraph is the lead-in ("2.1 Cabinet is recommended to:", "3.1 The
 * Committee is asked to:-"), the recommendations lettered under it ("a. …", "(b) …"): one short clause ending in a
 * colon, not a recommendation; the list under it is.
 */
export const RECOMMENDATION_LEAD_IN_ITEM = /^[^.;:]{1,120}:[-–—]?\s*$/;

/**
 * How far (in characters) a table's first column may start from where its header row set it, on the page the table
 * goes on to without repeating its header (pdftotext lays each page out afresh, so the other columns move: a sign-off
 * table's "Name" and "Date" cells print further left after the break). A page whose first line starts further off
 * does not carry the table on.
 */
export const CONTINUED_TABLE_COLUMN_SLACK = 2;

/**
 * A title or rank left alone at the end of a line of an attendance list, after a comma or "and", its person's name on
 * the next line ("…, Helen Dunn and Chief" over "Inspector Ravi Bell.", "…, Councillor" over "Ann Cole"): the list goes
 * on mid-entry, the title is the next person's, not a post of the person before it.
 */
export const TITLE_WRAPPED_AT_END =
  /(?:,|\band)\s+(?:Chief|Detective|Deputy\s+Chief|Assistant\s+Chief|Chief\s+Superintendent|Chief\s+Inspector|Superintendent|Inspector|Sergeant|Constable|Councillor|Cllr|County\s+Councillor|Alderman|Dr|Mr|Mrs|Ms|Miss|Mx|Professor|Prof|Sir|Dame|Lord|Lady|Rev|Revd|The\s+Revd?)\.?$/;

/**
 * A count of those who came left alone at the end of a line of an attendance list, after a semicolon, comma or "and",
 * what it counts wrapped onto the next line ("…; PC A Bell (Police); 6" over "members of the public", "…, and some" over
 * "twenty residents"): the list goes on mid-entry, the line below is the count's, no group heading ("Members of the
 * public") of its own.
 */
export const COUNT_WRAPPED_AT_END =
  /(?:[;,]|\band)\s+(?:(?:approximately|approx\.|about|around|some|over|a further)\s+)?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|some|approximately|about|around)$/i;

/**
 * The end of a resolution's lead that goes on in the marked list right under it: a word the list finishes ("RESOLVED
 * that", "The Committee agreed to") or a dash ("RESOLVED: That the Board –" over "(a) note …", "(b) agree …").
 */
export const LIST_LEAD_OPEN_END = /(?:\b(?:that|to)?|\s[–—-])\s*$/i;

/**
 * A minute's heading typed at the left margin in capitals with its number set far right on the same line, the number
 * column ranged right ("APOLOGIES FOR ABSENCE          C.41", "PLANNING APPLICATIONS        P 12."): groups the
 * heading and the number. A number of figures alone must carry a stop or a letter prefix (no page or sum at the right).
 */
export const RIGHT_MARGIN_MINUTE = /^\s{0,3}([A-Z0-9][A-Z0-9 ,.'’&()/:–—-]*?[A-Z0-9.:)’'])\s{8,}((?:[A-Z]{1,3}[ .]?)\d{1,4}(?:[./]\d{1,4})?|\d{1,4}[./]\d{1,4}|\d{1,4}\.)$/;

/**
 * How a right-margin minute heading that wraps ends on its first line, its number there and its words run on to the next
 * line in capitals: a word that cannot close a title ("… REPLACEMENT OF") or a dash, colon or comma.
 */
export const HEADING_WRAPS_ON = /(?:\s(?:OF|AND|FOR|TO|THE|IN|ON|AT|BY|WITH|FROM|&)|[–—:,-])$/;

/**
 * The left column's cell of such a row: a wrapped heading's words in capitals (figures and punctuation among them), a
 * word of letters alone among them, no lower case: not a reference ("GC/31/05") or a date.
 */
export const MARGIN_HEADING_CELL = /^(?=(?:.*\s)?[A-Z]{2,}(?:[\s,’']|$))[A-Z0-9][A-Z0-9 ,.'’&()/:–—-]*$/;

/**
 * A minute's title printed on the line under its number when the number stands alone in a left column ("AM26/01" over
 * "1. Election of Chairman"): the agenda item's number, if printed, and the title.
 */
export const TITLE_UNDER_NUMBER = /^(?:(\d{1,3}[a-z]?)[.)]\s+)?([A-Z'‘"“(][^]{0,148}[^.,;:])$/;

/** The value of a number in capital Roman numerals written the usual way ("XIV" gives 14); 0 for anything else ("IIII", "VX"). */
function romanValue(text: string): number {
  const digit: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  let value = 0;
  for (let k = 0; k < text.length; k++) {
    const a = digit[text[k] as string];
    const b = digit[text[k + 1] as string] ?? 0;
    if (a === undefined) return 0;
    value += a < b ? -a : a;
  }
  return value > 0 && value < 400 && toRoman(value) === text ? value : 0;
}

/** A number under 400 in capital Roman numerals (14 gives "XIV"). */
function toRoman(n: number): string {
  const steps: ReadonlyArray<[number, string]> = [
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of steps) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
}

/** Whether a plain minute number follows another: one on ("6" then "7"), or a letter added or counted on ("6" then "6A", "6A" then "6B" or "7"). */
function plainFollows(prev: string, next: string): boolean {
  const p = /^(\d+)([A-Z]?)$/.exec(prev);
  const n = /^(\d+)([A-Z]?)$/.exec(next);
  if (!p || !n) return false;
  const [pn, pl, nn, nl] = [Number(p[1]), p[2] as string, Number(n[1]), n[2] as string];
  if (nl === '') return nn === pn + 1;
  if (nn !== pn) return false;
  return pl === '' ? nl === 'A' : nl.charCodeAt(0) === pl.charCodeAt(0) + 1;
}

/**
 * Where a page's number alone ("12", "- 3 -") is printed: within `edgeLines` non-blank lines of its page's top or
 * bottom, or anywhere in a run counting up page by page. The same number alone further inside the page is content (a
 * year wrapped from a date, an amount, a cell).
 */
export const PAGE_NUMBER_PLACE: Readonly<{ bare: RegExp; edgeLines: number; year: RegExp }> = {
  bare: /^[-–—]?\s*\d{1,4}\s*[-–—]?$/,
  edgeLines: 2,
  /** A year, which counts up from line to line as page numbers do: no run of page numbers for it. */
  year: /^(?:19|20)\d{2}$/,
};

/**
 * The end of a line or cell with a date cut before its year ("… held on 12 January", a date cell "4 December" or
 * "October" under "Tuesday 9"), over a year alone: that year is the date's, content even at a page's edge.
 */
export const YEAR_CUT_BEFORE = new RegExp(`(?:^|\\d(?:st|nd|rd|th)?\\s+)(?:${MONTH})\\.?,?$`, 'i');

/**
 * The page's own number closing a line at a page's edge: "Page 2", "Page 2 of 4", or the folio a minute book numbers
 * its pages by ("Folio 215", "Fol. 88"), printed at the head or the foot of each page and going up page by page.
 */
export const PAGE_NUMBER_END = /\b(?:page|folio|fol\.)\s+\d{1,4}(?:\s+of\s+\d{1,4})?$/i;

/**
 * A minute book's page reference typed at the foot of each page of minutes ("Minute Book Page 61", "Minute book folio
 * FC/2026-27/61", "Minute Book Page No. 14"), maybe beside the chair's box for their initials ("Chairman's initials
 * ……", "Town Mayor's initials ____"): page furniture, never a minute's text.
 */
export const MINUTE_BOOK_FOOTER = /^minute\s+book\s+(?:page|folio|fol\.)\s*(?:no\.?\s*)?[A-Z\d][\w/.-]*(?:\s+(?:[A-Za-z'’-]+\s+){0,3}initials\s*:?(?:\s*(?:[._]{2,}|…+))*)?\s*$/i;

/**
 * The end of a running footer's first line where the footer wrapped before its page number ("Borough Council – Cabinet –
 * 3 May 2031 –" over "Page 2 of 4"): a separator left dangling, the page number's line carrying the rest.
 */
export const FOOTER_WRAP_END = /\s[–—|-]$/;

/** A rule printed under a heading in plain text, a line of dashes, equals signs or underscores: it underlines the heading, and is no text. */
export const HEADING_RULE = /^(?:-{3,}|={3,}|_{3,}|~{3,})$/;

/**
 * A capitalised heading broken inside its date ("… MEETING HELD ON MONDAY 3 MARCH" over "2025"): the head ends in a day and
 * a month, the tail is the year alone, so the title goes on below.
 */
export const HEADING_DATE_WRAP: Readonly<Record<'head' | 'tail', RegExp>> = {
  head: new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})$`, 'i'),
  tail: /^\d{4}$/,
};

/**
 * A date run on from the sentence above onto the start of the next line ("RESOLVED that the minutes of the meeting held
 * on" over "4 February 2031 be taken as read …"): a day and a month open the line. A plain minute number reads the same
 * ("4 February …" as "4. Waste Collection"), so under a line whose sentence has not ended (see SENTENCE_RUNS_ON) it is
 * that sentence's wrap, never a heading.
 */
export const WRAPPED_DATE_START = new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})\\b`, 'i');

/**
 * The end of a line whose sentence goes on below: a word or a figure, no stop, colon, semicolon or closing mark
 * ("… the meeting held on"). A heading's line above ends its sentence or is blank.
 */
export const SENTENCE_RUNS_ON = /[\p{L}\d,]$/u;

/**
 * The period a capitalised heading names, wrapped alone onto the line under it ("… CAR PARKING STRATEGY" over
 * "2027–2032", "… CAPITAL PROGRAMME" over "2026/27"): a year or a span of years, never a page's number, so indented
 * under the title's words it is the title's end.
 */
export const HEADING_PERIOD_TAIL = /^(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:(?:19|20)\d{2}|\d{2}))?$/;

/**
 * The end of a bracket a capitalised heading opened and left open at its line's end, wrapped alone onto the line
 * under it ("… PLAY AREA 2032–2033 (MAN CHWARAE" over "2032–2033)"): a few words or figures closing the
 * bracket, the heading's translation or qualifier running on, so the title's end whatever case its words are in.
 */
export const HEADING_BRACKET_TAIL = /^[^()]{1,60}\)$/;

/**
 * A heading line wholly in brackets under a minutes' title ("MINUTES OF THE MEETING OF THE FULL COUNCIL" over
 * "(COFNODION Y CYNGOR LLAWN)"): the title's translation in a bilingual heading, or an aside, never part of
 * the body the title names.
 */
export const BRACKETED_HEADING_LINE = /^\([^()]{2,120}\)$/;

/** Words of four letters or more that stay in lower case in a title ("Report from the Panel", "Update with Figures"). */
export const TITLE_SMALL_WORDS = /^(?:from|into|onto|upon|with|within|without|over|under|than|that|this|their|its)$/;

/**
 * How long a heading printed wholly in capitals may run once its wrapped lines are joined (a planning application's
 * heading naming the permission, the development and the site over two or three lines, "APPLICATION FOR FULL PLANNING
 * PERMISSION – ERECTION OF …" / "… AT FORMER …" / "…, HIGH STREET"): capitals are a heading's, never a sentence's, so
 * such a title is read past the 150 characters a mixed-case one may take before it reads as prose.
 */
export const CAPITALS_HEADING_MAX = 240;

/** The last word of a heading's line that leads on to the next line ("… 2026/27 TO", "… STRATEGY AND"). */
export const WRAP_LEADS_ON = /(?:\b(?:TO|AND|OF|FOR|THE|IN|ON|AT|WITH|FROM)|[–—&-])$/;

/** Whether a lettered minute number follows another: the same letters, then the running number (first or last part) one on. */
function letteredFollows(prev: string, next: string): boolean {
  const p = /^([A-Z]+)[./ ]?(.*)$/.exec(prev);
  const n = /^([A-Z]+)[./ ]?(.*)$/.exec(next);
  if (!p || !n || p[1] !== n[1]) return false;
  const a = p[2] as string;
  const b = n[2] as string;
  return bumpPart(a, '/', -1) === b || bumpPart(a, '/', 0) === b;
}

/** A number with one of its parts (by index; -1 the last) counted on by one, its padding kept. */
function bumpPart(n: string, sep: string, index: number): string {
  const parts = n.split(sep);
  const k = index < 0 ? parts.length + index : index;
  const part = parts[k] ?? '';
  parts[k] = String(Number(part) + 1).padStart(part.length, '0');
  return parts.join(sep);
}

/**
 * Headings of a document that records what a meeting decided, item by item ("DECISION NOTICE", "Decision notices",
 * "Record of Decisions"): read as that meeting's minutes, with each "Decision:" block resolved. The
 * body may head it before a dash ("CABINET – RECORD OF DECISIONS"): its name is the first group.
 */
export const DECISIONS_HEADING =
  /^(?:[a-z][a-z ]{2,60}\bact\s+\d{4}\s*[:–—-]\s*|([a-z][a-z&'’ ]{1,60}?)(?:\s+[–—-]|:)\s+)?(?:decision notices?|notice of determination|determination notice|notice of (?:executive |cabinet |key )?decisions?(?: taken| made)?|record of (?:executive |cabinet |committee |the )?decisions?(?: taken| made)?|(?:executive |cabinet )?decisions? (?:taken|made|list|sheet|notice)|schedule of decisions|printed decisions|decisions)(?:\s+(?:of|by|at)\b.*)?$/i;

/** The body a record of decisions names after its heading: "Notice of Decisions taken by the Cabinet on …" gives "Cabinet". */
export const DECISIONS_TAKEN_BY = /\bdecisions?\s+(?:taken|made)\s+by\s+(?:the\s+)?(.+?)\s+(?:held|on|at|in)\b/i;

/**
 * The rule under a simple table's column headings, as `pandoc -t plain` prints a Word table ("-------  ----------"):
 * a run of dashes a column, the runs' starts where the cells of the rows start.
 */
export const SIMPLE_TABLE_RULE = /^ *-{3,}(?: +-{3,})+ *$/;

/**
 * The border above and below a multiline table, as pandoc writes a Word table whose cells wrap ("-------------" over the
 * headings, then the column rule): one run of dashes. Its rows are set off by blank lines, each row's cells wrapped over
 * the lines of the row, and the table runs to the closing border.
 */
export const MULTILINE_TABLE_BORDER = /^ *-{3,} *$/;

/** Headings that open a set of minutes ("Minutes of a meeting of …", "MINUTES of the meeting held …"). */
export const MINUTES_HEADING =
  /^(?:the\s+)?(?:draft\s+|confirmed\s+|unconfirmed\s+|approved\s+)?(?:minutes?\b(?!\s*:)(?:\s+of\b|\s*$|\s*[-–—,]?\s*(?=\d{1,2}(?:st|nd|rd|th)?\s+[a-z]|(?:mon|tues|wednes|thurs|fri|satur|sun)day))|(?:notes?|record|action notes)\s+of\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}meeting\b)/i;

/**
 * A minutes heading in the other language of a bilingual council, printed over its English half: Welsh "Cofnodion
 * cyfarfod y Cyngor …", "Cofnodion o gyfarfod …", "Cofnodion y cyfarfod …" (minutes of the meeting).
 */
export const SECOND_LANGUAGE_MINUTES_HEADING = /^cofnodion\s+(?:(?:o\s+)?gyfarfod|(?:y\s+)?cyfarfod)\b/i;

/**
 * A paragraph that carries on the heading above it in lower case, as a web page wraps a heading into paragraphs of its
 * own: where and when the meeting was held ("held in the Council Chamber on …", "held on Monday …").
 */
export const HEADING_RUN_ON = /^(?:held|convened|taking place)\s+(?:at|in|on|remotely|virtually)\b/;

/** The separator between a web page title's segments ("Licensing Panel – minutes – 3 May 2031", "Cabinet | Minutes | 3 May 2031"). */
export const TITLE_SEGMENT = /\s+[-–—|]\s+/;

const BODY_DATE_DATE = `\\d{1,2}\\s*(?:st|nd|rd|th)?\\s+(?:${MONTH})\\.?,?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}`;

/**
 * A date in a running header or footer ("Cabinet – Thursday, 4 May 2028", "Printed 3/5/28"), set aside when the lines at
 * the pages' edges are matched: a pack of several papers prints each paper's meeting date in the same header.
 */
export const RUNNING_EDGE_DATE = new RegExp(`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:${BODY_DATE_DATE})`, 'gi');

/**
 * A committee website's meeting page subtitle: the body, a dash, then the date and the time it met ("Council - Wednesday,
 * 26th May, 2031 7.00 pm", "Planning Committee – Tuesday, 3rd June, 2031, 10.00 am"); groups as BODY_DATE_LINE's.
 */
export const MEETING_PAGE_SUBTITLE = new RegExp(
  `^([A-Z][^\\d:]{2,100}?)\\s+[-–—]\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${BODY_DATE_DATE}),?\\s+(?:at\\s+)?\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)$`,
  'i',
);

/** A line naming a body and a date and nothing else: "Parish Council - 3rd September 2019" (not a sentence's end: "… Upper Wendle on Monday 8 September 2025"). */
export const BODY_DATE_LINE = new RegExp(
  `^([A-Z][^\\d:]{2,100}?)(?<!\\b(?:on|at|in|held|of|the|for)(?:\\s+[a-z]+day,?)?)\\s*[-–—,:]?\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(${BODY_DATE_DATE})$`,
  'i',
);

const FIRST_DIGIT = /\d/;
const BODY_DATE_TAIL = new RegExp(`^(?:${BODY_DATE_DATE})$`, 'i');

/**
 * Whether a line may be a BODY_DATE_LINE, cheaply: the body holds no digit, so the date starts at the
 * line's first digit and runs to its end. Lines ending in a year are common; most fail here.
 */
export function mayBeBodyDateLine(text: string): boolean {
  const first = text.search(FIRST_DIGIT);
  return first >= 4 && BODY_DATE_TAIL.test(text.slice(first));
}

/** A meeting's kind rather than its body: "General Meeting", "Annual Meeting of", "Ordinary Meeting Monday". */
export const GENERIC_MEETING =
  /^(?:(?:the|an?|annual|ordinary|extraordinary|special|general|monthly|public|statutory|full|open|remote|hybrid|informal)\s+)*meeting(?:\s+of)?(?:\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)?[\s,–—-]*$/i;

/**
 * The body named in a minutes' opening sentence ("Minutes of a meeting of the Planning Committee held …"): up to "held",
 * "at", "in", or an "on" before the date ("on Tuesday", "on 3 March", "on the 4th"). A body's own "on" ("Advisory
 * Council on Arts Education", "Committee on Standards") is part of its name.
 */
export const MEETING_OF_BODY = /\bmeeting of (?:the )?(.+?)\s+(?:held|at|in|on(?=\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)))\b/i;

/**
 * A heading inside a Present list over the members of one of the body's lettered or numbered groups ("Group A –
 * Arts organisations:", "Group 2 – Teachers:", "Section C:"): who the members under it sit
 * for, not a member.
 */
export const ATTENDANCE_SUBGROUP_HEADING = /^(?:[Cc]ommittee|[Gg]roup|[Ss]ection|[Cc]ategory|[Ss]trand)\s+(?:[A-Z]|\d{1,2})(?:\s*[-–—]\s*[^:]{2,80})?\s*:$/;

/**
 * The end of a line of an attendance table's column that runs on into the column's next line ("A Bell – Support
 * Officer," over "Northby Council"; "… Office of" over "the Commissioner"), even across a gap that is this column's
 * alone.
 */
export const COLUMN_RUN_ON = /(?:[,&]|\b(?:and|of))$/;

/**
 * A further label inside a column of an attendance table, heading a group of its own under the column's first
 * ("Officers in attendance:", "Apologies:", "Independent Co-opted Members:" under the names of "Present:" or "Also
 * present:"): an attendance label alone on its line, printed with its colon.
 */
export const COLUMN_GROUP_LABEL = /^[A-Za-z][A-Za-z '’()/-]{1,60}:$/;

/** The label of an attendance group in minutes, and the group it fills. */
export type AttendanceKind = 'present' | 'other' | 'apologies' | 'attendance' | 'absent' | 'substitutes';

/**
 * Attendance labels, most specific first. Clerks and officers are in attendance, not present;
 * councillors of other bodies "also present" are other members present; co-opted members and representatives
 * ("Co-opted young people's representatives:", "Independent Co-opted Member:") sit on the body, and are present, as are the body's own members
 * under its name ("Cabinet members present"). Cabinet members "in attendance" at another body's meeting (a scrutiny
 * committee's "Cabinet Members in attendance:", "Portfolio Holders attending:") attend it and are not its members.
 */
export const ATTENDANCE_LABELS: ReadonlyArray<{ kind: AttendanceKind; pattern: RegExp }> = [
  {
    kind: 'other',
    pattern:
      /^(?:other (?:members|councillors)(?: present| in attendance| attending)?|also present|members also present|also attending|non-committee members present|ward (?:members|councillors) present)$/i,
  },
  {
    kind: 'attendance',
    pattern:
      /^(?:in attendance|also in attendance|officers?(?: present| in attendance)?|officials?(?: present)?|staff(?: present)?|clerk(?: to the [a-z ]+)?|minute[- ]?taker|minutes taken by|note[- ]?taker|democratic services(?: officer)?|advisers?(?: present)?|(?:also )?in attendance virtually|attending|(?:cabinet|executive) members?(?: also)? (?:in attendance|attending)|portfolio holders?(?: also)? (?:in attendance|attending))$/i,
  },
  {
    kind: 'apologies',
    pattern: /^(?:apolog(?:ies|y)(?: for absence)?(?: received)?(?: (?:were )?received from)?|apologies and substitut(?:es|ions)|members? sending apologies)$/i,
  },
  { kind: 'absent', pattern: /^(?:absent|absent without apologies|not present)$/i },
  { kind: 'substitutes', pattern: /^(?:substitutes?|substitute members?|substitutions?)(?: present)?$/i },
  {
    kind: 'present',
    pattern:
      /^(?:present|members|(?:(?:cabinet|executive|committee|sub-committee|board|panel|forum|partnership|cabinet committee) )?members present|councillors present|attendance|in the chair|sederunt|voting members(?: present)?|(?:(?:independent|lay|statutory|voting|non-voting|external) )?co-?opted(?: (?:[a-z'’-]+ ){0,3}(?:members?|representatives?))?(?: present)?|co-?optees(?: present)?|members in attendance|hearing panel|panel members(?: present)?|members of the (?:hearing )?panel)$/i,
  },
];

/**
 * An attendance label in a label column wrapped onto the line below, its names beside its first line ("FREEMEN" /
 * "OF THE BOROUGH:", "ALSO" / "PRESENT:"): the first line's label cell, and the rest of the label alone on its line.
 */
export const WRAPPED_COLUMN_LABEL: Readonly<Record<'head' | 'tail', RegExp>> = {
  head: /^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}$/,
  tail: /^[A-Za-z][A-Za-z'’-]*(?: [A-Za-z'’-]+){0,2}\s*:$/,
};

/**
 * The end of an attendance label wrapped in a label column where the names run on beside both its lines ("Cabinet
 * Members in   Cllr A Bell and Cllr C" over "attendance:   Dunn (Portfolio Holder)"): the label cell of the second
 * line, lower-case words and a colon, goes on the label above (a WRAPPED_COLUMN_LABEL head); its names go on theirs.
 */
export const WRAPPED_LABEL_TAIL_CELL = /^[a-z][a-z'’-]*(?: [a-z'’-]+){0,2}\s*:$/;

/**
 * A run-on list of names in a column of a laid-out attendance block, wrapped onto the next line of the same column
 * ("Councillors:  C Bell, D Cole, E" over "Dunn, F Ellis" over "and G Fox"): the entry above leads on (it ends in a
 * comma, "and", "&" or a lone initial) or the line below goes on (it opens with "and" or "&"), so the two are one list.
 */
export const COLUMN_LIST_WRAP: Readonly<Record<'head' | 'tail', RegExp>> = {
  head: /(?:,|\s(?:and|&)|(?:^|[\s,])\p{Lu}\.?)$/u,
  tail: /^(?:and|&)\s/,
};

/**
 * A councillor's portfolio printed in a column of its own beside the name in a list of members present or sending
 * apologies ("Councillor A Bell   Housing and Communities", "… Leisure, Health and Wellbeing"): capitalised subjects
 * joined by commas, semicolons, "and" or "&". Not a name of its own; only beside a name with its title.
 */
export const PORTFOLIO_COLUMN = /^[A-Z][\w'’-]*(?:[,;]?\s+(?:(?:and|of|the|for|&)\s+)?[A-Z][\w'’/-]*)*$/;

/** A label naming the body that sat, over the members who sat on it ("Sub-Committee:", "Hearing panel:", "Committee members:"). */
export const SITTING_LABEL = /^(?:[a-z]+\s+)?(?:sub-?committee|committee|panel|board)(?:\s+members?)?$/i;

/**
 * A hearing notice's label naming a party to the matter heard ("Subject member:", "Complainant:", "Member complained
 * about:"): who the complaint is by or about, not who attended; whether they came the notice says in prose.
 */
export const PARTY_LABEL = /^(?:subject\s+(?:member|councillor)|complainants?|members?\s+complained\s+(?:about|of)|respondents?|(?:the\s+)?member\s+concerned)$/i;

/**
 * A paid officer's post in brackets after a name in an "Also present" list ("A Bell (Monitoring Officer)", "C Dunn
 * (Senior Solicitor, Legal Services)", "D Ely (Committee Administrator)"): an officer, who attends, not another
 * member. A member's office ("Cabinet Member for Housing", "Leader of the Council") is no officer's post.
 */
export const OFFICER_POST_NOTE =
  /\((?![^()]*\b(?:cabinet|portfolio|leader|mayor|ward|councillor|member\s+for)\b)[^()]*\b(?:officer|solicitor|clerk|director|manager|advis[eo]r|lawyer|administrator|treasurer|surveyor|engineer|chief\s+executive|head\s+of)\b[^()]*\)$/i;

/**
 * The note in brackets after another member's name in an "Also present" list that says what brought them to the
 * meeting, not who they are: the chair of another body ("Chair, Overview and Scrutiny Committee", "Vice-Chair of the
 * Audit Committee"), a group's leader ("Leader of the Opposition Group", "Leader of the Opposition"), the ward's member ("local member, Northby
 * ward", "ward councillor") or the items they came for ("for item 6 only"). A portfolio ("Cabinet Member for Parks")
 * is not one.
 */
export const MEETING_ROLE_NOTE =
  /^(?:(?:(?:vice|deputy)[- ]?)?chair(?:man|person|woman)?(?:,\s+|\s+of\s+)\S.*|(?:deputy\s+)?leader\s+of\s+(?:the\s+)?(?:(?:[\w'’&-]+\s+){1,5}group|(?:main\s+|official\s+)?opposition)|(?:local|ward|divisional|division)\s+(?:member|councillor)\b.*|.*\bitems?\s+\d{1,3}[a-z]?(?:\s*(?:,|and|&|to)\s*\d{1,3}[a-z]?)*\s+only)$/i;

/**
 * A label naming the outside bodies whose people attended, over their representatives ("Police:", "Partners:", "Residents'
 * associations and community groups:", "Partner agencies:"), as area forums and community safety partnerships list them
 * beside their councillors: people in attendance, not members.
 */
export const PARTNER_ATTENDANCE_LABEL = /^(?:police|partners|(?:[a-z'’&-]+\s+){0,6}(?:groups|associations|organi[sz]ations|agencies|representatives|partners))$/i;

/**
 * The constituent body a row of members sits for, in a cell of its own between an attendance label and the members'
 * names ("PRESENT:  | Northby City Council | Councillors A Bell, C Dunn and E Fox", "| Southby District Council |
 * Councillors …" below): combined fire, police and transport authorities and joint committees list their members a
 * row per appointing council. A capitalised name of a few words ending in the kind of body; the cell may wrap onto
 * the line under ("Southby Borough" over "Council"), which names no one.
 */
export const CONSTITUENT_BODY_CELL = /^[A-Z][\w'’&.-]*(?: [\w'’&.-]+){0,5} (?:Council|Authority|Board|Partnership|Trust|Commission)$/;

/**
 * A row's label in a Present list that sorts the members by who put them on the body ("Members appointed by the
 * District Councils:", "Members nominated by the Minister – regional:", "Representatives elected by the parishes:"),
 * as a national park or other appointed authority lists its members, a row a category: a kind of member beside the
 * members' names, naming no one; the label may wrap over two lines of its column. "Parish Members:" is such a row's
 * label too (see MEMBER_GROUP_HEADING).
 */
export const APPOINTED_MEMBERS_LABEL = /^(?:[a-z'’-]+\s+){0,2}(?:members|representatives|councillors)\s+(?:appointed|nominated|elected|chosen)\s+by\s+\S.{1,80}$/i;

/**
 * A label of an attendance group printed alone on its line with no colon, as a boxed or web-printed attendance block
 * sets its group headings ("Partners" over the police and health representatives, "Public" over "Approximately 20
 * members of the public", "Press and public"): the outside bodies' people (see PARTNER_ATTENDANCE_LABEL) or the public,
 * neither the body's members. A label with a colon needs no such list.
 */
export const BARE_GROUP_LABEL =
  /^(?:police|partners|(?:[a-z'’&-]+\s+){0,3}(?:organi[sz]ations|agencies|partners)|(?:members\s+of\s+the\s+)?(?:public|press)(?:\s+(?:and|&)\s+(?:public|press))?(?:\s+(?:present|in\s+attendance))?)$/i;

/**
 * A line under an attendance list that counts the public or the press under a label of its own ("Members of the public:
 * 4 (and one representative of the …)", "Press and public: 3", "Press/Public: 2", "Public: 12"): a count, naming no one, so the list above
 * has ended and the line is no entry of it.
 */
export const PUBLIC_COUNT_LABEL_LINE =
  /^(?:(?:members\s+of\s+the\s+)?(?:public|press)(?:\s+(?:and|&)\s+(?:the\s+)?(?:public|press)|\s*\/\s*(?:public|press))?(?:\s+(?:present|in\s+attendance|attending))?|number\s+of\s+(?:members\s+of\s+the\s+)?public(?:\s+present)?)\s*:/i;

/** A label naming an officer's post over the officer ("Legal adviser:", "Licensing officer:", "Planning solicitor:"). */
export const OFFICER_LABEL = /^(?:[a-z]+\s+){0,2}(?:officer|advis[eo]r|solicitor|clerk|secretary)s?$/i;

/**
 * A seat named before the member who holds it, the member in brackets ("The Mayor (Councillor A Bell) in the Chair",
 * "Chair (Cllr B Cole)"), perhaps with the civic head's style before it ("Her Worship the Mayor (…)", "The Right
 * Worshipful the Mayor (…)"): the member, group 1, is who was present.
 */
export const OFFICE_HOLDER =
  /^(?:(?:his|her|their)\s+worship\s+|(?:the\s+)?(?:right\s+)?worshipful\s+)?(?:the\s+)?(?:(?:deput[ey]|lord|vice|civic)[- ]?)*(?:mayor(?:ess)?|chair(?:man|person|woman)?|provost|convener|leader(?: of the council)?|president)(?:\s+of\s+the\s+(?:[a-z]+\s+){0,2}(?:council|committee))?\s*\(([^()]{3,60})\)(?:\s+(?:in|took) the chair)?$/i;

/** A clerk's post, with the words that may stand before it ("Parish Clerk", "Depute Clerk", "Locum RFO"). */
const CLERK_POST = String.raw`(?:the\s+)?(?:parish\s+|town\s+|deput[ey]\s+|assistant\s+|locum\s+)?(?:clerk|rfo|responsible financial officer|minute[- ]?taker|proper officer)\b`;

/** Words before a name that say the person is the clerk or an officer, even inside a Present list ("Depute Clerk" is the Scots deputy). */
export const CLERK_PREFIX = new RegExp(String.raw`^${CLERK_POST}[\s:,-]*`, 'i');

/** A clerk's post in brackets after the name ("Mrs A Bell (Clerk)", "B Cole (Clerk and RFO)"): the person attends, even in an "Also present" list. */
export const CLERK_SUFFIX = new RegExp(String.raw`\(${CLERK_POST}[^()]*\)$`, 'i');

/**
 * Prose that names apologies inside a minute: "Apologies were received from …", "reported apologies from …"; Scottish
 * minutes say they "were intimated on behalf of" the members; one apology is "An apology for absence was received from …".
 */
export const APOLOGIES_SENTENCE =
  /\bapolog(?:ies|y)(?: for (?:absence|inability to attend|non-attendance))?\s+(?:were|was|had been|has been|have been)?\s*(?:received|given|tendered|submitted|reported|noted|intimated)?(?:\s+and\s+(?:accepted|noted|approved))?\s*(?:from|by|on behalf of)\s+(.+)$|\breported apologies (?:for absence )?from\s+(.+)$|^apologies\s*(?:for absence\s*)?(?:from|:)\s+(.+)$/i;

/**
 * A sentence of a record's opening prose saying who attended, no label line printed: "Members present were
 * Councillors A, B and C (substitute for Councillor D).", "Officers in attendance were …", "The following members were
 * present: …". The label it stands for is group 3, or groups 1 and 2 ("members" and "present"); the names group 4.
 */
export const ATTENDANCE_SENTENCE =
  /^(?:the\s+following\s+([a-z-]+(?:\s+[a-z-]+)?)\s+(?:were|was)\s+(present|in\s+attendance)|((?:[a-z-]+\s+){0,2}?(?:present|in\s+attendance|attending))\s+(?:were|was))\s*:?\s+(\S.*)$/i;

/**
 * A sentence of a record's opening prose saying when and where the meeting sat ("The Planning Committee met on Tuesday
 * 3 June 2031 at 7.00 pm in Committee Room 2, Town Hall.", "The meeting was held on … at 6pm at the Guildhall."): group 1
 * the date, group 2 the clock time, group 3 the place to the sentence's end.
 */
export const MEETING_SAT_SENTENCE =
  /\b(?:met|sat|convened|was\s+held|took\s+place)\s+on\s+(.{6,40}?\d{4}),?\s+(?:at|from)\s+(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|(?:12\s+)?noon|midday)\s+(?:in|at)\s+(?:the\s+)?(\S.*)$/i;

/** The label opening a paragraph of prose that declares interests ("Declarations of interest: Councillor A Bell declared …"). */
export const DECLARATIONS_LABEL = /^(?:declarations?|disclosures?)\s+of\s+(?:[a-z-]+\s+){0,3}interests?\s*:\s*/i;

/** A sentence saying no one else declared anything ("No other declarations were made.", "There were no further interests declared."). */
export const NO_OTHER_DECLARATIONS = /^(?:there\s+were\s+)?no\s+(?:other|further)\s+(?:declarations|interests)\b/i;

/** The item a declared interest is in ("… a personal interest in item 7 (42 Mill Lane) as …"): group 1 its number. */
export const DECLARED_IN_ITEM = /\b(?:in|on|at|under|for|regarding)\s+(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}(?:\.\d{1,2})?[a-z]?)\b/i;

/** A sentence over a list of those who sent apologies ("Apologies for absence were received from:", "Apologies were received from the following:"). */
export const APOLOGIES_LIST_LEAD = /^(?:[a-z]+\s+){0,3}apolog(?:ies|y)\b[^.;:]{0,80}\b(?:from|by)(?:\s+the\s+following(?:\s+[a-z]+){0,2})?\s*:$/i;

/**
 * A line naming who presided, after the attendance lists ("Councillor A Bell, Convener, presiding."): the chair is among
 * those present, so the line ends the list above and names no one new.
 */
export const PRESIDING_LINE = /^[A-Z][^.;:]{2,100}?,?\s+presiding\.?$/;

/**
 * A sentence of its own naming who took the chair ("Councillor A Bell in the Chair.", "The Convener was in the Chair."):
 * read like a presiding line only after a blank line and with its full stop, since a Present list may print "… in the
 * Chair" after a name in the list itself.
 */
export const CHAIR_SENTENCE = /^[A-Z][^.;:()]{2,80}?\s+(?:was\s+)?in the [Cc]hair\.$/;

/**
 * A person in an attendance list followed by the initials the minutes go on to call them by ("Cllr Ann Bell (AB)",
 * "Mrs Jo Carter-Lowe (JCL) (Vice-Chair)"): the person (group 1) and the initials (group 2). The initials must be those
 * of the name's words (see initialsOf in minutes.ts), so a party's letters ("(LAB)") are never read as them.
 */
export const ATTENDEE_INITIALS = /^(.{3,80}?)\s*\(([A-Z]{2,4})\)(?=\s*(?:\(|$))/;

/** A reason for absence in brackets after a name, in lower-case words ("Cllr A (on leave)"); a role is capitalised ("(Vice-Chair)"). */
export const APOLOGY_REASON = /\s*\([a-z][a-z ,'’-]{2,60}\)/g;

/** A closing sentence's start of the meeting ("The meeting started at 10.00 am and finished at …"): the start time, for minutes whose heading gives none. */
export const MEETING_STARTED = /\bmeeting\s+(?:started|began|commenced)\s+at\s+(.{1,20}?)\s+and\s+(?:finished|ended|closed|concluded)\s+at\b/i;

/**
 * A closing sentence wrapped between its verb and "meeting" ("… the Chairman closed the" over "meeting at 9.40 pm."), or
 * before its "at" ("… the Chair closed the meeting" over "at 9.40 pm.", "… the meeting ended" over "at 21:05."): the
 * head ends in the verb or the meeting, the tail starts with the meeting and its "at" or with "at" and a clock time, so
 * the close is read over both lines. (A sentence broken after its "at" is read joined whatever the next line holds.)
 */
export const MEETING_END_WRAP: Readonly<Record<'head' | 'tail', RegExp>> = {
  head: /\b(?:closed|ended|concluded|brought)(?:\s+the)?(?:\s+meeting)?$|\bmeeting\s+(?:closed|ended|finished|concluded)$/i,
  tail: /^(?:the\s+)?meeting\s+(?:to\s+a\s+close\s+)?at\s|^at\s+\d{1,2}(?:[.:]\d{2}\b|\s?[ap]\.?m\b)/i,
};

/**
 * A title before a name abbreviated with a full stop, as typed minutes print it ("Cllr. A. Bell", "Mrs. C. Dee",
 * "Cllrs. Bell and Dee", "Revd. E. Finch"): its stop ends the title, never the sentence naming the people.
 */
export const DOTTED_NAME_TITLE = /\b(?:cllrs?|councillors?|mrs|messrs|revd|prof|supt|insp|sgt|capt)\.$/i;

/** Prose that says there were none: "No apologies were received", "None". */
export const NONE_SENTENCE = /^(?:none|nil|no(?:ne)?\s+(?:apologies|declarations|interests)\b.*|there were no (?:apologies|declarations)\b.*|n\/a)\.?$/i;

/**
 * The end of a meeting: "The meeting ended at 12.52", "brought the meeting to a close at 8.35pm", or after its start in
 * one closing sentence ("The meeting started at 10.00 am and finished at 11.15 am"). A community or parish council's
 * minutes may leave the "at" out and print the clock time straight after the verb ("Meeting closed 8.55pm.", "The
 * meeting ended: 9.10 pm"): only a clock time there makes it the close ("the meeting closed with a minute's silence"
 * does not).
 */
export const MEETING_END =
  /\b(?:meeting\s+(?:started|began|commenced)\s+at\s+.{1,20}?\s+and\s+(?:finished|ended|closed|concluded)\s+at|meeting\s+(?:ended|closed|finished|concluded|rose|terminated)\s+at|meeting\s+(?:was\s+)?(?:closed|ended)\s+at|meeting\s+to\s+a\s+close\s+at|closed\s+the\s+meeting\s+at|the\s+meeting\s+closed\s+at|(?:meeting\s+)?closed\s+at|ended\s+at|meeting\s+(?:closed|ended|finished|concluded):?(?=\s+\d{1,2}(?:[.:]\d{2})?\s?(?:[ap]\.?m\b|hrs\b)|\s+\d{1,2}[.:]\d{2}\b))\s+(.{1,20})/i;

/**
 * Words a closing sentence without "at" has ("Meeting closed 8.55pm"): with " at ", a cheap test that a line may be
 * the meeting's close before MEETING_END is tried on it.
 */
export const MEETING_END_VERB = / at |meeting (?:closed|ended|finished|concluded)\b/i;

/**
 * A laid-out table cell's line that goes on with the cell above it: it opens with a word in lower case ("change
 * facility" under "Accessible toilet and baby-", "and equipment"), as no row's new cell does; "n/a" and the like are
 * too short to count.
 */
export const TABLE_CELL_GOES_ON = /^\p{Ll}[\p{Ll}'’-]{2,}(?:\s|$)/u;

/**
 * Words that open what a minute decided. Upper-case keywords are enough on their own ("RESOLVED",
 * "AGREED"); in other case they must start the line and be followed by "that", a colon or a dash.
 * A paragraph's number may stand before them ("2.", "(3)", "a)", or a decimal paragraph "3.1").
 */
export const RESOLUTION_LEADS: readonly RegExp[] = [
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+|\(?[a-z]\)\s+)?(?:it\s+was\s+|and\s+)?(?:further\s+|FURTHER\s+)?(?:(?:unanimously|UNANIMOUSLY)\s+)?(?:RESOLVED|AGREED|DECIDED|APPROVED|RECOMMENDED)\b/,
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+|\(?[a-z]\)\s+)?(?:it\s+was\s+)?(?:further\s+)?(?:unanimously\s+)?(?:resolved|agreed|decided)(?:\s+unanimously)?\s*(?:that\b|to\b|:|–|—|-)/i,
  /^(?:(?:committee|panel|sub-committee|board|cabinet)(?:['’]s)?\s+)?(?:decision|decisions|resolution|resolutions|decision taken|the decision)\s*(?:\(s\))?\s*:/i,
  // A heading alone on its line over what was decided: "DECISION" (a record of decisions), "Decision" (Scottish minutes),
  // "Decision made" over each item of a record of decisions.
  /^(?:decisions?|the decision|decisions? (?:taken|made)|resolutions?)$/i,
  // The heading of a box set around what was decided, in sentence case ("Resolved", "Agreed" over "To approve …").
  /^(?:Resolved|Agreed|Decided)$/,
  // What the body NOTED in capitals, as its minutes set what it AGREED ("NOTED:" over a list, "NOTED the report."): a decision too.
  /^(?:\(?\d{1,3}[.)]?\s+|\(?[a-z]\)\s+)?NOTED(?:\s*:|$|\s+(?:that|the|its|this|these)\s)/,
];

/**
 * The words a line may end with when the next line opens with a lead verb in lower case that goes on its sentence
 * ("… and the Committee" over "resolved that …", "… it was" over "agreed to …", "… having heard the parties," over
 * "agreed to …"): the body that decides, or a word that leads on to its verb. A sentence ending in any other word
 * ("… and officers" over "agreed to reflect this …") has its own subject, who agreed to something: nothing resolved.
 */
export const LEAD_VERB_SUBJECT_END =
  /(?:[,;:–—-]|\b(?:committee|sub-committee|council|board|panel|cabinet|executive|forum|members|meeting|it\s+was|was|were|and|then|therefore|unanimously|further|duly|subsequently|accordingly))\s*$/i;

/**
 * A committee's recommendation to its council opening a paragraph of minutes, in other case than capitals ("Recommended
 * that the report be noted."): what the committee decided, as a lead. Kept out of `RESOLUTION_LEADS`, which also tells
 * minutes from reports, whose recommendations are printed the same way.
 */
export const RECOMMENDED_THAT_LEAD = /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+|\(?[a-z]\)\s+)?(?:it\s+was\s+)?(?:further\s+)?recommended\s+that\b/i;

/**
 * "recommended that" in lower case opening a line: under a line that does not end its sentence ("… the Committee had
 * reviewed the regulations and" over "recommended that the revised …"), prose reporting what another body advised,
 * wrapped, not a paragraph of what this meeting recommends; beside a RESOLVED block it is advice, as RECOMMENDED is.
 */
export const WRAPPED_RECOMMENDATION = /^recommended\s+that\b/;

/**
 * Who moved and seconded a motion, printed before the lead word in the same sentence ("Proposed by Alderman A Bell,
 * Seconded by Councillor C Dunn and AGREED that …", "It was moved by Cllr Bell, seconded by Cllr Cole and RESOLVED –"): not part of
 * what was decided; the lead word in capitals starts the resolution. After who moved and seconded it the word in lower
 * case starts it too, followed by "that" or "to" ("Proposed by Alderman A Bell, Seconded by Councillor C Dunn and agreed
 * that the report be noted.").
 */
export const MOVER_BEFORE_LEAD =
  /^(?:[Ii]t\s+was\s+)?(?:[Pp]roposed|[Mm]oved)\s+[Bb]y\s+[^.;:]{3,120}?,?\s+(?:and\s+)?[Ss]econded\s+[Bb]y\s+[^.;:]{3,120}?,?\s+and\s+(?=(?:RESOLVED|AGREED|DECIDED)\b|(?:resolved|agreed|decided)\s+(?:that|to)\b)/;

/**
 * The body that decided, named before the lead word that ends the line over a list of what it decided ("Having heard the
 * objectors, the Licensing Panel AGREED:", "the Board RESOLVED that:"): the lead word in capitals starts the resolutions.
 */
export const BODY_BEFORE_LEAD =
  /^(?:[A-Z][^.;:]{0,160}?,\s+the|The)\s+(?:[A-Z][\w'’&-]*\s+){1,5}(?=(?:RESOLVED|AGREED|DECIDED|NOTED)\s*(?:that\s*)?:?$|(?:RESOLVED|AGREED|DECIDED)\s+(?:that|to)\b|(?:AGREED|NOTED)\s+(?:the|its|this|these)\s)/;

/** A vote's tally in brackets straight after the lead word ("AGREED (For 10, Against 3, Abstentions 1) that …"): how, not what, it decided. */
export const LEAD_VOTE_TALLY = /^\((?:for|against|in favour|unanimous(?:ly)?|by (?:a )?majority)\b[^()]{0,80}\)\s*(?:that\b\s*)?/i;

/**
 * A lead that records what a meeting recommends to another body ("RECOMMENDED to the Cabinet that …"): a
 * resolution only where the minute resolves nothing itself; beside a RESOLVED block it is advice, not a decision.
 */
export const RECOMMENDATION_LEAD =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+|\(?[a-z]\)\s+)?(?:it\s+was\s+|and\s+)?(?:further\s+|FURTHER\s+)?(?:(?:unanimously|UNANIMOUSLY)\s+)?RECOMMENDED\b/;

/**
 * A RECOMMENDED lead addressed to the meeting's own council ("RECOMMENDED to Council that …", "… to Full Council
 * that …"): a committee's recommendation on a matter the council keeps for itself, which the council adopts as it is
 * printed, is the committee's resolution even beside a RESOLVED line. One to an outside body or another part of the
 * council ("… to the Integrated Care Board", "… to the Cabinet", "… to both councils") stays advice.
 */
export const RECOMMENDED_TO_OWN_COUNCIL =
  /^(?:\(?\d{1,3}(?:\.\d{1,2})?[.)]?\s+|\(?[a-z]\)\s+)?(?:it\s+was\s+|and\s+)?(?:further\s+|FURTHER\s+)?RECOMMENDED\s+to\s+(?:the\s+)?(?:full\s+|Full\s+)?(?:council|Council)\b(?!['’]|\s+(?:of|cabinet|Cabinet|executive|Executive|leader|Leader)\b)/;

/**
 * A paragraph saying in prose what the body decided, the body its subject ("The Committee agreed to note …", "The
 * Sub-Committee resolved that …", "The Governing Body agreed to …"), or the one sentence a minute closes with when it only approved or noted a paper ("The
 * Board approved the minute of … as a correct record.", "The Panel noted the report."): not a lead (prose may name the
 * body in discussion), but where a minute has no RESOLVED block and no list of what was decided, each such paragraph is
 * what it resolved. Group 1 is what was decided; an approving or noting verb is kept ("noted the report."), since the
 * paper alone says nothing of what became of it. "noted that …" reports discussion, not a decision.
 */
export const BODY_DECIDED_SENTENCE =
  /^the\s+(?:[a-z'-]+\s+){0,3}(?:council|committee|sub-committee|board|panel|cabinet|authority|executive|forum|commission|body)\s+(?:further\s+)?(?:unanimously\s+)?(?:(?:resolved|agreed|decided)\s+(?:that,?\s+)?|(?=(?:approved|noted|endorsed|adopted|accepted)\s+(?:the|its|this|these|a|an)\s))(to\s+\S.*|\S.*)$/i;

/**
 * A lead-in over a list of things put before the meeting for information, that it only noted ("The following
 * correspondence was received and noted:", "Members noted the following:", "The Clerk's report was read and noted:"):
 * the list is what was reported, not what was decided. A lead-in that resolves or agrees anything is not one.
 */
export const NOTED_LIST_LEAD =
  /^(?!.*\b(?:resolved|agreed|approved|decided|resolution|recommended|endorsed)\b).*\b(?:(?:received|read|reported|circulated|considered|discussed)\s+and\s+noted|noted\s+the\s+following(?:\s+[a-z]+){0,3})\s*:?$/i;

/**
 * Where a paragraph goes on, after a sentence, to what was resolved ("… out of use. Resolved: that …", "… were
 * received. RESOLVED that …", "… to attend. It was further RESOLVED to …"): the resolution starts a line of its own
 * there. In other case than capitals the word must be followed by "that" or a colon, as at a line's start. Inside a
 * sentence, "it was" in lower case before the word in capitals starts it too ("After discussion it was RESOLVED to
 * …", "… were received, and it was RESOLVED to accept …"). So does "and" before the word in capitals, closing who moved
 * and seconded it wrapped over lines ("Proposed Cllr Bell," / "seconded Cllr Cole and RESOLVED that …", "… Cllr Cole
 * and RESOLVED" over a list). After a vote, "and it was agreed that" in lower case starts it too ("The motion was carried
 * and it was agreed that …").
 */
export const RESOLUTION_MID_LINE =
  /(?<=[.!?])\s+(?=(?:It\s+was\s+(?:further\s+)?)?(?:RESOLVED|AGREED|DECIDED)\b|(?:Resolved|Agreed|Decided)\s*(?:that\b|:)|It\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s+that\b)|(?<=[a-z,;)])\s+(?=it\s+was\s+(?:further\s+)?(?:unanimously\s+)?(?:RESOLVED|AGREED|DECIDED)\b)|(?<=[a-z])\s+(?=and\s+(?:RESOLVED|AGREED|DECIDED)(?:\s+(?:that|to)\b|\s*:|$))|(?<=\band)\s+(?=it\s+was\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s+that\b)/;

/**
 * A sentence closing a resolution's paragraph that records someone coming or going ("… be approved. Cllr Bell
 * returned.", "… Act 1960. The press left at 8.10 pm.", "… information. The members of the press and the public left the
 * meeting.", "Alderman A Bell, having declared an interest, left the meeting.", a member called by the initials the
 * attendance gave them: "AB returned at 20:21."), or the meeting breaking off ("… be noted. The meeting adjourned at
 * 8.05 pm and resumed at 8.15 pm."): a note of attendance, not part of what was resolved.
 */
export const MOVEMENT_TAIL =
  /(?<=[.!?])\s+(?:the\s+(?:meeting|committee|council|board|panel)\s+(?:was\s+)?(?:adjourned|reconvened)\b(?:[^.]|\.(?=\d)){0,100}|(?:(?:cllr|councillor|alderman|mr|mrs|ms|miss|dr)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?:,\s+having\s+[^,.]{3,60},)?|[A-Z]{2,4}|the\s+(?:(?:press|public|members?\s+of\s+the\s+(?:public|press))(?:\s+and\s+(?:the\s+)?(?:press|public|members?\s+of\s+the\s+(?:public|press)))?|clerk|chair(?:man)?|mayor|[a-z]+\s+officer))\s+(?:left|returned|rejoined|re-joined|joined|arrived|re-entered|withdrew)(?:\s+(?:to\s+)?the\s+(?:room|meeting|chamber))?(?:\s+at\s+(?:\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\d{1,2}[.:]\d{2}))?)\.$/i;

/**
 * A line naming who moved a motion ("Proposed Cllr Ellwood, seconded Cllr Adeyemi"), maybe as a note in brackets with
 * the vote ("(Proposed Cllr. Bell, seconded Cllr. Cole; carried 6 votes to 2.)"): the end of a resolution printed above it.
 */
export const PROPOSER_LINE = /^\(?(?:proposed|moved|seconded)(?:\s+by)?(?:\s*:\s*[A-Z]|\s+(?:cllr|councillor|alderman|mr|mrs|ms|miss|dr|the)\b)/i;

/**
 * Where a sentence naming who moved a motion follows the resolution in its paragraph ("… be approved. Proposed Cllr Bell,
 * seconded Cllr Cole, all in favour."), maybe as a note in brackets with the vote, wrapped onto the resolution's last
 * line ("… by two signatories. (Proposed Cllr" / "Bell, seconded Cllr Cole; 6 in favour.)"): how, not what, it decided.
 */
export const PROPOSER_MID_LINE = /(?<=[.!?])\s+(?=\(?(?:proposed|moved|seconded)(?:\s+by)?(?:\s*:\s*[A-Z]|\s+(?:cllr|councillor|alderman|mr|mrs|ms|miss|dr|the)\b))/i;

/**
 * A sentence's end inside a paragraph: a full stop (or ! ?) and a capital opening the next sentence, not after an
 * initial or an abbreviation ("Cllr A. Bell", "St. Mary's", "incl. VAT").
 */
export const SENTENCE_END =
  /(?<!\b(?:[A-Za-z]|[Cc]llrs?|M(?:rs?|s)|Dr|St|[Nn]os?|Rd|incl|approx|etc|cf|vs?|Prof|Revd?|[Ff]ig|[Pp]aras?|[Rr]ef|[Mm]ins?|Tel|[Ee]xt)\.)(?<=[^.][.!?])\s+(?=[A-Z])/;

/**
 * The end of a resolution's lead that says the numbered list under it is the resolution's own reasons or conditions
 * ("That planning permission be REFUSED for the following reasons:", "… be granted, subject to the following conditions in
 * addition to those attached to the licence:"): one resolution with its list, not one per item.
 */
export const RESOLUTION_WITH_REASONS =
  /\b(?:reasons?|conditions?|grounds?)(?:\s+(?:set\s+out\s+)?below)?\s*:$|\bsubject to the following (?:conditions?|reasons?|grounds?)\b[^.;:]{0,120}:$/i;

/**
 * A sub-heading inside a resolved block over more of what the meeting decided, listed under it and numbered afresh
 * ("RESOLVED – That: (1) … (3) …", then "Recommendations to the Cabinet" over "(a) … (c) …"): a scrutiny committee's
 * recommendations to another body are its own resolutions, the list under the heading as much as the one above it.
 */
export const RESOLVED_LIST_SUBHEADING = /^(?:the\s+)?(?:[A-Za-z'’-]+\s+){0,2}(?:recommendations?|comments|requests?)(?:\s+(?:to|for|of)\s+[^.;:]{2,60})?\s*:?$/i;

/**
 * An action marker set against a minute's paragraph, alone on its line, often at the right margin ("ACTION 41", "Action:
 * AB", "ACTION"): a pointer to the action log, not text of the minute or of what it resolved.
 */
export const ACTION_MARKER = /^(?:ACTION|Action)(?:\s+(?:no\.?\s*)?[A-Z]{0,3}\d{1,4}[a-z]?)?$/;

/** A line saying who does what next ("Action: the Clerk to write", "Actions: …"): an action, not more of the resolution above it. */
export const ACTION_LINE = /^actions?(?:\s+(?:by|for|point|owner))?\s*:/i;

/**
 * A vote's tally on a line of its own under a resolution, in brackets ("(For 7, Against 3, Abstain 1)") or a list of
 * two counts or more without them ("For 9, Against 0, Abstentions 1."): the resolution ends above it.
 */
export const VOTE_TALLY =
  /^(?:\((?:for|against|in favour|abstain(?:ed|ing|ions)?|abstentions?)\s*[:=–—-]?\s*\d{1,3}(?:\s*[,;]\s*(?:for|against|in favour|abstain(?:ed|ing|ions)?|abstentions?)\s*[:=–—-]?\s*\d{1,3})*\)|(?:for|against|in favour|abstain(?:ed|ing|ions)?|abstentions?)\s*[:=–—-]?\s*\d{1,3}(?:\s*[,;]\s*(?:and\s+)?(?:for|against|in favour|abstain(?:ed|ing|ions)?|abstentions?)\s*[:=–—-]?\s*(?:\d{1,3}|none|nil))+)\.?$/i;

/**
 * A paragraph of an item's own text in which a member declares an interest in it ("Councillor A Bell declared a
 * disclosable pecuniary interest in this item …", a note set under the item's mark): a declaration made at that item,
 * not only under the declarations minute. A member's title opens it and "declared a … interest" follows the name at
 * once; "Cllr A Bell, having declared an interest (minute 4), left …" only recalls a declaration made before.
 */
export const ITEM_DECLARATION_PARAGRAPH =
  /^(?:Cllrs?\.?|Councillors?|County Councillor|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z][A-Za-z'’.-]*\s+){1,4}declared\s+(?:an?|his|her|their)\s+(?:[a-z'’-]+\s+){0,4}interests?\b/;

/**
 * The agenda item a declaration of interest is about, printed before the member ("Item 7.3 – Cllr A Bell declared …",
 * "Agenda item 5: Mr B Cole declared …"): group 1 is the item's number; the member's sentence follows.
 */
export const DECLARATION_ITEM_PREFIX = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}(?:\.\d{1,2})?[a-z]?)\s*[–—:-]\s+(?=\S)/i;

/** Lines that sit between resolution items without being one: voting notes, carried motions. */
export const RESOLUTION_NOISE =
  /^(?:(?:voting|vote|votes|(?:the )?motion (?:was )?(?:carried|lost|fell)|carried|lost|unanimous(?:ly)?|\(?(?:unanimous|by (?:a )?majority)\)?)\b.{0,60}|(?:for|against|abstain(?:ed|ing|ions)?|abstentions?)\b\s*[:=–—-]?\s*(?:\d{1,3}|none|nil)?\b[^a-z]{0,40})$/i;

/**
 * A label only a call-in request form prints ("Reasons for call-in:", "Grounds for the call-in:"): the form's labels
 * (decision reference, title, maker) name the decision called in, and are not a report's cover.
 */
export const CALL_IN_REQUEST_LABEL = /^(?:reasons?|grounds)\s+for\s+(?:the\s+)?call[- ]in\s*:/i;

/**
 * A label only a question put at a meeting prints under its "From:" / "To:" lines ("Written answer:", "Supplementary
 * question:", "Answer:", "Reply:"): the labels above it name the member asking and the member asked, not a report's
 * cover, and the minutes run on over the questions and answers.
 */
export const QUESTION_ANSWER_LABEL = /^(?:(?:written|oral|verbal|supplementary)\s+)?(?:answer|reply|response)\s*:|^supplementary(?:\s+question)?\s*:/i;

/**
 * A header only an e-mail prints ("Sent: …", "Cc: …", "Reply-To: …", a "Date:" in the mail's own form "Thu, 11 Mar
 * 2031 09:47:12"): the "From:", "To:" and "Subject:" lines around it are the message's, not a report cover's.
 */
export const EMAIL_HEADER_LABEL =
  /^(?:sent|cc|bcc|reply-to|message-id|in-reply-to|mime-version|content-type|list-id)\s*:|^date:\s+(?:mon|tue|wed|thu|fri|sat|sun),\s+\d{1,2}\s+[a-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}/i;

/** A label of a report cover and the field it fills. */
export type CoverField = 'title' | 'to' | 'date' | 'lead' | 'author' | 'contact' | 'cabinet' | 'kind' | 'fpRef' | 'decisionNo' | 'agendaItem' | 'wards' | 'other';

/**
 * Report cover labels, as printed before a colon or in the first cell of a cover table. The first
 * match wins, so "Report Author" is an author before "Report" could be anything else.
 */
export const COVER_LABELS: ReadonlyArray<{ field: CoverField; pattern: RegExp }> = [
  {
    field: 'author',
    pattern:
      /^(?:report\s+)?author(?:s)?(?:\s+of\s+(?:the\s+)?report)?(?:\s+and\s+contact(?:\s+details)?)?(?:\s*\(s\))?$|^(?:report\s+)?(?:written|prepared)\s+by$|^(?:lead\s+)?report\s+author(?:s)?$|^author\s*\/\s*contact\s+officer$|^officer\s+contact$|^case\s+officer$/i,
  },
  {
    field: 'cabinet',
    pattern:
      /^(?:relevant\s+)?(?:cabinet\s+members?(?:\s*\(s\))?|portfolio\s*holders?(?:\s*\(s\))?|lead\s+(?:cabinet\s+)?members?|executive\s+members?|cabinet\s+portfolio(?:\s+holder)?|portfolio|lead\s+councillor|responsible\s+(?:cabinet\s+)?member)(?:\s+responsible)?$/i,
  },
  {
    field: 'lead',
    pattern:
      /^(?:lead\s+officer|responsible\s+officer|report\s+of|report\s+by|report\s+from|from|(?:lead|sponsoring|responsible|accountable|executive|strategic|corporate|service)\s+director|director|accountable\s+officer|chief\s+officer|corporate\s+director|strategic\s+director|decision\s+(?:maker|taker)|decision\s+(?:taken|made)\s+by|officer\s+(?:taking|making)\s+(?:the\s+)?decision|delegated\s+officer|report\s+sponsor|sponsor|head\s+of\s+service|service\s+director)$/i,
  },
  {
    field: 'contact',
    pattern:
      /^(?:contact(?:\s+(?:details|officer|person|information|for\s+enquiries))?|enquiries(?:\s+to)?|further\s+information|background\s+papers?\s+held\s+by|tel(?:ephone)?(?:\s+no\.?)?|e-?mail(?:\s+address)?)$/i,
  },
  {
    field: 'title',
    pattern:
      /^(?:subject|title|report\s+title|title\s+of\s+(?:the\s+)?(?:report|decision|item|proposal)|report\s+subject|decision\s+title|subject\s+of\s+(?:the\s+)?(?:report|decision)|matter|(?:decision|item)\s+(?:subject|heading))$/i,
  },
  { field: 'to', pattern: /^(?:to|report\s+to|meeting|committee|decision\s+(?:maker|making\s+body)|for\s+(?:consideration|decision)\s+by|audience)$/i },
  { field: 'date', pattern: /^(?:date(?:\s+of\s+(?:meeting|report|decision))?|meeting\s+date|report\s+date|decision\s+date|date\s+decision\s+(?:taken|made))$/i },
  { field: 'kind', pattern: /^(?:report\s+(?:type|status|for)|type\s+of\s+(?:report|decision|issue)|(?:issue|decision)\s+type|purpose)$/i },
  {
    field: 'fpRef',
    pattern:
      /^(?:(?:(?:included\s+)?(?:in|on)\s+(?:the\s+)?)?forward\s+plan(?:\s+ref(?:erence)?(?:\s+no\.?)?)?|key\s+decision\s+ref(?:erence)?(?:\s+no\.?)?|fp\s+ref(?:erence)?|notice\s+of\s+key\s+decision\s+ref(?:erence)?)$/i,
  },
  { field: 'decisionNo', pattern: /^(?:decision\s+(?:no\.?|number|ref(?:erence)?)|record\s+(?:no\.?|number)|reference(?:\s+no\.?)?|ref(?:\s+no\.?)?)$/i },
  // A planning application report's cover table: the application's reference (which the agenda repeats) and its site, what it is about.
  { field: 'decisionNo', pattern: /^(?:planning\s+)?application\s+(?:no\.?|number|ref(?:erence)?\.?)$/i },
  { field: 'title', pattern: /^(?:site(?:\s+address)?|site\s+location|address\s+of\s+(?:the\s+)?site)$/i },
  {
    field: 'other',
    pattern:
      /^(?:proposal|description\s+of\s+development|applicant|agent|(?:public\s+)?speakers|parish|application\s+type|date\s+(?:valid|received|registered)|(?:statutory\s+)?(?:expiry|determination|target)\s+date|(?:8|13|16)[- ]week\s+(?:date|expiry)|reason\s+for\s+(?:committee|referral|report(?:ing)?\s+to\s+committee)(?:\s+(?:consideration|determination))?)$/i,
  },
  { field: 'agendaItem', pattern: /^(?:agenda\s+item(?:\s+no\.?)?|item(?:\s+no\.?)?|item\s+number)$/i },
  {
    field: 'wards',
    pattern:
      /^(?:wards?(?:\s+affected)?|divisions?(?:\s+affected)?|electoral\s+divisions?(?:\s+affected)?|division\s+and\s+local\s+members?(?:\s*\(s\))?|local\s+members?(?:\s*\(s\))?)$/i,
  },
  {
    field: 'other',
    pattern:
      /^(?:key\s+decision|classification|exempt(?:\s+information)?|confidential(?:ity)?|status|past\s+pathway(?:\s+of\s+(?:the\s+)?report)?|future\s+pathway(?:\s+of\s+(?:the\s+)?report)?|(?:is\s+the\s+decision\s+)?(?:eligible\s+for|subject\s+to)\s+call[- ]in\??|call[- ]in\s+(?:applies|waived)\??|urgent(?:\s+decision)?|last\s+committee\s+reference|open\/exempt|appendices|annexes|background\s+papers|implications|council\s+priorit(?:y|ies)|corporate\s+priorit(?:y|ies)|strategic\s+priorit(?:y|ies))$/i,
  },
];

/**
 * A form's checkbox as a PDF's text or a web page prints it: a glyph, ticked ("☒", "☑", "✔", "✓", "[x]") or not ("☐",
 * "[ ]"). A label's row of boxes ("Key decision | ☒ Yes | ☐ No", "Exempt | Yes ☐ No ☒") answers with its ticked options.
 */
export const CHECKBOX_MARK = /[☐☒☑✔✓]|\[[xX ]\]/g;

/** A ticked checkbox (see CHECKBOX_MARK). */
export const CHECKBOX_TICKED = /^(?:[☒☑✔✓]|\[[xX]\])$/;

/**
 * The number of a boxed form's label cell ("3. Title of decision"), as pdftotext may run it on to the label
 * ("10.Report considered"): the label is the words after it.
 */
export const FORM_FIELD_NUMBER = /^\d{1,2}\.\s*(?=[A-Za-z])/;

/** A bracketed prompt after a form's label, saying what to fill in ("Decision made (number each part of the decision)"). */
export const FORM_LABEL_PROMPT = /\s*\([a-z][a-z ,/&-]{2,40}\)$/;

/**
 * A record's reference printed alone as its heading over its label table ("ABC/2031/004", "DN-31-012"): letters,
 * then numbers split by "/" or "-". The record starts at it and keeps it as its number.
 */
export const RECORD_REFERENCE_HEADING = /^[A-Z]{2,6}[/-]\d{2,4}[/-]\d{1,5}$/;

/**
 * The council's initials printed before a forward plan reference's own letters ("HMBC/KD/2029/117" is "KD/2029/117"
 * of the "HMBC" council, "NVDC/FP/31/07"): part of the reference, kept with it. Capitals only, so no word of prose
 * ("and/") is taken for it; optional, as most references print none.
 */
export const COUNCIL_REF_PREFIX = /(?:[A-Z]{2,6}\/)?/;

/**
 * A forward plan reference as printed in a report's cover: letters, then numbers split by "/" ("FP/25/08/06",
 * "KD/2031/017"), or a year run on to the letters ("FP2025/118", "KD2031/7").
 */
export const FORWARD_PLAN_REF = new RegExp(String.raw`\b(${COUNCIL_REF_PREFIX.source}[A-Za-z]{1,5}(?:\/\d{2}\/\d{2}\/\d{2,3}|\/?\d{2,4}\/\d{1,4}))\b`);

/**
 * A report's section naming the council's priorities it serves ("5. Corporate Plan Priorities", "Links to the Council
 * Plan"): the priorities are the list under its lead-in.
 */
export const PRIORITY_SECTION_HEADING =
  /^(?:\d{1,2}\.?\s+)?(?:(?:links?|contribution)\s+to\s+(?:the\s+)?(?:council|corporate|strategic)(?:\s+plan)?(?:\s+priorit(?:y|ies))?|(?:council|corporate|strategic)(?:\s+plan)?\s+priorit(?:y|ies))$/i;

/**
 * A forward plan reference printed with a space between its letters and its numbers ("FP 31/207", "KD 2031/7"), as a
 * cover's ticked "In forward plan" answer may name it ("☒ Yes (ref FP 31/207)"): capitals only, so no word of prose is
 * taken for its letters.
 */
export const SPACED_FORWARD_PLAN_REF = /\b([A-Z]{1,5} \d{2,4}\/\d{1,4})\b/;

/**
 * A cover row naming who cleared the report in its label ("Section 151 Officer sign-off", "Monitoring Officer
 * clearance") beside "Name, date": group 1 is the post, the value the officer's name and the date they signed off.
 */
export const SIGN_OFF_ROW_LABEL = /^(\S.{2,60}?)\s+(?:sign[- ]?off|clearance|cleared)\s*:?$/i;

/** A reference alone in its own labelled cell ("Forward Plan Ref: 2031/007") may carry no letters: a year and a number. */
export const BARE_FORWARD_PLAN_REF = /^\s*(\d{4}\/\d{1,4})\s*$/;

/**
 * A minute's labelled note of the key decision it records ("Key decision reference: KD 2031/07 — in force on … unless
 * called in", "Forward plan ref: FP/31/12"): kept on the minute as its `keyDecision`, wrapped lines joined; never a
 * resolution.
 */
export const KEY_DECISION_NOTE = /^(?:key\s+decision(?:\s+ref(?:erence)?(?:\s+no\.?)?)?|forward\s+plan\s+ref(?:erence)?(?:\s+no\.?)?)\s*:\s*\S/i;

/** A reference named as such inside another cover cell ("Key decision: Yes – Forward Plan reference KD/2031/017"). */
export const NAMED_FORWARD_PLAN_REF = new RegExp(
  String.raw`\b(?:forward plan|key decision|fp)\s+ref(?:erence)?(?:\s+no\.?)?\s*:?\s*(${COUNCIL_REF_PREFIX.source}[A-Za-z]{1,5}\/?\d{2,4}\/\d{2,4}(?:\/\d{2,3})?)\b`,
  'i',
);

/**
 * A "Key decision" cell's answer naming a reference printed with a space between its letters and numbers ("Yes –
 * reference KD 2031/041"): the report's forward plan reference. Capitals only, so no word of prose is taken for it.
 */
export const KEY_DECISION_ANSWER_SPACED_REF = /\b[Rr]ef(?:erence)?\.?(?:\s+[Nn]o\.?)?\s*:?\s*([A-Z]{1,5} \d{2,4}\/\d{1,4})\b/;

/**
 * The post printed after a cabinet member's name in a "Portfolio Holder" cell ("Cllr A Bell, Portfolio Holder for
 * Environment, Transport & Parking"): the label's wording again, not part of the member's name. A "Cabinet Member
 * for …" post is kept, as printed.
 */
export const PORTFOLIO_HOLDER_POST = /^((?:cllr|councillor)\.?\s+[^,]+?),\s*(?:the\s+)?portfolio holder\s+for\s+\S.*$/i;

/**
 * A "Key decision" cell's answer naming the decision's reference after the word alone ("Yes – General Exception,
 * reference KD/2031/027", "Yes (ref. FP/31/12)"): the report's forward plan reference.
 */
export const KEY_DECISION_ANSWER_REF = new RegExp(
  String.raw`\bref(?:erence)?\.?(?:\s+no\.?)?\s*:?\s*(${COUNCIL_REF_PREFIX.source}[A-Za-z]{1,5}\/?\d{2,4}\/\d{1,4}(?:\/\d{2,3})?)\b`,
  'i',
);

/** A forward plan reference alone in a form's label cell, wrapped under "Key decision: Yes – ref" ("KD/2031/07"). */
export const WRAPPED_FORWARD_PLAN_REF = /^[A-Za-z]{1,5}\/?\d{2,4}\/\d{1,4}(?:\/\d{2,3})?$/;

/**
 * The tail of a form's label wrapped onto the next line in the label column ("Decision maker (name and" / "post)",
 * "Alternative options" / "considered", "Delegated authority" / "(constitution reference)"): it goes on in lower case,
 * opens a bracketed prompt, or closes one left open above. A list's mark alone in the column ("(ii)", "(b)") is the
 * next entry of a hanging list, not a label's tail.
 */
export const WRAPPED_LABEL_TAIL = /^(?!\((?:[ivxl]{1,5}|[a-z]|\d{1,2})\)\s*$)[a-z(][a-z ,/&()'-]{0,38}\s*:?$/;

/**
 * A minute's or paragraph's number alone in its cell: left of a label column ("115.3   Rhif y Cais:   DM/…"), no part
 * of the label beside it; on a line of its own over a sub-item's label table ("115.4" over "Application No: …"), no
 * part of a title above the labels.
 */
export const NUMBER_ALONE_CELL = /^\(?\d{1,4}(?:\.\d{1,3}){0,2}[.)]?$/;

/** The second half of a label printed in two languages and broken after its slash ("Yn bresennol /" over "Present:"). */
export const BILINGUAL_LABEL_TAIL = /^[A-Z][A-Za-z]+(?: [a-z]+){0,3}\s*:?$/;

/**
 * The end of an upper-case label printed in two languages and broken inside its second half ("PRESENT / YN" over
 * "BRESENNOL:"): upper-case words, as the label above is.
 */
export const BILINGUAL_UPPER_LABEL_TAIL = /^\p{Lu}[\p{Lu}'’-]+(?: [\p{Lu}'’-]+){0,3}\s*:?$/u;

/**
 * The header row of a report's sign-off table: the column of who signed off ("Seen by", "Statutory officer", "Signed
 * off by"), then their name and the date. "Seen by" alone is enough; the others need "Name" and "Date" beside them.
 */
export const SIGN_OFF_COLUMNS: Readonly<Record<'seenBy' | 'role' | 'name' | 'date', RegExp>> = {
  seenBy: /^seen by:?$/i,
  role: /^(?:statutory officers?|(?:signed|cleared)(?: off)? by|sign-?off by|officers?|roles?|posts?|consultees?)$/i,
  name: /^names?$/i,
  // "Cleared" alone heads the date a statutory officer cleared the report ("Role | Name | Cleared").
  date: /^(?:dates?(?:\s+(?:signed|seen|agreed|cleared))?|cleared(?:\s+on)?)$/i,
};

/**
 * A date cell of a sign-off table cut before its year ("14 March", "3rd Sept"): the year is on the line under it, and
 * the row goes on there.
 */
export const DATE_BEFORE_YEAR = /^(?:[a-z]+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$/i;

/**
 * The heading over a report's sign-off table printed without a header row ("Statutory officer clearance", "Officer
 * sign-off", "Report clearance"): each row under it is a post, the officer's name and the date they cleared it.
 */
export const SIGN_OFF_HEADING =
  /^(?:(?:statutory|senior|chief|corporate)\s+)?(?:officers?\s+|report\s+|legal\s+and\s+financial\s+)?(?:clearance|sign[- ]?offs?|sign[- ]off\s+and\s+clearance|approvals?\s+and\s+clearance)s?$/i;

/** The signature row of a record's closing box ("Signed:", "Signature of decision taker:"), next to its date. */
export const SIGNATURE_LABEL = /^(?:signed|signature|signed by|signature of [a-z ]{3,20})$/i;

/**
 * A signature row's label naming in brackets the capacity signed in, with no colon ("Signed (Decision taker)", "Signature
 * (Leader of the Council)"), perhaps wrapped down its column inside the bracket ("Signed (Chair of" / "Overview and
 * Scrutiny" / "Committee)"): group 1 is the capacity, as far as the label has got.
 */
export const SIGNATURE_ROLE_LABEL = /^(?:signed|signature)(?:\s+by)?\s*\(([^()]{2,80}?)\)?\s*:?$/i;

/** The date row beside a signature ("Date:", "Date signed:", "Date of decision:"). */
export const SIGNATURE_DATE_LABEL = /^(?:dated?|date signed|date of (?:decision|signature)|decision date)$/i;

/**
 * The label heading the report author’s column of a contact block printed as columns side by side ("Report author:"
 * beside "Lead director:"): the name, post, phone and e-mail under it are the author's.
 */
export const AUTHOR_COLUMN_LABEL =
  /^(?:contact\s+officer\s*\(\s*(?:report\s+)?author\s*\)|(?:report\s+)?author(?:\s*\/\s*contact\s+officer)?|contact\s+officer\s*\/\s*(?:report\s+)?author)\s*:$/i;

/** A councillor's title opening a value ("Councillor A Bell, Chair of …"): a member, never the report's lead officer. */
export const COUNCILLOR_TITLE = /^(?:(?:county|borough|district|town|parish|city|community)\s+)?(?:cllr|councillor|cynghorydd|cyng)\.?\s/i;

/**
 * A label table's name cell wrapped after the forename ("Councillor Owen" over "Hart-Lacey"): the cell above
 * holds a title and one forename only (`head`), the cell below one surname alone, maybe double-barrelled (`tail`).
 * Together they name one person.
 */
export const NAME_CELL_WRAPPED_AFTER_FORENAME = {
  head: /^(?:(?:County|Borough|District|Town|Parish|City|Community)\s+)?(?:Cllr|Councillor|Cynghorydd|Cyng|Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+\p{Lu}[\p{Ll}'’]+$/u,
  tail: /^\p{Lu}[\p{Ll}'’]*(?:\p{Lu}[\p{Ll}'’]+)?(?:-\p{Lu}[\p{Ll}'’]*(?:\p{Lu}[\p{Ll}'’]+)?)?$/u,
};

/**
 * How many rows under a label table's first row (a name and its post beside it) must agree on where their post
 * column starts, off where the first row's post starts (pdftotext setting a short row's cells closer: "Ann Bell
 * Chief Executive" over "Tom Dunn          Director of …"), for the rows below to give the table's post column.
 */
export const BESIDE_COLUMN_ROWS_AGREE = 2;

/** A report cover line without a colon: "Report by …", "Report of the Chief Fire Officer". */
export const REPORT_BY_LINE = /^(?:joint\s+)?report\s+(?:by|of|from)\s+(?:the\s+)?(\S.{2,200})$/i;

/** The word before an agenda item's page numbers: "Pages", "Page", "pp.", "p". */
const PAGE_WORD = String.raw`(?:pages?|pp?\.?)`;
/** A page or a range of them ("13", "13 - 72", "21–30"): the first page, then the last when it is a range. */
const PAGE_SPAN = String.raw`(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?`;

/*
 * An agenda item's page range, one grammar (PAGE_WORD, PAGE_SPAN) read three ways, as its readers need:
 * - PAGE_RANGE, in brackets with its word anywhere in a title or a note ("Budget Monitoring (Pages 13 - 72)");
 *   AGENDA_ENTRY_PAGES the same closing the entry;
 * - PAGES_COLUMN_RANGE, a whole cell of the pages column that prints the word, bracketed or not;
 * - PAGE_CELL, a whole cell that is a range without brackets, its word or not ("12", "12 - 30", "Pages 12-30").
 * Each gives the first page in group 1 and the last, if any, in group 2 (PAGES_COLUMN_RANGE unbracketed: 3 and 4).
 */

/** A page range in brackets with its word, anywhere in an agenda line: "(Pages 13 - 72)", "(Page 5)", "(pp. 9-14)". */
export const PAGE_RANGE = new RegExp(String.raw`\(\s*${PAGE_WORD}\s*${PAGE_SPAN}\s*\)`, 'i');

/**
 * An agenda entry pointing to its papers by page, the range closing its title ("6. Budget Monitoring (Pages 17 - 38)",
 * "4. Fees and Charges (pp. 9-14)"): the labels printed under such an entry ("Lead officer: …", "Purpose: …") describe
 * the item on the agenda, the report itself being on those pages.
 */
export const AGENDA_ENTRY_PAGES = new RegExp(String.raw`${PAGE_RANGE.source}\s*$`, 'i');

/**
 * A cell of an agenda table's pages column ("Item | Business | Pages") that prints the range with its word, in
 * brackets or not ("(Pages 5 - 18)", "Pages 9-12", "(pp. 3)"), set flush under the heading: the row's pages, as a bare
 * "5 - 18" there would be, not a note. Group 1 the first page, group 2 the last (groups 3 and 4 without brackets).
 */
export const PAGES_COLUMN_RANGE = new RegExp(String.raw`^(?:${PAGE_RANGE.source}|${PAGE_WORD}\s*${PAGE_SPAN})$`, 'i');

/** A cell that gives pages, with its word or bare, no brackets: "12", "12 - 30", "Pages 12-30". */
export const PAGE_CELL = new RegExp(String.raw`^(?:${PAGE_WORD}\s*)?${PAGE_SPAN}$`, 'i');

/**
 * The wrapped line closing a bold agenda title, the page range of its papers after the bold ("Community Hall**
 * (Pages 53 - 70)", "Final Report** (pp. 9"): the bold still ends the title, the pages are read from it after.
 */
export const BOLD_CLOSED_BEFORE_PAGES = /\*\*\s*\(\s*(?:pages?|pp?\.?)(?:\s*\d{1,4}(?:\s*[-–—]\s*(?:\d{1,4}\s*\)?)?)?)?$/i;

/**
 * A page range broken over the title's lines, its "(Pages" or "(Pages 105 -" ending one line and its last page
 * closing the next ("17 - 38)", "112)"): the range is read whole, none of it taken for a wrapped title.
 */
export const OPEN_PAGE_REFERENCE = /\(\s*(?:pages?|pp?\.?)(?:\s*\d{1,4}\s*[-–—])?\s*$/i;

/** An agenda item number printed alone above a report's cover ("AGENDA ITEM NO. 7", "Item 4(b)"): the number. */
export const COVER_ITEM_LINE = /^(?:agenda\s+)?item(?:\s+no\.?|\s+number)?\s*:?\s*(\d{1,3}(?:\.\d{1,2})?(?:\s?\(?[a-z]\))?)\.?$/i;

/**
 * The meeting a report goes to printed in capitals as the heading over its cover ("PLANNING COMMITTEE", "LICENSING
 * SUB-COMMITTEE"): not the report's title, which a planning report prints between its labels (the site's address).
 */
export const COVER_BODY_HEADING = /^(?:[A-Z][A-Z'’&-]*\s+){0,4}(?:COMMITTEE|SUB-COMMITTEE|CABINET|COUNCIL|PANEL|BOARD|EXECUTIVE)$/;

/**
 * A planning application cover's row naming where the application is ("Location:", "Application site:"): what the
 * report is about, read as its title when the cover prints none above its labels (REPORT_ADDRESSEE_LINE). Not a cover
 * label in general: a meeting's front sheet prints "Location:" for its venue.
 */
export const APPLICATION_SITE_LABEL = /^(?:location|application\s+site|site\s+of\s+(?:the\s+)?(?:application|proposal))$/i;

/**
 * The line over a report's cover naming the meeting it goes to, with no colon ("Report to Planning Committee",
 * "Report to the Licensing and Appeals Sub-Committee"): whom the report is for (group 1), not its title (see
 * APPLICATION_SITE_LABEL).
 */
export const REPORT_ADDRESSEE_LINE = /^report\s+to\s+(?:the\s+)?((?:[\w'’&-]+\s+){0,6}(?:committee|sub-committee|cabinet|council|panel|board|executive|authority|forum))$/i;

/** A council's name printed alone above a report's title ("NORTHVALE DISTRICT COUNCIL"): the report's author body, not its title. */
export const COUNCIL_NAME_LINE = /^(?:the\s+)?(?:[a-z][\w'’.-]*\s+){1,4}(?:district|borough|county|city|town|parish|community)\s+council$/i;

/**
 * The last words of a council's name wrapped onto the line under it, where the name shares its line with a box beside
 * it ("Northvale Metropolitan" | "Agenda Item 4" over "Borough Council"): the name goes on here (see COUNCIL_NAME_LINE).
 */
export const COUNCIL_NAME_TAIL_LINE = /^(?:(?:district|borough|county|city|town|parish|community)\s+)?council$/i;

/** A decision record's label for the day the decision was taken ("Date of decision:", "Decision date:"). */
export const DECISION_DATE_LABEL = /^(?:date\s+of\s+(?:the\s+)?decision|decision\s+date|date\s+decision\s+(?:taken|made))$/i;

/** A label asking whether a decision is key ("Is Key decision?", "Key decision", "Is this a key decision?"). */
export const KEY_DECISION_LABEL = /^(?:is\s+(?:this\s+|it\s+)?(?:an?\s+)?)?key\s+decision$/i;

/**
 * A clerk's note in brackets on a line of its own under a resolution ("(Note: the site visit will take place on …)",
 * "(N.B. The decision notice will be issued …)"), or a note of what a member did ("(Cllr A Bell took no part in the
 * vote on this item.)", "(Councillor C Dunn abstained.)"): an aside to the reader, not part of what was resolved.
 */
export const BRACKETED_NOTE =
  /^\((?:(?:note|nb|n\.b\.|please note|clerk'?s note|editor'?s note)\b\s*[:.–—-]?|(?:cllrs?\.?|councillors?|county councillor|mr|mrs|ms|miss|dr)\s+(?:[A-Z][A-Za-z'’.-]*\s+){1,4}(?:took no part|did not (?:vote|take part|participate)|abstained|left|withdrew|declared|returned|re-?joined|arrived)\b)/i;

/**
 * A line that only opens what was resolved ("RESOLVED –", "AGREED:", "RESOLVED that"), its items below: never the
 * second line of a capitalised minute title above it ("APPOINTMENTS TO COMMITTEES" / "RESOLVED –").
 */
export const RESOLUTION_LEAD_ALONE = /^(?:RESOLVED|AGREED|DECIDED)\s*(?:$|[:–—-]|that\b)/i;

/**
 * A resolution whose "it" ends the line above ("… circulated by the Clerk, it" / "was RESOLVED that …", "… at some
 * length. It" / "was resolved that …"); in other case than capitals the word must be followed by "that", as at a
 * line's start.
 */
export const RESOLUTION_AFTER_WRAPPED_IT = /^was\s+(?:RESOLVED|AGREED|DECIDED)\b|^was\s+(?:unanimously\s+)?(?:resolved|agreed|decided)\s+that\b/;

/**
 * A resolution's lead word in capitals ending a line after who moved it ("Proposed by Cllr A Bell, Seconded by Cllr C
 * Dunn and AGREED" over "– that …"): `head` finds the word, `tail` the line under that goes on with what was agreed.
 * The lead then starts the line under, as if printed there.
 */
export const RESOLUTION_LEAD_WRAP: Readonly<Record<'head' | 'tail' | 'moved', RegExp>> = {
  head: /\s(RESOLVED|AGREED|DECIDED)$/,
  tail: /^(?:[–—:-]\s*)?(?:that|to)\b/i,
  // In lower case only after who moved and seconded it ("Proposed by Cllr A Bell, Seconded by Cllr C Dunn and agreed" over "that …").
  moved: /^(?:[Ii]t\s+was\s+)?(?:[Pp]roposed|[Mm]oved)\s+[Bb]y\s+[^.;:]{3,120}?,?\s+(?:and\s+)?[Ss]econded\s+[Bb]y\s+[^.;:]{3,120}?,?\s+and(\s(?:resolved|agreed|decided))$/,
};

/**
 * A sentence leading in to a list, printed with a colon as a label is ("… RESOLVED that:", "Cabinet agreed to:", "… the
 * Leader has decided:"): a verb of deciding after "has" or "was" is a sentence's, never a label's.
 */
export const LEAD_IN_LABEL = /\b(?:that|to)$|\bresolved\b|\b(?:has|have|had|was|were|is|are)\s+(?:decided|agreed|approved|determined)$/i;

/**
 * A forward plan entry's reference printed at the top of its matter cell, with a "new entry" marker after it
 * ("Ref: KD/2031/04   NEW", "Reference FP/31/007 (new)"): the reference, and the cell's text after it.
 */
export const CELL_REF = /^ref(?:erence)?\.?(?:\s+no\.?)?\s*:?\s*([A-Za-z]{1,5}[/-]\d{2,4}[/-]\d{1,4}(?:[/-]\d{1,4})?)(?:\s+(?:new|\(new\)|\*))?\b\s*(.*)$/i;

/**
 * A reference in brackets inside a forward plan entry's title ("Library review (Ref: 2031/044)"), with or without
 * letters before the year and number; the bracket is not part of the title.
 */
export const CELL_REF_BRACKETED = /\s*\(\s*ref(?:erence)?\.?(?:\s+no\.?)?\s*:?\s*((?:[A-Za-z]{1,5}[/-])?\d{2,4}[/-]\d{1,4}(?:[/-]\d{1,4})?)\s*\)/i;

/**
 * A column heading of a table of decisions already taken ("Decision taken", "Date taken", "Date decision made"), which a
 * forward plan may print after its entries ("Decisions taken since the last plan"): its rows are not entries.
 */
export const FP_DECIDED_HEADER = /^(?:date |decisions? )?(?:of )?(?:decisions? )?(?:taken|made)$/i;

/**
 * A forward plan column heading cut where it wraps onto the header's next line ("Decision" over "maker", "Date of" over
 * "decision", "Lead" over "officer"): a header line holding one names its columns only with the lines under it.
 */
export const FP_HEADER_CUT = /^(?:decision|date(?: of)?|lead|contact|first|key|reports?|documents?)$/i;

/**
 * "First published: 3 May 2031" closing a forward plan entry's matter cell, or in brackets under its reference
 * ("KD/31/004 (first published 3 May 2031)"): the date as printed.
 */
export const CELL_FIRST_PUBLISHED =
  /\s*\(?\bfirst (?:published|included|notified)(?: on)?\s*:?\s*(\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.? \d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\)?\.?$/i;

/**
 * The heading of a notice that part of a meeting will be held in private (the 28 day notice the 2012 Executive
 * Arrangements Regulations require, reg. 5): "Notice of intention to conduct business in private", "Notice of
 * private meeting". Its table lists the private items with their forward plan references: forward plan entries.
 */
export const PRIVATE_NOTICE_HEADING =
  /^(?:(?:formal\s+)?notice\s+of\s+(?:(?:the\s+)?intention|intent)\s+to\s+(?:conduct|hold|take|consider)\s+(?:(?:business|items?|decisions?|part\s+of\s+(?:the|a)\s+meeting|(?:a|the)\s+meeting)\s+)+in\s+private|notice\s+of\s+(?:a\s+)?private\s+(?:meeting|business|session)|private\s+(?:meeting|business)\s+notice)\b/i;

/**
 * The columns of a private business notice's table (Item | Forward Plan reference | Subject | Exempt under Schedule
 * 12A | Reason): it has no date column, since every item is decided at the meeting the notice gives. A column that
 * names both the subject and its maker ("Subject and decision maker") is the subject's, the maker labelled in it.
 */
export const PRIVATE_NOTICE_COLUMNS = {
  ref: /^(?:(?:forward\s+plan|key\s+decision|fp|kd)\s+)?(?:ref(?:erence)?s?\.?|no\.?|number)(?:\s+no\.?)?$/i,
  issue: /^(?:subject|title|matter|description|decision|(?:item|report)\s+title)(?:\s+(?:and\s+decision[- ]?maker|for\s+decision|to\s+be\s+(?:taken|made)))?$/i,
  makers: /^decision[- ]?(?:makers?|takers?)$/i,
  exempt: /\bexempt\b|schedule\s+12a|\bparagraphs?\b|category\s+of\s+exempt/i,
  date: /\bdate\b|\bwhen\b/i,
} as const;

/** A decision maker labelled inside a forward plan entry's subject cell ("… Wharf Road  Decision maker: Cabinet"): the maker. */
export const CELL_DECISION_MAKER = /\s*\bdecision[- ]?(?:maker|taker)s?\s*:\s*(.+)$/i;

/**
 * The labels of the meeting a notice is about ("Meeting: Cabinet", "Date and time: Tuesday 9 March 2031 at 6 pm"):
 * a private business notice's items are decided by that body on that date. "Date of this notice" is not the meeting's.
 */
export const NOTICE_MEETING_LABELS = {
  body: /^(?:meeting|body|decision[- ]?making\s+body|committee)\s*:?$/i,
  date: /^(?:date(?:\s+and\s+time)?|(?:meeting|decision)\s+date|date\s+(?:and\s+time\s+)?of\s+(?:the\s+)?meeting)\s*:?$/i,
} as const;

/**
 * A risk scored in a sentence of a report's risk section ("… assessed as likelihood 3 (possible) and impact 4 (major),
 * giving a risk score of 12", or listed with commas "… as likelihood 3, impact 4, giving a risk score of 12"): the
 * likelihood, the impact and the score, each perhaps with its word in brackets.
 */
export const RISK_SENTENCE =
  /\blikelihood\s+(?:(?:score\s+)?of\s+)?(\d)\b(?:\s*\([a-z -]{2,20}\))?(?:,?\s+(?:and|with)\s+|,\s*)(?:an?\s+)?impact\s+(?:(?:score\s+)?of\s+)?(\d)\b(?:\s*\([a-z -]{2,20}\))?,?\s+(?:giving|making|producing|resulting in|for)\s+(?:an?\s+)?(?:overall\s+|total\s+)?(?:risk\s+)?(?:score|rating)\s+(?:of\s+)?(\d{1,2})\b/i;

/**
 * Column headings of a risk table ("Risk | Likelihood | Impact | Score | Mitigation"), each perhaps wrapped
 * ("Likelihood" over "(1-5)"): the row under them holds the numbers.
 */
export const RISK_COLUMNS: Readonly<Record<'likelihood' | 'impact' | 'score', RegExp>> = {
  likelihood: /^(?:likelihood|probability)\b/i,
  impact: /^(?:impact|severity|consequence)\b/i,
  score: /^(?:(?:risk|overall|residual)\s+)?(?:score|rating)\b/i,
};

/**
 * A risk register printed as a wide table, one risk a row ("Ref | Risk and cause | Risk owner | Inherent L I Score |
 * Key controls | Residual L I Score | Trend | Target"): the header cells that name the reference, the risk and its
 * owner, and the second header tier of each assessment ("L | I | Score" under "Inherent" or "Residual").
 */
export const RISK_REGISTER_COLUMNS: Readonly<Record<'ref' | 'title' | 'owner' | 'likelihood' | 'impact' | 'score', RegExp>> = {
  ref: /^(?:ref(?:erence)?\.?(?:\s*no\.?)?|risk\s+(?:ref(?:erence)?|no|id)\.?|id|no\.?)$/i,
  title: /^(?:risk(?:\s+(?:and|&)\s+(?:cause|consequences?|effect))?|risk\s+(?:description|title|event)|description(?:\s+of\s+risk)?|risk\s+and\s+cause\s+and\s+effect)$/i,
  owner: /^(?:(?:risk\s+)?owners?|responsible\s+officer|lead(?:\s+officer)?)$/i,
  likelihood: /^(?:l|likelihood|p|probability)$/i,
  impact: /^(?:i|impact|c|consequence|s|severity)$/i,
  score: /^(?:score|rating|total|l\s*x\s*i)$/i,
};

/**
 * The first header tier naming an assessment over its "L | I | Score" cells: the register's risk is the current
 * (residual, net) one, never the inherent (gross) or target score.
 */
export const RISK_ASSESSMENT_GROUPS: ReadonlyArray<{ kind: 'current' | 'other'; pattern: RegExp }> = [
  { kind: 'current', pattern: /^(?:residual|current|net|controlled|post[- ]mitigation|with controls)(?:\s+(?:risk|score|rating))?$/i },
  { kind: 'other', pattern: /^(?:inherent|gross|original|initial|pre[- ]mitigation|uncontrolled|target|future)(?:\s+(?:risk|score|rating))?$/i },
];

/** A risk's reference at the start of its row ("SR01", "CR-12", "R7"): letters and a number. */
export const RISK_REF = /^[A-Z]{1,5}[-/ ]?\d{1,3}[a-z]?$/;

/** A label that ends a risk's headline in its cell ("Cause: …", "Consequence: …"): what follows is not the title. */
export const RISK_CELL_LABEL = /^(?:causes?|consequences?|effects?|impacts?|triggers?)\s*:/i;

/**
 * A party or group printed in brackets after a member's name ("(C)", "(Lab)", "(LD)", "(Ind)"): it is not the member's
 * role, and stays with the name as printed.
 */
export const PARTY_NOTE =
  /^(?:c|con|cons|conservative|lab|labour|lab\/co-?op|ld|lib ?dem|lib dems|liberal democrats?|grn|green|green party|ind|indep|independent|snp|pc|plaid(?: cymru)?|reform(?: uk)?|ref|ruk|ukip|ra|res|residents?(?: association)?|ng|non-?aligned|np|no party)$/i;

/**
 * The heading of a work programme column naming who is invited to give evidence on a topic ("Witnesses", "Invited
 * witnesses", "Witnesses / partners attending"), alone or after the lead's heading ("Lead / witnesses"): the lead column.
 */
export const WORK_PROGRAMME_WITNESS_HEADING = /(?:(?:invited|expected)\s+)?witness(?:es)?(?:\s*(?:\/|and|&)\s*(?:partners?|organisations?)(?:\s+(?:attending|invited))?)?/;

/**
 * Column headings of a work programme printed as a table ("Meeting date | Item | Purpose | Lead officer") and
 * the cell each names: the meeting's date, the item, and who leads it. A table of items not yet given a date
 * ("Items awaiting scheduling") has no date column.
 */
export const WORK_PROGRAMME_COLUMNS: Readonly<Record<'date' | 'item' | 'lead', RegExp>> = {
  date: /^(?:(?:meeting|committee)\s+dates?|dates?(?:\s+of\s+meeting)?|meeting)$/i,
  item: /^(?:items?|topics?|subjects?|titles?|reports?|business|agenda\s+items?|items?\s+title)$/i,
  // A scrutiny committee's lead column may name who is called to give evidence too ("Lead / witnesses", "Lead officer
  // / invited witnesses"), or only them ("Witnesses"): see WORK_PROGRAMME_WITNESS_HEADING.
  lead: new RegExp(
    `^(?:(?:lead(?:\\s+(?:officers?|members?|directors?|contacts?))?|(?:responsible|contact|report(?:ing)?)\\s+officers?|officers?|owners?|report\\s+authors?)(?:\\s*\\/\\s*(?:(?:cabinet|executive|portfolio)\\s+(?:members?|holders?|leads?)|${WORK_PROGRAMME_WITNESS_HEADING.source}))?|${WORK_PROGRAMME_WITNESS_HEADING.source})$`,
    'i',
  ),
};

/**
 * A mark in a work programme printed as a matrix of topics against meeting dates ("Subject | Lead | Format |
 * 3 Oct 31 | 5 Dec 31 | …"): the mark under a meeting's column says the topic goes to that meeting.
 */
export const MATRIX_MARK = /[●•✓✔✗■▪◆★]/g;

/** How many meeting-date column headings make a work programme's header row a matrix of topics against meetings. */
export const MATRIX_MIN_DATES = 3;

/** How many lines of prose may introduce a work programme between its heading and its table's column header row. */
export const WORK_PROGRAMME_INTRO_LINES = 20;

/** A word of a meeting-date cell wrapped over lines ("Tuesday 8" / "September" / "2026" / "(meeting held)"). */
export const DATE_CELL_WORD = new RegExp(`^(?:(?:${MONTH}|mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?[.,]?|\\d{1,2}(?:st|nd|rd|th)?,?|\\d{4}|\\(.*|.*\\))$`, 'i');

/**
 * The end of a table cell whose text runs on to the line below: a sentence stopped on a little word ("… against
 * the"), or a name or list broken at a hyphen or a slash ("Declan Ormiston-", "Reeve /"). A line under such a cell
 * continues its row even when every cell on it starts with a capital.
 */
export const CELL_RUNS_ON = /(?:\b(?:the|and|of|for|to|a|an|in|on|at|by|with|or|from|into|against)|[A-Za-z]-|[/–—])$/;

/**
 * What a meeting-date cell says of an item not yet given a meeting, at the start of the cell ("To be scheduled", "Date
 * to be confirmed", "TBC"): the cell's own words, which pdftotext may run into the item beside it with one space.
 */
export const UNDATED_CELL = /^(?:(?:date\s+)?to\s+be\s+(?:scheduled|confirmed|agreed|arranged|fixed|determined|decided)|not\s+yet\s+(?:scheduled|dated)|unscheduled|tb[acd])\b/i;

/** A note after the date in a meeting-date cell ("(meeting held)", "(provisional)"). */
export const DATE_CELL_NOTE = /\s*\([^)]*\)\s*$/;

/**
 * A note after the date in a row spanning a work programme's table to head a meeting's group ("Tuesday 4 June 2030 –
 * this meeting", "… (agenda published 27 May 2030)", "… – date to be confirmed"): the date before it heads the group.
 */
export const GROUP_ROW_NOTE = /\s*(?:\([^)]*\)|\s[-–—]\s.*)\s*$/;

/** An appendix's label before the title of what it holds ("Appendix A – ", "Annex 2: "). */
export const APPENDIX_PREFIX = /^(?:appendix|annex|schedule)\s+[a-z0-9]{1,3}\s*[-–—:]\s*/i;

/** Headings of a report's recommendations block. */
export const RECOMMENDATION_HEADING =
  /^(?:\d{1,2}(?:\.\d)?\.?\s+)?(?:recommendations?(?:\s*\(s\))?|recommended\s+(?:decisions?|resolutions?)|proposed\s+(?:decisions?|resolutions?)|decisions?\s+(?:required|sought|recommended)|the\s+decision|recommendation(?:s)?\s+(?:to|for)\s+[a-z ]{3,40})\s*:?$/i;

/** Headings of a report's summary. */
export const SUMMARY_HEADING =
  /^(?:\d{1,2}(?:\.\d)?\.?\s+)?(?:summary|executive\s+summary|purpose(?:\s+of\s+(?:the\s+)?report)?|report\s+summary|summary\s+of\s+(?:the\s+)?report|introduction\s+and\s+summary)\s*:?$/i;

/**
 * The kind of a report or decision record, as printed on its cover ("Report for information", "Mayoral Decision"). A
 * line that opens a bracket it does not close is a sentence wrapping on ("Record of an executive decision taken by an
 * officer under delegated powers (Access to Information" over "Procedure Rules …)", a form's statutory note under its
 * title), not the kind.
 */
export const REPORT_KIND_LINE =
  /^(?![^()]*\([^()]*$)(?:decision report|report for (?:decision|information|noting|consultation)|information report|key decision|non-key decision|cabinet decision|officer (?:key |delegated |executive )?decision(?: record)?|record of (?:an? )?(?:officer |delegated |executive |key )*decision(?:s)?(?: taken [a-z ]{3,60})?|delegated (?:officer )?decision(?: notice| record)?|(?:executive |individual )?(?:cabinet )?member decision(?: notice| record)?|(?:mayoral|mayor['’]s) decision(?: notice| record)?|decision notice)\b[^.]{0,80}$/i;

/**
 * One regex for a whole registry of anchored patterns: which entry matches `text`, or -1. Labels are
 * looked up for nearly every line of a pack, so one pass over the label beats a pass per entry.
 */
export function registryMatcher(patterns: readonly RegExp[]): (text: string) => number {
  // Each entry is one numbered group; `groupOf[k]` is entry k's group, after the groups of the entries before it.
  const groupOf: number[] = [];
  let group = 1;
  for (const re of patterns) {
    groupOf.push(group);
    group += 1 + ((new RegExp(`${re.source}|`).exec('') as RegExpExecArray).length - 1);
  }
  const body = patterns.map((re) => `(${re.source.replace(/^\^/, '').replace(/\$$/, '')})`).join('|');
  const combined = new RegExp(`^(?:${body})$`, patterns[0]?.flags.includes('i') ? 'i' : '');
  return (text) => {
    const m = combined.exec(text);
    if (!m) return -1;
    for (let k = 0; k < groupOf.length; k++) if (m[groupOf[k] as number] !== undefined) return k;
    return -1;
  };
}

/**
 * The "and" between two subjects of an officer's post ("Head of Estates and Parks", "Director of Finance and Assets")
 * or of a member's portfolio ("Cabinet Member for Finance and Property", "Portfolio Holder for Leisure and Parks"):
 * after a post word, "of" or "for" and a few capitalised words, before one capitalised word that ends the entry. It
 * joins the post's subjects, not two people. Group 1 is the post up to the "and".
 */
export const POST_SUBJECT_AND =
  /(\b(?:Head|Director|Manager|Officer|Lead|Chief|Member|Holder|Spokesperson|Champion)\s+(?:for|of)\s+(?:[A-Z][\w'’-]*\s+){0,3}?[A-Z][\w'’-]*)\s+and\s+(?=[A-Z][a-z'’-]+\s*(?:\(|[,;.\t\n]|$))/g;

/**
 * Job-title words: text with one of these after a name is a post, not another person. A local council's Responsible
 * Financial Officer goes by its letters ("Clerk and RFO").
 */
export const POST_WORDS =
  /\b(?:director|officer|manager|head|chief|executive|member|leader|chair(?:man|person)?|vice[- ]chair(?:man)?|mayor|clerk|rfo|secretary|treasurer|assistant|advis[eo]r|commissioner|superintendent|inspector|engineer|lead|holder|spokesperson|solicitor|counsel|coordinator|co-ordinator|consultant|analyst|accountant|actuary|auditor|representative|representing|principal|senior|deput[ey]|interim|acting|portfolio|cabinet|council|committee|services?|team|department|directorate|corporate|strategic|democratic|general|specialist|practitioner|worker|nurse|doctor|governor|trustee|partner|lawyer|planner|surveyor|architect|designated|(?:head)?teacher)\b/i;

/**
 * Words that end a job title or an officer's team ("Scrutiny Manager", "Finance Business Partner", "Panel Support
 * Officer", "Democratic Services Team"): words ending in one name a post, not a person. A body ("… District Council")
 * or a word that only qualifies a post ("Senior", "Interim") does not end one.
 */
export const POST_LAST_WORD =
  /^(?:director|officer|manager|head|chief|executive|member|leader|chair(?:man|person|woman)?|vice-chair(?:man)?|mayor|clerk|secretary|treasurer|assistant|advis[eo]r|commissioner|superintendent|inspector|engineer|lead|holder|spokesperson|solicitor|counsel|co-?ordinator|consultant|analyst|accountant|actuary|auditor|representative|specialist|practitioner|worker|nurse|doctor|governor|trustee|partner|lawyer|planner|surveyor|architect|(?:head)?teacher|team|services|support|unit)$/i;

/** Words of `POST_LAST_WORD` that are surnames too ("Orla Partner", "K L Holder"): they end a post only in words that are not a name. */
export const POST_OR_SURNAME = /^(?:head|chief|member|leader|chair(?:man|person|woman)?|vice-chair(?:man)?|mayor|holder|spokesperson|governor|trustee|partner)$/i;

/** The last word of a body or a part of one ("Fernby Parish Council", "Licensing Committee"): where a person comes from, not a job. */
export const BODY_LAST_WORD = /\b(?:council|committee|department|directorate)\W*$/i;

/**
 * The part a person plays in a hearing, printed after their name and a dash in an attendance list ("Applicant (Director,
 * Quayside Taverns Ltd)", "Solicitor for the Applicant", "Agent for the Applicant", "Objector (local resident)", "Interested party", "Witness for
 * the Respondent"): a party to the matter heard or the one who speaks for them, who attends; not a member of the body.
 */
export const HEARING_PARTY_ROLE =
  /^(?:(?:the|an?)\s+)?(?:(?:agent|solicitor|counsel|barrister|representative|witness)\s+(?:for|of|on\s+behalf\s+of)\s+(?:the\s+)?)?(?:(?:joint|lead|second)\s+)?(?:applicants?|objectors?|appellants?|respondents?|complainants?|petitioners?|witness(?:es)?|interested\s+part(?:y|ies)|representors?)\b/i;

/**
 * An organisation a person attends from, printed after their name and a comma ("Police Scotland", "Westmarch Constabulary",
 * "NHS Westmarch", "Environment Agency", "Quayside Taverns Ltd", "Northby Primary Care Network"): led by a national
 * service's name or ended by a word that names a body. Its words are capitalised as a name's are, but it is where the
 * person comes from, not another person.
 */
export const ORGANISATION_NAME =
  /^(?:(?:police|nhs|fire and rescue)\b[\w'’&. -]*|(?:[\w'’&.-]+\s+){1,5}(?:police|constabulary|agency|trust|ltd|limited|plc|llp|university|college|association|society|commission|authority|partnership|network|surgery|hospitals?|federation|alliance))$/i;

/**
 * One bullet of a web page's attendee list: a person, then after a dash or a comma what they are or where they come from
 * ("D Hocking – Deputy Clerk and Responsible Financial Officer", "PCSO M Eddy, Devon and Kernow Police"). An "and" in
 * that tail joins two posts or is part of a body's name; it does not start another person.
 */
export const BULLET_PERSON_TAIL = /^(.{3,80}?)(?:\s+[–—-]\s+|,\s+)([^–—]+)$/;

/** Honours and letters after a name that a comma does not separate from it. */
export const NAME_SUFFIX =
  /^(?:[A-Z]{2,6}|O\.?B\.?E\.?|M\.?B\.?E\.?|C\.?B\.?E\.?|J\.?P\.?|D\.?L\.?|K\.?C\.?|Q\.?C\.?|M\.?P\.?|M\.?S\.?P\.?|M\.?S\.?|A\.?M\.?|BEM|QPM|KPM|Hon\.?|Jnr|Snr|Jr|Sr)\.?$/;

/** A file size printed after a link on a web page ("PDF 161 KB", "pdf icon"). */
export const FILE_SIZE = /\s*(?:\(?\s*(?:pdf|docx?|xlsx?|pptx?|rtf|odt|html?|csv|zip)\s*(?:icon|file)?\s*,?\s*\d+(?:[.,]\d+)?\s*(?:kb|mb|gb|bytes?|k)\s*\)?|\bpdf icon\b)/gi;

/**
 * A committee website's meeting page prints, between its title ("Minutes" over "Council - Wednesday, 26th May, 2031
 * 7.00 pm") and the record, a bulleted list of links to the meeting's other pages ("- Agenda, reports and minutes",
 * "- Decisions", "- Webcast", "- Minutes of previous meeting: 3rd April, 2031") and a help line ("Please note: these minutes
 * are subject to confirmation at the next meeting"): the site's chrome, not a record of its own nor the minutes' text.
 */
export const MEETING_PAGE_LINK =
  /^(?:[-•●▪]\s+(?:agenda(?:,? (?:and )?reports?)?(?:,? and (?:minutes|decisions))?|(?:printed |draft )?(?:minutes|decisions)|attendance|(?:view the |watch the )?webcast|(?:draft )?minutes of (?:the )?(?:previous|next) meeting\b.*|(?:previous|next) meeting\b.*)|please note:? these minutes are (?:draft|subject to)\b.*)$/i;

/** A web meeting page's table header: "No. | Item". */
export const WEB_ITEM_HEADER = /^(?:no\.?|item no\.?|number|#)\s+(?:item|title|agenda item|subject)$/i;

/** Block labels inside an item of a web meeting page. */
export const WEB_BLOCK =
  /^(minutes|decision|decisions|resolved|outcome|supporting documents|additional documents|documents|attachments|recorded vote|recorded votes|vote|votes|presentation|appendices|background papers|report author|webcast|video)\s*:?$/i;

/**
 * A web meeting page's agenda item as a heading of its own section, number and title on one line (an accordion's
 * toggle: "Item 4 – Library Opening Hours", "Agenda item 2: Minutes"); the number is separated by a dash, colon or dot.
 */
export const WEB_SECTION_ITEM = /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}[a-z]?)\s*[-–—:.]\s*(\S.{1,300})$/i;

/**
 * A web meeting page's agenda item as the heading of its own section with no "Item" word, the number and a dot before
 * the title on one line (an accordion's toggle: "3. Minutes of the last meeting"). Inside a section the decision may
 * number its resolutions the same way ("1. To approve …"): a heading is the next item in turn, and its title ends no
 * sentence. See `webNumberedSection`.
 */
export const WEB_NUMBERED_SECTION = /^(\d{1,3})\.\s+(\S.{1,200})$/;

/**
 * The number and title of a web page's numbered section heading ("4. Public questions") when it is the item after
 * `last` (the first item when `last` is null, numbered 1); null for a numbered resolution or paragraph inside a section.
 */
export function webNumberedSection(text: string, last: string | null): { number: string; title: string } | null {
  const m = WEB_NUMBERED_SECTION.exec(text);
  if (!m || /[.;:,]$/.test(text)) return null;
  const n = Number(m[1]);
  if (n !== (last === null ? 1 : Number.parseInt(last, 10) + 1)) return null;
  return { number: m[1] as string, title: m[2] as string };
}

/** A row of a web meeting page's details list, its term and description side by side ("Date and time:\tTuesday …"). */
export const WEB_DETAILS_ROW = /^(?:date and time|date|time|venue|location|place)\s*:\t\S/i;

/**
 * An ordered list's marker alone on its line, number or letter ("5.", "b."), as a web page's list prints it before an
 * item that opens with a heading: the item's title is the line under it.
 */
export const LIST_MARKER_LINE = /^(?:\d{1,3}|[a-z])\.$/;

/** A web meeting page's agenda item numbered by its place in an ordered list: the browser's number alone on its line ("4."), the title under it. */
export const WEB_LIST_NUMBER = /^(\d{1,3})\.$/;

/**
 * A block heading of an issue's history page (a meeting system's "Issue - items at meetings"): the date and body of one
 * meeting, then the issue's item number at it ("Meeting: 03/09/2031 - Licensing Committee (Item 4)"). Each block, with
 * its "Decision" and "Minutes", is the record of its own meeting.
 */
export const WEB_MEETING_ITEM =
  /^meeting\s*:\s*(\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4})\s+[-–—]\s+(\S.{1,160}?)\s*\(\s*(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}[a-z]?)\s*\)$/i;

/**
 * The heading of a meeting system's page for one agenda item (reached from the meeting's agenda, "Agenda item - 7
 * Library Opening Hours"): the words "Agenda item", a dash, the item's number and its title. The page records that one
 * item at one meeting, named on the line under it.
 */
export const WEB_ITEM_PAGE_HEADING = /^agenda\s+item\s*[-–—:]\s*(\d{1,4}[a-z]?)\.?\s+(\S.{1,300})$/i;

/**
 * The line under an agenda item page's heading naming the meeting the item went to: the date (with a year), maybe its
 * time, a dash, then the body ("Meeting: Tuesday, 4th May, 2032 6.30 pm - Licensing Committee").
 */
export const WEB_ITEM_PAGE_MEETING = /^meeting\s*:\s*(\S.{4,80}?\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))?)\s+[-–—]\s+(\S.{1,160})$/i;

/**
 * The block of an agenda item page listing the interests declared on the item, a table of member and interest under it
 * ("Interests and Nature of Interests Declared:", "Declarations of interest:").
 */
export const WEB_DECLARATIONS_BLOCK =
  /^(?:declarations?\s+of\s+(?:[a-z]+\s+)?interests?|interests?(?:\s+and\s+nature\s+of\s+interests?)?\s+declared|(?:declared\s+)?interests?(?:\s+declared)?)\s*:?$/i;

/**
 * The labelled details a meeting system prints under an item's decision: who wrote the report, when the decision was
 * published and taken, the meeting it was taken at, and the date it takes effect once the call-in period is over
 * ("Effective from: 13/05/2032"). They close the record's last block.
 */
export const WEB_RECORD_DETAIL =
  /^(report authors?|lead officers?|publication date|date of publication|date published|date of decision|decision date|decided at meeting|effective from|date effective|call-in (?:deadline|expiry(?: date)?))\s*:\s*(\S.*)$/i;

/** Of the details under a decision, the one saying when it takes effect. */
export const WEB_EFFECTIVE_LABEL = /^(?:effective from|date effective)$/i;

/** An agenda item page's links to the meeting's other items ("Previous item: 6 …", "Next item: 8 …"): the record ends there. */
export const WEB_ITEM_NAV = /^(?:previous|next)\s+item\s*:/i;

/** The labels of a decision's explanation under it, kept with the record but not what was decided ("Reasons for decision:"). */
export const WEB_DECISION_EXPLANATION =
  /^(?:(?:the\s+)?reasons?\s+for\s+(?:the\s+)?decisions?|alternative\s+options?(?:\s+considered)?(?:\s+and\s+rejected)?|options?\s+considered(?:\s+and\s+rejected)?)\s*:?$/i;

/** A web page's heading over a record's labelled details, between its title and its labels ("Issue details"): not the title. */
export const DETAILS_BOX_HEADING = /^(?:issue|decision|report|item|key\s+decision|notice)\s+(?:details|information|summary)$/i;

/** The blocks of a web page's item section that record the meeting: its minutes or decisions. */
export const WEB_RECORD_BLOCKS = /^(?:minutes|decisions?)$/i;

/**
 * A web meeting page's block label with its text on the same line, as a CMS prints a bold lead-in before the item's
 * record ("Outcome: RESOLVED that …", "Vote: For 6, Against 2"): the label, then the block's first line.
 */
export const WEB_INLINE_BLOCK = /^(outcome|decision|decisions|vote|votes|recorded vote)\s*:\s+(\S.*)$/i;

/**
 * Tags a CMS prints beside an agenda item's title in its accordion's summary, each its own badge joined to the title
 * by a space ("Garden Waste Charges Recommendation to Council", "Review of Toilets Withdrawn"): not part of the title.
 */
export const WEB_ITEM_TAG =
  /\s+[([]?(?:withdrawn|deferred|postponed|recommendation to (?:full )?council|for decision|for information|for noting|key decision|urgent(?: item)?|late item|to follow)[)\]]?$/i;

/**
 * The page range a web page prints after an item's title, its papers' link ("Budget Report PDF (Pages 7 - 64)",
 * "… (Pages 9 - 12)"): group 1 the first page, group 2 the last. Not the title.
 */
export const WEB_ITEM_PAGES = /\s*(?:pdf\s*)?\(\s*(?:pages?|pp?\.?)\s*(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?\s*\)\s*$/i;

/**
 * The title of the item excluding the press and public: its note cites the paragraph of Schedule 12A for the items after
 * it, which are exempt; the exclusion itself is taken in public.
 */
export const EXCLUSION_ITEM_TITLE = /\bexclu(?:sion|ding)\s+(?:of\s+)?(?:the\s+)?(?:press|public)\b/i;

/**
 * A web page's strip of links run together on one line, set apart by bars ("Issue history | Attendance | Calendar"):
 * three links at least, none a sentence. Never a venue.
 */
export const LINK_STRIP = /^[^|]{1,40}(?:\s\|\s[^|]{1,40}){2,}$/;

/** A label printed after a web page's item title saying it is taken in private ("… Restricted", "… Exempt"). */
export const WEB_ACCESS_LABEL = /\s+[([]?(?:restricted|exempt|confidential|private|not for publication|part (?:2|ii|two))[)\]]?$/i;

/**
 * What was decided printed as a paragraph of its own under a web page's "Decision:" label, with no lead word before
 * it: a "That …" clause ("That the minutes … be approved") or the body with its verb in capitals ("Cabinet RESOLVED to
 * award …"). Prose under the label ("Apologies were received from …", "The decision is withheld …") decides nothing.
 */
export const BARE_RESOLUTION = /^(?:[Tt]hat\s+\S|(?:[Tt]he\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}(?:RESOLVED|AGREED|DECIDED)\b)/;

/** Kinds of web page block that hold what a minute decided or recorded. */
export const WEB_DECISION_BLOCKS = /^(?:decision|decisions|resolved|outcome)$/i;

/** What a label of a forward plan notice fills: the notice's reference, its matter, the decision and its maker, date, papers, exemption and contact. */
export type NoticeField = 'ref' | 'issue' | 'decision' | 'makers' | 'date' | 'published' | 'documents' | 'exempt' | 'contact' | 'status';

/**
 * Labels of a forward plan printed as notices one after another rather than a table, each a block of
 * "Label: value" lines ("Reference: …", "Decision maker: …", "Date of decision: …"), values wrapped onto
 * indented lines. A block starts at its reference and needs a decision maker and a date to be a notice.
 */
export const NOTICE_LABELS: ReadonlyArray<{ field: NoticeField; pattern: RegExp }> = [
  { field: 'ref', pattern: /^(?:(?:key decision|forward plan|fp|notice|decision|item)\s+)?(?:ref(?:erence)?(?:\s+(?:no\.?|number))?|no\.?|number)$/i },
  {
    field: 'published',
    pattern:
      /^(?:date\s+)?(?:(?:the\s+)?(?:notice|entry)(?:\s+of\s+(?:(?:the\s+)?(?:proposed|intended)\s+)?(?:key\s+)?decision)?\s+)?(?:first\s+published|first\s+(?:entered|included)(?:\s+in\s+(?:the\s+)?plan)?|date\s+(?:added|first\s+added)(?:\s+to\s+(?:the\s+)?plan)?|added\s+to\s+(?:the\s+)?plan)$/i,
  },
  {
    field: 'makers',
    pattern: /^(?:decision[- ]?(?:maker|taker)s?|decision\s+to\s+be\s+(?:taken|made)\s+by|who\s+will\s+(?:decide|take\s+the\s+decision)|decision[- ]making\s+body)$/i,
  },
  {
    field: 'date',
    pattern:
      /^(?:(?:expected|proposed|planned|anticipated)\s+)?(?:date\s+of\s+(?:the\s+)?decision|decision\s+date|decision\s+due(?:\s+date)?|due\s+date|date\s+(?:decision\s+)?(?:due|to\s+be\s+(?:taken|made))|when\s+(?:will\s+the\s+decision\s+be\s+)?(?:taken|made))$/i,
  },
  { field: 'decision', pattern: /^(?:decision(?:\s+to\s+be\s+(?:taken|made))?|proposed\s+decision|decision\s+required|what\s+is\s+(?:being|to\s+be)\s+decided)$/i },
  {
    field: 'issue',
    pattern: /^(?:title(?:\s+of\s+(?:the\s+)?(?:decision|report|proposal|item))?|subject|matter(?:\s+for\s+decision)?|issue|key\s+decision|description|proposal|report\s+title)$/i,
  },
  {
    field: 'documents',
    pattern: /^(?:documents?(?:\s+(?:to\s+be\s+)?(?:considered|submitted))?|reports?\s+and\s+(?:background\s+)?papers|papers|background\s+(?:documents|papers))$/i,
  },
  {
    field: 'exempt',
    pattern:
      /^(?:(?:part(?:ly)?|wholly|fully)\s+exempt|exempt(?:\s+information)?|exemption|(?:open|public)\s+or\s+(?:exempt|private)|confidential(?:ity)?|private\s+(?:information|report))$/i,
  },
  { field: 'contact', pattern: /^(?:contact(?:\s+(?:officer|details|person))?|lead\s+officer|report\s+author|officer\s+contact)$/i },
  // Where the entry stands ("For determination", "Decision taken …", "Withdrawn …"): kept with the entry as printed.
  { field: 'status', pattern: /^(?:(?:current|decision)\s+)?status$/i },
];

/**
 * A label that only the record of a decision already taken prints ("Call-in expiry date", "Conflicts of interest
 * declared", "Dispensation granted", "Reasons for the decision"): a label block holding one records a decision taken,
 * not one to come, however like a forward plan notice its maker and date rows are.
 */
export const DECISION_TAKEN_LABEL =
  /^(?:call[- ]in\s+(?:expiry|deadline|period\s+(?:ends|expires))(?:\s+date)?|date\s+call[- ]in\s+(?:period\s+)?(?:expires|ends)|(?:conflicts?|declarations?)\s+of\s+interests?\s+declared|(?:any\s+)?dispensations?\s+granted|reasons?\s+for\s+(?:the\s+)?decision)$/i;

/**
 * A badge printed after a notice's title on a web page ("… Review NEW", "… UPDATED"), in capitals: it marks the entry
 * as new or changed since the last plan and is no part of the title.
 */
export const NOTICE_TITLE_BADGE = /\s+(?:NEW|UPDATED|REVISED|AMENDED|CHANGED|DEFERRED)$/;

/**
 * Whom a decision maker consults, after a comma in the maker's cell ("Director of Place, in consultation with the
 * Portfolio Holder for Housing"): part of the one maker before it, not a second maker.
 */
export const MAKER_CONSULTS = /^(?:in|after|following)\s+consultation\s+with\b/i;

/**
 * A notice's reference printed as its heading, alone on its line over the notice's label rows ("FP/31/014", no
 * "Reference:" label): a reference of letters and numbers parted by slashes or dashes.
 */
export const NOTICE_REF_HEADING = /^([A-Za-z]{1,5}[/-]\d{2,4}[/-]\d{1,4}(?:[/-]\d{1,4})?)$/;

/**
 * A marker beside a notice's heading reference, often set at the right margin: the entry is new, changed or moved
 * since the last plan ("NEW", "DEFERRED from 3 March 2031"). It is no part of the reference or of any value.
 */
export const NOTICE_REF_MARKER = /^(?:NEW|UPDATED|REVISED|AMENDED|CHANGED|DEFERRED|RESCHEDULED|CARRIED FORWARD|MOVED)\b/;

/** A notice title over its summary and its labels: a line with no closing stop, colon or semicolon, of a title's length. */
export const NOTICE_TITLE = /^[^\t]{3,200}(?<![.:;,])$/;

/** A "Label: value" line of a notice: a short label of words, a colon, then the value (which may be empty). */
export const NOTICE_LABEL_LINE = /^([A-Za-z][A-Za-z.'()/ -]{1,50}?)\s*:\s*(.*)$/;

/**
 * The label cell of a notice printed as a box of label | value rows (one two-column table per decision, so
 * pdftotext prints "Decision maker      Cabinet"): a few words, no sentence. Its value wraps onto lines whose
 * label cell is empty; a row whose label the notices do not use ("Consultation") still belongs to the box. The label
 * may close with its colon ("Decision maker:      Cabinet").
 */
export const NOTICE_BOX_LABEL = /^[A-Za-z][A-Za-z.'()/ -]{1,50}:?$/;

/** A notice line whose value is only "Yes" or "No" ("Key decision: Yes") flags the notice: it never gives the notice's matter. */
export const NOTICE_FLAG_VALUE = /^(?:yes|no)\.?$/i;

/** A note in brackets after a notice's reference ("KD/31/012 (deferred)", "(new)", "(revised)"): not part of the reference. */
export const NOTICE_REF_NOTE = /\s+\([^()]*\)$/;

/**
 * A marker word printed after a notice's reference in its cell, without brackets ("KD/31/012 Withdrawn", "FP/31/07
 * New"): where the entry stands since the last plan, group 1. It is no part of the reference; the entry keeps it as
 * its status when no label gives one.
 */
export const NOTICE_REF_STATUS = /\s+(new|updated|revised|amended|changed|deferred|postponed|rescheduled|carried\s+forward|moved|withdrawn)$/i;

/** A contact line that is a whole contact: it holds an e-mail address. Under a contact that has one, it is the next contact, not the same one wrapped. */
export const NOTICE_CONTACT_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * The tail of a notice box's label wrapped in its narrow column onto the next line ("Documents to be" over
 * "considered:", "Exempt" over "information:"): a few lower-case words closing with the label's colon.
 */
export const NOTICE_LABEL_TAIL = /^[a-z(][a-z ()'/-]{0,38}:$/;

/** A when-word in brackets closing a date label ("Date of decision (not before)"): the qualifier of the bare dates under it. */
export const NOTICE_LABEL_QUALIFIER = /\s*\((not before|no earlier than|on or after|after|before|by|no later than)\)$/i;

/**
 * The label that opens one decision's notice in a published set of decision notices, one notice after another (often a
 * page each), each under its own title: "Decision maker: Cabinet", "Decision-taker:", "Decision made by:". The
 * non-blank line(s) right above it are that decision's title (see decisionNoticeHeadingAt in minutes.ts).
 */
export const DECISION_NOTICE_OPENING_LABEL = /^decision[- ]?(?:makers?|takers?|made\s+by|taken\s+by)\s*:/i;

/**
 * A sentence giving the deadline for calling in published decisions ("The deadline for call-in is 5.00 pm on Friday
 * 5 July", "Call-in period ends 12 noon, 9 May"): its time and date are the deadline's, never the meeting's.
 */
export const CALL_IN_DEADLINE_SENTENCE =
  /\b(?:deadline|expiry|last\s+day|period)\s+(?:for|of)\s+(?:the\s+)?call(?:ing)?[- ]?in\b|\bcall[- ]?in\s+(?:deadline|period\s+(?:ends|expires)|expires|ends)\b/i;

/**
 * A decision block inside a decision notice or record of decisions: "Decision: …", or "DECISION" alone as a heading,
 * also as "Decision made" / "Decisions taken" over each item's decision.
 */
export const DECISION_BLOCK =
  /^(?:(?:(?:[Cc]ommittee|COMMITTEE|[Pp]anel|PANEL|[Ss]ub-[Cc]ommittee|[Bb]oard|[Cc]abinet)(?:['’]s)?\s+)?(?:[Dd]ecisions?|DECISIONS?)\s*:|(?:DECISIONS?|THE DECISION|DECISIONS? (?:TAKEN|MADE)|Decisions?(?: (?:[Tt]aken|[Mm]ade))?|The [Dd]ecision)$)/;

/**
 * What a decision block says when nothing was decided on the item ("Decision: Not considered. The application was
 * withdrawn …", "Decision: Withdrawn by the applicant", "Decision: None"): no resolution.
 */
export const NOTHING_DECIDED =
  /^(?:not\s+(?:considered|determined|decided|debated|heard|taken)\b|(?:item\s+|application\s+|report\s+)?withdrawn\b|(?:the\s+)?(?:item|application|report|matter)\s+was\s+withdrawn\b|no\s+decision\b|(?:none|n\/a|not\s+applicable)\.?$)/i;

/**
 * The bare section headings of a hearing's decision notice (a standards complaint, a licensing review) under which the
 * panel's decision itself stands, with no "Decision:" block: its finding on the complaint ("Breach", "Finding on
 * breach", "Outcome") and what it imposed ("Sanctions", "Sanction imposed", "Action taken"). Their paragraphs and
 * numbered lists are the decision's resolutions; the notice's other sections (findings of fact, reasons, right of
 * appeal) explain it and resolve nothing.
 */
export const HEARING_OUTCOME_HEADINGS: readonly RegExp[] = [
  /^(?:(?:the\s+)?(?:sub-committee['’]s\s+|panel['’]s\s+|committee['’]s\s+)?(?:findings?\s+(?:on|of|as\s+to)\s+(?:the\s+)?)?(?:breach(?:es)?(?:\s+of\s+the\s+code(?:\s+of\s+conduct)?)?|no\s+breach)(?:\s+found)?)$/i,
  /^(?:sanctions?|sanctions?\s+(?:imposed|applied|decided|recommended)|action\s+(?:taken|to\s+be\s+taken)|outcome(?:\s+of\s+the\s+hearing)?)$/i,
];

/**
 * A letter's salutation ("Dear Ms Bell", "Dear Sir or Madam"): in a letter giving notice of a hearing's determination,
 * the subject heading the notice follows it.
 */
export const LETTER_SALUTATION = /^dear\s+\S.{0,60}$/i;

/** The heading alone over what a hearing decided, in a letter giving notice of it ("Determination", "The decision"). */
export const DETERMINATION_HEADING = /^(?:the\s+)?(?:determination|decision)(?:\s+of\s+the\s+[a-z -]{3,40})?\s*:?$/i;

/**
 * The body a notice is signed for ("… on behalf of Councillor A Bell, Chair of the Licensing Panel"): the body, group 1,
 * that heard the matter when no heading names it.
 */
export const SIGNED_FOR_BODY =
  /\b(?:[Cc]hair(?:man|person)?|[Vv]ice-[Cc]hair(?:man)?|[Cc]lerk)\s+(?:of|to)\s+the\s+((?:[A-Z][\w'’-]*\s+){0,4}(?:Sub-Committee|Committee|Panel|Board|Cabinet))\b/;

/**
 * The label of a decision notice's "Label: value" block that dates the meeting or hearing it records ("Date of
 * hearing: …"), not the notice.
 */
export const MEETING_DATE_LABEL = /^(?:date\s+of\s+(?:the\s+)?(?:hearing|meeting|sitting)|(?:hearing|meeting)\s+date|heard\s+on)\s*:/i;

/**
 * A record of decisions' item heading, by agenda item: "Item 5   COUNCIL TAX SUPPORT SCHEME   KEY DECISION",
 * "Agenda item 7: School Streets". The decision's kind printed after the title is not part of it, nor is a status tag a
 * web page sets in the heading after the title ("Item 6: 3 Mill Lane Withdrawn", "… (DEFERRED)").
 */
export const ITEM_HEADING =
  /^(?:agenda\s+)?item\s+(?:no\.?\s*)?(\d{1,4}(?:\.\d{1,2})?[a-z]?)\s*[.:\-–—]?\s+(\S.{2,200}?)(?:\s+\(?(?:non[- ]key|key)\s+decision\)?|\s+\(?(?:withdrawn|deferred|postponed)\)?)?$/i;

/**
 * An item's title that is a site's address, as a planning committee heads each application ("14–18 Mill Parade",
 * "3a Church Lane", "42 High Street"): a house number, or a range of them, before a capitalised street or building name.
 */
export const ADDRESS_TITLE = /^\d{1,4}[A-Za-z]?(?:\s*[–—-]\s*\d{1,4}[A-Za-z]?)?,?\s+[A-Z][a-z'’]/;

/**
 * A field's label opening a line of an item in a record of decisions ("Vote: For 6, Against 1", "Speakers:", "Ward:
 * Millbank"): a few words and a colon, the value beside it or in a list under it (group 1 the label).
 */
export const ITEM_FIELD_LABEL = /^([A-Z][A-Za-z'’ ()/-]{1,40}?)\s*:(?:\s|$)/;

/** Sub-headings inside an item of a record of decisions, in capitals, alone on their line: where what was decided stops. */
export const DECISION_SECTION_HEADINGS: ReadonlyArray<{ kind: 'reasons' | 'alternatives' | 'declarations' | 'dispensations'; pattern: RegExp }> = [
  { kind: 'reasons', pattern: /^reasons?(?:\s+for\s+(?:the\s+)?decisions?)?\s*:?$/i },
  {
    kind: 'alternatives',
    pattern:
      /^(?:alternatives?\s+options?(?:\s+(?:considered|rejected))?(?:\s+and\s+rejected)?|alternatives\s+(?:considered|rejected)(?:\s+and\s+rejected)?|options?\s+considered(?:\s+and\s+rejected)?)\s*:?$/i,
  },
  {
    kind: 'declarations',
    pattern:
      /^(?:declarations?(?:\s+of\s+(?:[a-z]+\s+){0,3}interests?)?|conflicts?\s+of\s+interest(?:\s+declared)?|interests?\s+(?:and\s+(?:the\s+)?nature\s+of\s+(?:the\s+)?interests?\s+)?declared)(?:\s+\(?(?:if\s+any|by\s+[a-z ]+)\)?)?\s*:?$/i,
  },
  { kind: 'dispensations', pattern: /^(?:dispensations?(?:\s+(?:granted|given|held))?|details\s+of\s+(?:any\s+)?dispensations?(?:\s+granted)?)\s*:?$/i },
];

/**
 * Labelled lines under a record of decisions' heading that date the record, not the meeting ("Publication date:",
 * "Issued:", "Call-in deadline:"): the meeting's heading ends above them.
 */
export const RECORD_DATE_LABELS =
  /^(?:(?:date\s+of\s+)?publication(?:\s+date)?|(?:decisions?\s+)?(?:published|issued)(?:\s+on)?|date\s+(?:published|issued|of\s+issue)|call[- ]in\s+(?:deadline|expiry|expires|period(?:\s+ends)?|date|by)|(?:decisions?\s+)?(?:effective|implementation)\s+date|date\s+(?:decisions?\s+)?(?:come|comes)\s+into\s+force)\s*:/i;

/**
 * A label printed after an agenda item's title saying it is taken in private, as a web page's badge reads once its
 * tags go ("… Findings Not for publication", "… Review (Exempt)"): the item is exempt, the label no part of its title.
 * A bare "Exempt" or "Confidential" after a word that makes it the title's own ("Items which are exempt") stays.
 */
export const AGENDA_ACCESS_BADGE =
  /(?<!\b(?:are|is|be|being|was|were|as|and|or|of|not|deemed)) +(?:[([](?:exempt|confidential|private|restricted|not for publication|part (?:2|ii|two))[)\]]|not for publication|exempt|confidential)$/i;

/**
 * A pages-column cell on an agenda that is no page range but says when or how the paper comes ("To follow", "Report to
 * follow", "To be circulated", "Tabled", "Verbal"), printed far right of the title where the item's pages would be: the
 * item's note, not the end of its title.
 */
export const AGENDA_PAGES_CELL_NOTE =
  /^\(?\s*(?:(?:(?:report|reports|paper|papers|appendix|appendices|presentation)\s+)?(?:to follow|to be circulated|to be tabled|tabled|to come)|verbal(?:\s+(?:report|update))?)\s*\)?$/i;

/**
 * A line of its own under an agenda item's title saying when its paper comes ("Report to follow.", "Papers to be
 * tabled", "Verbal update"): the item's note, not the title's wrapped line.
 */
export const AGENDA_PAPER_LINE =
  /^\(?\s*(?:(?:report|reports|paper|papers|appendix|appendices|presentation)\s+(?:to follow|to be circulated|to be tabled|to come)|verbal\s+(?:report|update))\s*\)?\.?$/i;

/** A note in brackets ending an agenda item's title that says when or how its paper comes ("(Report to follow)", "(Verbal update)"): the item's note, not its title. */
export const AGENDA_PAPER_NOTE =
  /\s*\(\s*((?:(?:report|reports|paper|papers|appendix|appendices|presentation|item)\s+)?(?:to follow|to be circulated|to be tabled|tabled|to come)|verbal(?:\s+(?:report|update))?)\s*\)\s*$/i;

/**
 * An agenda item's note printed on the title's line after a dash ("Apologies for absence – to receive apologies",
 * "Staffing matters – Confidential. To resolve …"): what follows starts lower-case, with "To …", or says the item is private.
 * A private paper named after the dash ("Depot Sale – Exempt Appendix B: Valuation") is the title's, and so is a
 * phrase in lower case that is no instruction ("Play area – annual inspection report") when the item's note is
 * printed on lines of its own below it (agenda.ts).
 */
export const AGENDA_INLINE_NOTE =
  /^(\S.{2,200}?)\s+[–—-]\s+((?:[a-z]|To\s|(?:Confidential|Exempt|Private|Restricted|Not for publication)\b(?!\s+(?:[Aa]ppendi(?:x|ces)|[Aa]nnex(?:es)?|[Rr]eport|[Ss]chedule|[Pp]apers?)\b)).*)$/;

/**
 * A planning application's reference opening an agenda item ("P/27/0412/HH – 14 Mill Lane – rear extension",
 * "24/01234/FUL – Land at …", "DC/25/0071/LBC"): slash-separated letters and digits with at least one run of digits. Its
 * dashes part reference, site and proposal, all the item's title, not a title and its note.
 */
export const PLANNING_APPLICATION_REFERENCE = /^(?=[A-Z0-9/.-]*\d)[A-Z0-9]{1,6}(?:[/.-][A-Z0-9]{1,8}){2,4}(?=\s)/;

/** A line printed as a heading (Markdown's "## …"): its text is whole, a title and nothing after. */
export const HEADING_LINE = /^#{1,6}\s/;

/**
 * A contents list's dot leader from an agenda item's title to its entry in the page column ("Minutes . . . . . 3",
 * "Budget ........ 7 - 12", "Performance report . . . . To follow"): the leader, and what it leads to.
 */
export const DOT_LEADER = /\s*(?:\.\s?){4,}\s*(\S.{0,40})?$/;

/** A page column's entry after a dot leader, or a bare cell under a "Pages" heading, that is a page or a range of pages. */
export const LEADER_PAGES = new RegExp(String.raw`^${PAGE_SPAN}$`);

/** A sentence on a front sheet that gives the clerk's or office's address for questions and enquiries. */
export const CONTACT_SENTENCE = /\b(?:clerk|democratic services|committee services|governance|contact|enquiries|questions?)\b/i;

/**
 * A summons written as a letter ("You are summoned to …", "You are requested to attend a meeting of …"): the name and
 * post signed under it are who issued it.
 */
export const SUMMONS_LETTER = /\b(?:summoned|summons|(?:requested|required|invited) to attend)\b/i;

/** A line that closes an agenda when not itself a numbered item ("Date of next meeting: …"): nothing after it is an item's note. */
export const AGENDA_CLOSING = /^(?:date(?:,?\s+time\s+and\s+(?:venue|place))?\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\b/i;

/**
 * Column headings of an agenda printed as a table with more beside each item than its pages ("Time | Item | Lead |
 * Paper", "Item | Presenter | Time", "Time | Item | Subject | Lead | Paper | Purpose"): the column holding each item's
 * title (and its number, unless a number column stands before it), and the columns that are not its title (when it
 * starts, who leads it, its paper, what it is for). Read by position, the other columns stay out of the title.
 */
export const AGENDA_TABLE_COLUMNS: ReadonlyArray<{ column: 'time' | 'number' | 'item' | 'lead' | 'paper' | 'purpose'; pattern: RegExp }> = [
  { column: 'time', pattern: /^(?:time|times|timings?|start(?:\s+time)?|approx(?:\.|imate)?\s+time)$/i },
  // A number column of its own ("No."); an "Item" column before a "Subject" column is one too (read in readAgendaTable).
  { column: 'number', pattern: /^(?:no\.?|item\s+no\.?|number|#)$/i },
  { column: 'item', pattern: /^(?:item|items|agenda\s+item|business|subject|title|no\.?\s+item)$/i },
  { column: 'lead', pattern: /^(?:lead|leads|lead\s+(?:officer|member|presenter)s?|presenter|presented\s+by|presenting\s+officer|speaker|report\s+of|officer)$/i },
  { column: 'paper', pattern: /^(?:paper|papers|paper\s+ref(?:erence)?|report|enclosure|attachment|pages?|page\s+no\.?)$/i },
  // What the item is brought for ("For decision", "For noting"): not its title.
  { column: 'purpose', pattern: /^(?:purpose|for|status|action\s+required|decision\s+required)$/i },
];

/**
 * Column headings of an index of sub-items printed as a table under an agenda item ("Item | Application no. | Site
 * address | Ward | Recommendation | Page"), between its number column and its page column: the columns that name the
 * sub-item (its title) and those that only say more of it (its note). Every cell may wrap over lines, the page range too.
 */
export const ITEM_INDEX_COLUMNS: ReadonlyArray<{ column: 'title' | 'note'; pattern: RegExp }> = [
  {
    column: 'title',
    pattern: /^(?:(?:application|case|planning)\s+(?:no\.?|number|ref(?:erence)?\.?)|ref(?:erence)?\.?(?:\s+no\.?)?|(?:site\s+)?(?:address|location)|site|proposal|description)$/i,
  },
  { column: 'note', pattern: /^(?:wards?(?:\s*\(s\))?|parish(?:es)?|(?:officer\s+)?recommendation|applicant|agent|case\s+officer|type)$/i },
];

/**
 * The heading of an action plan's number column ("No.", "Ref", "#"), which may wrap onto the header's second line
 * ("Action" over "no.", "Item" over "ref"): the heading with its lines joined.
 */
export const ACTION_NUMBER_HEADER = /^(?:#|no\.?|ref\.?|number|item|(?:action|item|ref|rec(?:ommendation)?)\s+(?:no\.?|ref\.?|number))$/i;

/**
 * An action log's reference in its number column ("AS/26/07", "ACT-24-3", or a letter set on the year: "B25/07"):
 * letters, a year, a count; unanchored, for composing.
 */
export const ACTION_REF = /[A-Z]{1,5}[/-]?\d{2,4}[/-]\d{1,4}/;

/**
 * A RAG rating printed as its letter, a dash, then the status ("R – Overdue", "A – In progress", "B – Complete"): the
 * letter (group 1) and the status (group 2). A key under the table usually spells the letters out; B is blue, complete.
 */
export const RAG_LETTER = /^([RAGB])\s+[–—-]\s+(\S.*)$/;

/**
 * A typed cell of a laid-out table row run on one space after the cell to its left, so that it starts short of its own
 * column ("Hugo Penrose & Ivo 14/04/2031 G – On track"): under a header matching `header`, the word(s) `tail` finds
 * ending the cell to the left (group 1) are that column's (with `alone`, only where its own cell is empty on the line).
 * A due date's column takes a date; a status column a RAG letter and its dash.
 */
export const JAMMED_CELL_TAILS: ReadonlyArray<{ header: RegExp; tail: RegExp; alone?: boolean }> = [
  { header: /^(?:due|target|deadline|completion)(?:\s+date)?$|^date\s+due$/i, tail: /\s(\d{1,2}\/\d{1,2}\/\d{2,4})$/ },
  { header: /\brag\b|^status\b/i, tail: /\s([RAGB]\s+[–—-])$/ },
  // A lead's titled name run on after the action's first line, the lead's own cell empty there ("… the carers directory Cllr A Bell").
  { header: /^(?:owner|lead|responsib)/i, tail: /\s((?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,2})$/u, alone: true },
  // A reference's date in brackets under it ("(9 Mar 2027)"), the next column's words run on after it.
  { header: /./, tail: /(?<=^\([^()]{0,20}\d{4}\))\s+(\S.*)$/ },
];

/** The colour each RAG letter stands for. */
/**
 * A due cell naming the meeting an action is due at by its month ("June 2031 meeting", "the March 2030 Board",
 * "September 2029 Committee meeting"): when it is due, with no exact date, not the action's status.
 */
export const DUE_AT_MEETING =
  /^(?:the\s+|next\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:19|20)\d{2}\s+(?:(?:board|committee|panel|cabinet|council|forum|group)\s+)?(?:meeting|board|committee|panel|cabinet|council|forum|group)$/i;

export const RAG_LETTERS = { R: 'Red', A: 'Amber', G: 'Green', B: 'Blue' } as const;

/**
 * A status printed first in a cell that also holds the update ("Status / Update": "Complete" over "Circulated on …"):
 * the status, and the update after it.
 */
export const STATUS_THEN_UPDATE =
  /^(complete(?:d)?|overdue|in progress|not (?:yet )?(?:due|started)|on track|on hold|ongoing|open|closed|delayed|deferred|superseded|withdrawn)\b[.:;,]?\s*(.*)$/i;

/**
 * Column headings of an action log printed without numbers ("Action | Owner | Due", "Agreed action | Lead | Deadline"):
 * what is to be done, who does it and by when. A log's header holds these three and nothing else.
 */
export const ACTION_LOG_COLUMNS: ReadonlyArray<{ column: 'action' | 'owner' | 'due'; pattern: RegExp }> = [
  { column: 'action', pattern: /^(?:actions?(?:\s+(?:agreed|required))?|agreed\s+actions?)$/i },
  { column: 'owner', pattern: /^(?:owners?|action\s+(?:by|owner)|lead(?:\s+officer)?|responsible(?:\s+officer)?|by\s+whom|who)$/i },
  { column: 'due', pattern: /^(?:due(?:\s+date)?|deadline|target\s+date|by\s+when|date\s+due|timescale)$/i },
];

/**
 * A minutes table's column of what was said ("Discussion", "Discussion and decisions"): a table with one is minutes
 * with an action column ("Item | Discussion | Action (owner)"), not an action plan. ("Minute" heads a log's reference.)
 */
export const MINUTE_DISCUSSION_COLUMN = /^discussion(?:\s+(?:and|&|\/)\s+(?:decisions?|resolutions?|outcomes?))?$/i;

/**
 * Column headings of a numbered action plan that name its action ("Action", "Agreed action", "Response / action"):
 * what is to be done. A plan answering a review prints what it answers in a column before it (PLAN_PROMPT_COLUMN).
 */
export const PLAN_ACTION_COLUMN = /^(?:(?:agreed|proposed|planned|our)\s+)?(?:response\s*\/\s*)?actions?\b/i;

/**
 * The column of an action log that says which meeting agreed each action ("Meeting", "Meeting date", "Date agreed",
 * "Date raised"): its date is kept with the action.
 */
export const PLAN_MEETING_COLUMN = /^(?:(?:committee\s+)?meeting(?:\s+date)?|date\s+(?:of\s+meeting|agreed|raised|added|set)|(?:agreed|raised)\s+(?:at|on))$/i;

/**
 * The column of an action plan printed before the action that says what it answers ("Recommendation", "Review team
 * recommendation", "Finding", "Area for improvement"): kept with the action, since the contract has no field of its own for it.
 */
export const PLAN_PROMPT_COLUMN = /^(?:[a-z]+\s+){0,2}(?:recommendations?|findings?|issues?|areas?\s+for\s+improvement)$/i;

/**
 * The column of a plan answering a review that gives the response to what it answers, between it and the action
 * ("Cabinet response", "Executive response", "Management response": "Accepted", "Not accepted" and why): kept with the action.
 */
export const PLAN_RESPONSE_COLUMN = /^(?:[a-z]+\s+)?(?:response|decision)(?:\s*\([^()]{1,80}\))?$/i;

/**
 * The first column of a plan that groups its numbered rows, a cell spanning each group's rows ("Review" | "Rec No." |
 * …: the review's title over the recommendations made by it, numbered afresh from 1): each group is a plan of its own.
 */
export const PLAN_GROUP_COLUMN = /^(?:(?:scrutiny|in-depth)\s+)?(?:review|inquiry|theme|topic|workstream|priority|objective)(?:\s+(?:title|name))?$/i;

/** An appendix's heading over the table it holds ("Appendix A – Action Plan", "Annex 2: Improvement plan"): the table's title. */
export const APPENDIX_HEADING = /^(?:appendix|annex|schedule)\s+[a-z0-9]{1,3}\s*[-–—:]\s*\S/i;

/** The columns of an attendance register, one person a row ("Attendee | Role | Attendance"): who, their role, and whether they came. */
export const ATTENDANCE_REGISTER_COLUMNS: ReadonlyArray<{ column: 'name' | 'role' | 'status'; pattern: RegExp }> = [
  { column: 'name', pattern: /^(?:attendee|name|(?:(?:board|committee|panel|partnership|forum|voting) )?member|councillor|person|attendee name)s?$/i },
  // The body a member sits for on a joint committee ("Constituent council", "Appointing authority", "Council"); a
  // Cabinet member's portfolio ("Member | Portfolio | Attendance").
  {
    column: 'role',
    pattern:
      /^(?:role|position|post|capacity|(?:cabinet )?portfolio|membership|type|representing|organi[sz]ation|sector|(?:(?:constituent|partner|member|appointing|nominating|home) )?(?:council|authority|body))$/i,
  },
  { column: 'status', pattern: /^(?:attendance|status|attendance status|attended|present|present\s*\/\s*(?:apologies|absent)(?:\s*\/\s*(?:apologies|absent))?)$/i },
];

/** A register's name cell that is a label ending in a colon ("Also present:", "Officers in attendance:"): a row of its own under the register, no one's. */
export const REGISTER_ROW_LABEL = /:$/;

/**
 * What an attendance register's status cell says, as an attendance group; an unknown status places no one. A member
 * present for part of the meeting is present ("Present from 7.40pm", "Present from minute 12", "Present until item 9",
 * "Arrived at 7.15pm", "Present (late)", "Left after minute 8"), and so is one whose Present carries a bracketed note
 * of substitution or of an item missed ("Present (substitute for Cllr A)", "Present (absent for minute 12)").
 */
export const ATTENDANCE_STATUSES: ReadonlyArray<{ kind: 'present' | 'apologies' | 'absent'; pattern: RegExp }> = [
  { kind: 'apologies', pattern: /^(?:apologies(?: for absence)?|apologies received|apology|sent apologies|apologies sent)$/i },
  { kind: 'absent', pattern: /^(?:absent|did not attend|not present|no)$/i },
  {
    kind: 'present',
    pattern:
      /^(?:present|attended|in attendance|yes|present\s*\((?:as )?(?:a )?(?:substitute|deputising|substituting|absent|not present|out of the room|withdrew|left|except)\b[^)]*\)|present(?:,? (?:virtually|remotely|in person))|attended (?:virtually|remotely|in person)|remote|virtual|in person|(?:attended|present) as (?:a )?substitute\b.*|substitute(?: present)?|(?:substitute|substituting|deputising|deputy) (?:for|member for)\b.*|present,?\s*\(?(?:from|until|till|after|to|for part|arrived|joined|left|late)\b.*|(?:arrived|joined)(?: late)?(?: (?:at|from|during|after|before)\b.*)?|(?:left|departed) (?:at|during|after|before)\b.*|late(?: arrival)?(?: \(.*\))?)$/i,
  },
];

/**
 * A tracker's column headers by role: its status ("Status", "RAG", or whether each recommendation was taken up:
 * "Accepted?", "Agreed?"), the response to each recommendation ("Executive response", "Cabinet response"), which
 * is the row's outcome and makes the recommendation column its item, a response and progress printed together ("Response /
 * Update", "Progress to date"), which beside a reference and a recommendation leaves the recommendation the outcome, and a
 * target date.
 */
export const TRACKER_COLUMNS: Readonly<Record<'status' | 'response' | 'update' | 'target' | 'reference', RegExp>> = {
  status: /status|\brag\b|^(?:accepted|agreed)\s*\??$/i,
  response: /\bresponse$/i,
  update: /^(?:(?:response|progress)\s*[/&]\s*(?:update|progress)|(?:latest |progress )?update|progress(?: to date)?|current position)$/i,
  target: /^(?:target|due|completion)(?: date)?$|^(?:date due|by when)$/i,
  reference: /^ref(?:erence)?\.?(?:\s+no\.?)?$/i,
};

/**
 * A tracker's due date with the next column's words printed one space after it ("31/08/27 In" over "progress" in the
 * status column): the date (group 1) and the words that are the status's (group 2).
 */
export const TARGET_CELL_SPILL = /^(\d{1,2}\/\d{1,2}\/\d{2,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4})\s+(\S.*)$/;

/**
 * The words of a tracker's status cell when a response table prints one jammed a space after the response to its
 * left: a whole status on a row's first line ("… Tees Meadow Accepted"), and the tail of a status wrapped after
 * its head ("Partially" over "… in the accepted").
 */
export const TRACKER_STATUS_WORDS: Readonly<Record<'first' | 'head' | 'tail', RegExp>> = {
  first: /^(?:Accepted|Agreed|Rejected|Supported|Partially|Partly|Not)$/,
  head: /(?:^|\s)(?:partially|partly|not)$/i,
  tail: /^(?:accepted|agreed|rejected|supported)$/,
};

/**
 * A laid-out table row's key cell: a number or a reference holds a digit ("3", "12.", "CAB/12", "HS/26/04"), which no
 * wrapped line of a header does ("Date of" over "meeting"). A line with one under the key column starts the rows.
 */
export const TABLE_ROW_KEY = /\d/;

/** The heading of a key under a tracker's table ("Key", "RAG key", "Status key:", "Key to RAG status"): what follows explains its codes and holds no rows. */
export const TABLE_KEY_HEADING = /^(?:(?:rag|status)\s+)?key(?:\s+to\s+(?:the\s+)?(?:rag|status)(?:\s+(?:status|ratings?|colou?rs|codes))?)?\s*:?$/i;

/**
 * The key printed by an attendance register whose status cells are codes ("Key: P = present; A = apologies; S = substitute"):
 * the line's pairs, each a code and what it means. A code is read only through the key printed with its register.
 */
export const REGISTER_KEY = /^key\s*[:\-–—]\s*(.+)$/i;

/**
 * A substitute named with the member they stood in for ("Dr A Bell (Partner Trust – Medical Director) attended for Dr C
 * Dunn", "Cllr E Fox substituted for Cllr G Hale"): group 1 the person, who sat as a member, their post in brackets
 * dropped.
 */
export const SUBSTITUTE_ATTENDED_FOR = /^(.+?)(?:\s*\([^()]*\))?\s+(?:attended|sat|substituted|deputised|deputized)(?:\s+as\s+(?:a\s+)?substitute)?\s+(?:for|in place of)\s+\S.*$/i;

/** A footnote's mark closing a register's status cell ("Apologies *", "Present †"): the note is under the table. */
export const REGISTER_FOOTNOTE_MARK = /\s*[*†‡]+$/;

/** One "code = meaning" pair of a register's key, up to the next ";" or ",". */
export const REGISTER_KEY_PAIR = /(?:^|[;,]\s*)([A-Za-z]{1,4})(?:\s*=\s*|\s+[–—]\s+)([^;,]+)/g;

/** A role in an attendance register that is a post, not a seat: the person attends and is not a member present. */
export const REGISTER_OFFICER_ROLE = /^(?:officer|officers|clerk|adviser|advisor|legal adviser|democratic services|minute taker|guest|presenter|witness|in attendance)$/i;

/** A role in an attendance register that only says the person sits on the body: no role of their own. */
export const REGISTER_PLAIN_ROLE = /^(?:member|members|councillor|committee member|voting member)$/i;

/** A venue printed on its own line under a stacked heading's date: a place by its words ("Council Chamber, Town Hall") or its postcode. */
export const STACKED_VENUE =
  /^(?=[A-Z0-9])(?:.{0,150}\b(?:chamber|room|hall|house|centre|center|offices?|library|suite|building|civic|guildhall|pavilion|institute|online|virtual|microsoft teams|zoom)\b.{0,150}|.{0,150},\s*[A-Z]{1,2}\d{1,2}[A-Z]?\s*\d[A-Z]{2})$/i;

/** What follows a heading line's date and time after a comma or dash ("…, 6.00pm, Committee Room 2, Town Hall"): the place it names, perhaps. */
export const DATE_LINE_PLACE = /^\s*[,;–—-]\s*(\S.*?)[\s.,]*$/;

/**
 * The key printed under an attendance grid that marks each member with a letter ("Key: P = Present   A = Apologies
 * for absence"): the text after the label holds the marks and their meanings.
 */
export const ATTENDANCE_KEY_LINE = /^key\s*[:–—-]?\s*(\S{1,3}\s*[=:–—-]\s*\S.*)$/i;

/** One mark of an attendance key and what it means ("P = Present", "A - Apologies"), up to the next mark or a gap. */
export const ATTENDANCE_KEY_ENTRY = /(\S{1,3})\s*[=:–—-]\s*([A-Za-z][A-Za-z '’()/-]*?)(?=\s{2,}|\s*[,;]\s*|\s+\S{1,3}\s*[=:–—-]\s|\s*$)/g;

/** Words that end a kind of attendee after an attendance label ("– Voting Members", "– Partner Organisations"): not a person's name. */
export const ATTENDEE_KIND =
  /\b(?:members|councillors|officers|officials|witnesses|organisations|partners|representatives|advis[eo]rs|guests|speakers|observers|attendees|staff|bodies|agencies)$/i;

/**
 * An attendance label with a note in brackets on what its members sit for or how they attended ("Members present
 * (wards)", "Board members present (County Council divisions)", "Present (in person):"): the label (group 1) is the
 * attendance label, capitalised as a heading is; the note (group 2) names no one and has no number (a wrapped line
 * ending "members (minute 45)" is no label).
 */
export const NOTED_ATTENDANCE_LABEL = /^([A-Z][A-Za-z '’/-]{1,40}?)\s*\(([^()\d]{2,60})\)\s*:?$/;

/**
 * An attendance label with what kind of attendee it lists after a dash ("IN ATTENDANCE – OFFICERS", "Present -
 * Voting Members"): the label (group 1) is the attendance label; the kind (group 2) is a few words, not a person.
 */
export const QUALIFIED_ATTENDANCE_LABEL = /^([A-Za-z][A-Za-z '’/]{1,40}?)\s+[–—-]\s+([A-Za-z][A-Za-z '’()/&-]{1,40}?)\s*:?$/;

/**
 * Short words of English prose that the other language of a bilingual document (Welsh, Scottish Gaelic, Irish)
 * does not print: a column of prose holding many of them is the English one (parallel-text.ts).
 */
export const ENGLISH_PROSE_WORDS =
  /^(?:the|of|and|to|in|on|for|be|was|were|that|with|from|by|has|had|have|will|this|which|are|as|it|not|been|their|its|would|should|into|any|all)$/i;

/**
 * Short words of prose in the other language of a bilingual document (Welsh, Scottish Gaelic, Irish) that English
 * prose does not print: a page holding many of them, and few English prose words, is that language's version of a
 * document printed in two languages one after the other (parallel-text.ts).
 */
export const OTHER_LANGUAGE_PROSE_WORDS =
  /^(?:y|yr|yn|ac|gan|mae|ei|eu|hyn|sydd|wedi|neu|nid|ydy|gyda|rhwng|i['’]r|o['’]r|ym|yng|bod|fel|drwy|ond|hefyd|agus|tha|bha|aig|gu|bho|airson|ach|don|leis|t[aá])$/i;

/**
 * A cell naming which language's version of a bilingual document its page belongs to ("English version", "Fersiwn
 * Gymraeg"), printed beside the document's heading: a mark on the page, not words of the heading.
 */
export const LANGUAGE_VERSION_MARK =
  /^(?:(?:english|welsh|gaelic|irish|cornish)(?: language)? (?:version|text)|fersiwn (?:gymraeg|saesneg)|tionndadh (?:beurla|g[aà]idhlig)|leagan (?:b[eé]arla|gaeilge))$/i;

/** A council's monogram printed as its logo, in a cell of its own before a heading ("ABC   NOTICE OF DECISIONS"). */
export const LOGO_MONOGRAM = /^[A-Z]{2,6}$/;

/**
 * A year, or a financial year, alone in the left-hand column of a page printed in two languages side by side
 * ("2027.", "2026/27."): the tail of a sentence wrapped onto its own line, not an item number shared by both columns
 * (parallel-text.ts).
 */
export const WRAPPED_YEAR_CELL = /^(?:19|20)\d\d(?:\/\d\d)?[.,;)]?$/;

/**
 * The name of a language heading its column of a document printed in two languages side by side ("Cymraeg" over
 * the Welsh column and "English" over the English one, in either language): a row naming a language over each
 * column is the table's head, repeated on every page, not text of the minutes (parallel-text.ts).
 */
export const LANGUAGE_COLUMN_HEAD = /^(?:english|saesneg|beurla|b[eé]arla|cymraeg|welsh|g[aà]idhlig|gaelic|gaeilge|irish|kernewek|cornish)$/i;

/**
 * Words of a sentence about the public taking part in a meeting ("questions must be submitted by …", "anyone wishing to
 * address the Council should notify the Clerk by …"): a time and date in such a sentence is the deadline for it.
 */
export const PUBLIC_SPEAKING = /\b(?:question|statement|petition|speak|submit|notice|register|address|notif(?:y|ication))/i;

/**
 * A list item's bullet opening a line: a word processor's "•" or Markdown's "-" or "*" (a Google Docs export prints
 * "* " before each item of a list of names, "Apologies were received from:" over one name a bullet).
 */
export const ENTRY_BULLET = /^[-*•]\s/;

/**
 * The bullet before a person in an attendance list: a web page's or a word processor's ("•", "●", "▪", "-"), or a
 * plain-text email's "*" (a heading underlined with "-----" over "* Name (Chair)" lines).
 */
export const ATTENDEE_BULLET = /^[-*•●▪]\s+/;

/** Where a bulleted line starts inside a paragraph ("* Speakers have three minutes …"): the sentence before it has ended. */
export const BULLET_LINE_START = /\n(?=[*•●▪◦■·]\s)/;

/** A motion excluding the public for one item ("… be excluded for the following item", "during the next item"), not for all after it. */
export const ONE_ITEM_FOLLOWING = /\b(?:the|this) (?:following|next) item\b(?!s)/i;

/**
 * A count of attendees printed in a Present list instead of names ("23 residents", "four other parish councillors", "six ratepayers", "one
 * representative of the local newspaper"), the names, if any, in brackets after it ("four other councillors (Cllr A Bell,
 * Cllr B Cole and Cllr C Dunn)").
 */
export const COUNTED_ATTENDEES =
  /^(?:and\s+)?(?:(?:approximately|approx\.|about|around|roughly|nearly|over|c\.)\s+)?(?:\d{1,4}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|other)\s+(?:other\s+)?(?:[a-z'’-]+\s+){0,3}?(?:residents?|parishioners?|electors?|ratepayers?|landowners?|occupiers?|tenants?|members?(?: of the (?:public|press))?|councillors|people|persons?|visitors?|observers?|guests?|(?:representatives?|reporters?|journalists?)(?:\s+(?:of|from)\s+[^()]{2,80}?)?)(?:\s*\((.+)\))?(?:\s+(?:observed|attended|watched|was present|were present)\b[^()]*)?\.?$/i;

/**
 * A count of the press or media ("1 representative of the press", "two reporters", "a journalist from local radio"):
 * the note in brackets after it names their paper or station ("(Northby Echo)"), not a person, unless a title leads it.
 */
export const COUNTED_PRESS = /\b(?:press|media|newspapers?|radio|reporters?|journalists?)\b/i;

/**
 * A meeting of the electors that is its own body, named in the minutes' title ("Minutes of the Annual Parish Meeting",
 * "Minutes of the Annual Town Meeting"): not a meeting of the council.
 */
export const ELECTORS_MEETING_TITLE = /\bminutes of (?:the )?((?:annual\s+)?(?:parish|town|community|village)\s+meeting)\b/i;

/**
 * A closing note on when decisions take effect once the call-in period is over ("The decisions in Minutes 7 and 9 will
 * come into force and may be implemented after 5.00 pm on Friday, 3 March 2028 unless called in …"): group 1 names
 * the minutes it covers, if it does; the date follows "after".
 */
export const CALL_IN_EFFECTIVE =
  /\b(?:decisions?|resolutions?)\b(?:\s+(?:in|of|at|under)\s+minutes?\s+((?:\d+[a-z]?(?:\.\d+)?(?:,\s*|\s+(?:and|&)\s+))*\d+[a-z]?(?:\.\d+)?))?[^.]{0,80}?\b(?:comes? into (?:force|effect)|takes? effect|be implemented|be actioned)\b[^.]{0,40}?\bafter\b(.{0,80})/i;

/**
 * The header fields of an e-mail a summons was sent as ("From: Clerk to … <…>", "To: … <…>", "Date: Wed, 7 Apr …",
 * "Message-ID: <…>"), printed above its text: the mail's envelope, not its content. Its "To:" is a list address, not a
 * membership list; its "Date:" is the day the papers were issued.
 */
export const MAIL_HEADER_FIELD =
  /^(?:from|to|cc|bcc|reply-to|sender|date|sent|subject|message-id|in-reply-to|references|mime-version|content-type|content-transfer-encoding|x-[\w-]+)\s*:/i;

/** The line that opens an e-mail's signature ("-- "): the sender's name, post and contact details under it. */
export const MAIL_SIGNATURE_DELIMITER = /^--\s?$/;

/**
 * An agenda entry that ends by introducing a list under it ("To consider the following applications:", "To approve the
 * payments listed below:"): the list (references, addresses, a payments table) is the entry's note, none of it title.
 */
export const LIST_LEAD_IN = /\b(?:following|below|these|as follows)\b[^:]{0,60}:$/i;

/**
 * A clock time read by OCR from a typed page, a letter where a digit was printed ("7.3O p.m.", "1O.3O am", "9.l5pm"):
 * O or o read for 0, l or I for 1, in a time with at least one real digit before its am or pm. Read as the digits.
 */
export const OCR_CLOCK_TIME = /(?<![\w.])(?=[\dOoIl.:]*\d)[\dOoIl]{1,2}[.:][\dOoIl]{2}(?=\s*[aApP]\.?[mM]\b)/g;
/** The letters OCR reads for the digits 0 and 1, and the digit each stands for. */
export const OCR_DIGIT_LETTERS: Readonly<Record<string, string>> = { O: '0', o: '0', I: '1', l: '1' };

/**
 * The councillor's title as OCR reads it off a typed page, a 1 or I for an l ("Counci1lor", "Counci11or",
 * "CounciIlor"): the title all the same, a new person's line in a list of members.
 */
export const OCR_COUNCILLOR = 'Counci[lI1][lI1]or';

/**
 * The first half of a compound word broken at its own hyphen at a line's end ("SELF-" / "ASSESSMENT", "CO-" /
 * "OPTION"): the hyphen is the word's and stays. Any other word broken at a hyphen in a typed capital heading
 * ("MAINT-" / "ENANCE") was broken by the typist, and is read whole without it.
 */
export const COMPOUND_HEAD =
  /^(?:self|co|re|non|anti|pre|post|sub|cross|multi|inter|intra|long|short|well|semi|ex|part|full|half|off|on|out|over|under|after|high|low|mid|cul|vice|deputy|one|two|three|four|five|year|day|all|by|e|x)$/i;

/**
 * A 1 that OCR read inside a typed name or title ("Sm1th", "Counci1lor", "Ph1llips"): a letter, after a letter and
 * before a small one. Next to a vowel it stands for an l ("Counci1lor", "Ke1ly"); between consonants, where the word
 * wants a vowel, for an i ("Sm1th", "W1lson").
 */
export const OCR_ONE_IN_WORD = /(?<=[A-Za-z])1(?=[a-z])/g;
export const OCR_ONE_BESIDE_VOWEL = /[aeiouyAEIOUY]/;
