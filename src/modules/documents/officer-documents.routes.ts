import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { notFound } from '../../lib/errors.ts';
import type { FieldError } from '../../lib/result.ts';
import { actorOf, formBody, idOf, invalidForm } from '../../web/route-helpers.ts';
import { documentKinds, documents } from '../../db/schema.ts';
import { findMeeting, listAgendaItems } from '../meetings/index.ts';
import { accessLabel, schedule12a, visible, withdrawRecord } from '../visibility/index.ts';
import { publishDocument } from './commands/publish-document.ts';
import { uploadDocument } from './commands/upload-document.ts';

const T = 'modules/documents/views/';
const sentence = (s: string) => (s.charAt(0).toUpperCase() + s.slice(1)).replace(/-/g, ' ');

/** Reads a multipart upload: its fields and its one file. */
async function readUpload(request: FastifyRequest) {
  const fields: Record<string, unknown> = {};
  let file: { fileName: string; bytes: Buffer } | null = null;
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const bytes = await part.toBuffer();
      if (part.filename) file = { fileName: part.filename, bytes };
    } else fields[part.fieldname] = part.value;
  }
  return { fields, file };
}

/** The officer screens for papers: upload (a draft, inheriting its item's access), publish a late paper, withdraw. */
export async function officerDocumentsRoutes(app: FastifyInstance): Promise<void> {
  const { db, storage } = app.services;
  const upload = app.requireCan('documents:upload');
  const edit = app.requireCan('records:edit');
  const editForm = { preHandler: [edit, app.csrfProtection] };

  const uploadContext = async (request: FastifyRequest, meetingId: number, values: Record<string, unknown>) => {
    const items = await listAgendaItems(db, request.viewer, meetingId);
    const chosen = items.find((i) => String(i.id) === String(values.agendaItemId ?? ''));
    const access = typeof values.access === 'string' ? values.access : 'inherit';
    return {
      title: 'Upload a document',
      breadcrumbs: [{ text: 'Officer area', href: '/officer' }, { text: 'Meeting', href: `/officer/meetings/${meetingId}` }, { text: 'Upload a document' }],
      meetingId,
      values,
      items: [
        { value: '', text: 'The whole meeting' },
        ...items.map((i) => ({
          value: String(i.id),
          text: `${i.number ?? ''} ${i.title}${i.access === 'exempt' ? ` (${accessLabel(i).toLowerCase()})` : ''}`.trim(),
          selected: i.id === chosen?.id,
        })),
      ],
      inherited: chosen ? accessLabel(chosen) : null,
      accessItems: [
        {
          value: 'inherit',
          text: chosen ? `The same as its agenda item: ${accessLabel(chosen).toLowerCase()}` : 'The same as its agenda item',
          hint: { text: 'Papers of an exempt item are exempt with the same paragraph' },
          checked: access === 'inherit',
        },
        { value: 'exempt', text: 'Exempt, even if its item is public', checked: access === 'exempt' },
        { value: 'public', text: 'Public, even if its item is exempt', hint: { text: 'For example, a public summary. You must give the reason' }, checked: access === 'public' },
      ],
      kinds: documentKinds.map((k) => ({ value: k, text: sentence(k), selected: k === (values.kind ?? 'report') })),
      paragraphs: [
        { value: '', text: 'The same as its agenda item' },
        ...schedule12a.map((t, i) => ({ value: String(i + 1), text: `Paragraph ${i + 1}: ${t}`, selected: String(i + 1) === String(values.exemptParagraph ?? '') })),
      ],
    };
  };

  app.get('/officer/meetings/:id/documents/new', { preHandler: upload }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    if (!(await findMeeting(db, id))) throw notFound('Meeting');
    return reply.render(`${T}upload-form.njk`, await uploadContext(request, id, { agendaItemId: (request.query as { item?: string }).item }));
  });
  app.post('/officer/meetings/:id/documents', { preHandler: [upload, app.csrfProtection] }, async (request, reply) => {
    const id = idOf(request, 'Meeting');
    const { fields, file } = await readUpload(request);
    const r = await uploadDocument(db, storage, actorOf(request), { ...fields, meetingId: id }, file);
    if (!r.ok) return invalidForm(reply, `${T}upload-form.njk`, await uploadContext(request, id, fields), r.errors);
    return reply.redirect(`/officer/meetings/${id}?saved=1`, 303);
  });

  const docFor = async (request: FastifyRequest) => {
    const [doc] = await db
      .select()
      .from(documents)
      .where(and(eq(documents.id, idOf(request, 'Document')), visible(request.viewer, 'document')));
    if (!doc) throw notFound('Document');
    return doc;
  };
  const actionContext = (doc: typeof documents.$inferSelect, kind: 'publish' | 'withdraw', values: Record<string, unknown>, errors?: FieldError[]) => ({
    title: kind === 'publish' ? 'Publish a late paper' : 'Withdraw a published paper',
    caption: doc.title,
    intro:
      kind === 'publish'
        ? 'The agenda has already been published, so this paper is late. The reason is shown beside it on the meeting page.'
        : 'A withdrawn paper is no longer shown to anyone but clerks, and the published agenda packs of its meeting are withdrawn with it: publish a supplementary pack to replace them. The reason is kept in its history.',
    breadcrumbs: [
      { text: 'Officer area', href: '/officer' },
      ...(doc.meetingId ? [{ text: 'Meeting', href: `/officer/meetings/${doc.meetingId}` }] : []),
      { text: kind === 'publish' ? 'Publish' : 'Withdraw' },
    ],
    action: `/officer/documents/${doc.id}/${kind}`,
    back: doc.meetingId ? `/officer/meetings/${doc.meetingId}` : '/officer',
    values,
    errors,
    fields: [{ type: 'textarea', name: 'reason', label: kind === 'publish' ? 'Why is it published after the agenda?' : 'Why is it withdrawn?', rows: 3 }],
    submitText: kind === 'publish' ? 'Publish the paper' : 'Withdraw the paper',
  });
  const FORM = 'web/views/form.njk';
  app.get('/officer/documents/:id/publish', { preHandler: edit }, async (request, reply) => reply.render(FORM, actionContext(await docFor(request), 'publish', {})));
  app.post('/officer/documents/:id/publish', editForm, async (request, reply) => {
    const doc = await docFor(request);
    const r = await publishDocument(db, actorOf(request), doc.id, formBody(request));
    if (!r.ok) return reply.code(400).render(FORM, actionContext(doc, 'publish', formBody(request), r.errors));
    return reply.redirect(doc.meetingId ? `/officer/meetings/${doc.meetingId}?saved=1` : '/officer', 303);
  });
  app.get('/officer/documents/:id/withdraw', { preHandler: edit }, async (request, reply) => reply.render(FORM, actionContext(await docFor(request), 'withdraw', {})));
  app.post('/officer/documents/:id/withdraw', editForm, async (request, reply) => {
    const doc = await docFor(request);
    const reason = String(formBody(request).reason ?? '').trim();
    if (!reason) return reply.code(400).render(FORM, actionContext(doc, 'withdraw', formBody(request), [{ field: 'reason', message: 'Enter why it is withdrawn' }]));
    await db.transaction((trx) => withdrawRecord(trx, actorOf(request), 'document', doc.id, reason));
    return reply.redirect(doc.meetingId ? `/officer/meetings/${doc.meetingId}?saved=1` : '/officer', 303);
  });
}
