import { describe, expect, it } from 'vitest';
import { resolveAccess } from './access.ts';
import { redact } from './visibility.presenter.ts';

const exempt3 = { access: 'exempt' as const, exemptParagraph: 3 };
const open = { access: 'public' as const, exemptParagraph: null };

describe('resolveAccess', () => {
  it('follows an exempt item by default, paragraph and all: the default is never public under an exempt item', () => {
    expect(resolveAccess(exempt3, {})).toEqual({ ok: true, value: { access: 'exempt', exemptParagraph: 3, accessInherited: true, accessReason: null } });
    expect(resolveAccess(exempt3, { access: 'inherit' })).toMatchObject({ ok: true, value: { access: 'exempt', exemptParagraph: 3 } });
  });

  it('makes a paper public under an exempt item only with a recorded reason', () => {
    expect(resolveAccess(exempt3, { access: 'public' })).toEqual({
      ok: false,
      errors: [{ field: 'accessReason', message: 'Enter why this can be public when its agenda item is exempt' }],
    });
    expect(resolveAccess(exempt3, { access: 'public', accessReason: ' A public summary ' })).toEqual({
      ok: true,
      value: { access: 'public', exemptParagraph: null, accessInherited: false, accessReason: 'A public summary' },
    });
  });

  it('keeps a public paper of a public item following the item, so making the item exempt later makes it exempt too', () => {
    expect(resolveAccess(open, { access: 'public' })).toMatchObject({ ok: true, value: { access: 'public', accessInherited: true } });
  });

  it('lets a paper be exempt under a public item, with its own paragraph', () => {
    expect(resolveAccess(open, { access: 'exempt' })).toMatchObject({ ok: false });
    expect(resolveAccess(open, { access: 'exempt', exemptParagraph: 1 })).toEqual({
      ok: true,
      value: { access: 'exempt', exemptParagraph: 1, accessInherited: false, accessReason: null },
    });
    // The importer may store "paragraph not stated"; a clerk's form may not.
    expect(resolveAccess(null, { access: 'exempt' }, { allowUnstated: true })).toMatchObject({ ok: true, value: { access: 'exempt', exemptParagraph: null } });
  });

  it('gives a paper with no item the public class by default', () => {
    expect(resolveAccess(null, {})).toMatchObject({ ok: true, value: { access: 'public', accessInherited: true } });
  });
});

describe('redact', () => {
  const item = {
    id: 1,
    title: 'Land sale',
    number: '7',
    instruction: 'Secret',
    publicInterestReason: 'Because',
    accessReason: null,
    pageFrom: 4,
    pageTo: 9,
    access: 'exempt' as const,
    exemptParagraph: 3,
  };

  it('keeps the number, title and Schedule 12A notice of an exempt item the viewer may not read, and nothing else', () => {
    const r = redact('agenda_item', { ...item, readable: false });
    expect(r).toMatchObject({ id: 1, title: 'Land sale', number: '7', withheld: true, instruction: null, publicInterestReason: null, pageFrom: null });
    expect(r.exemptNotice).toBe('Not for publication: paragraph 3 of Schedule 12A to the Local Government Act 1972');
  });

  it('empties a withheld minute’s resolutions and actions', () => {
    const r = redact('minute_item', { title: 'x', access: 'exempt', exemptParagraph: null, narrative: 'n', resolutions: [{ id: 1 }], actions: [{ id: 2 }], readable: false });
    expect(r).toMatchObject({ narrative: null, resolutions: [], actions: [], withheld: true });
    expect(r.exemptNotice).toContain('paragraph not stated');
  });

  it('leaves a readable record whole, with the notice when exempt', () => {
    expect(redact('agenda_item', { ...item, readable: true })).toMatchObject({ instruction: 'Secret', withheld: false });
  });
});
