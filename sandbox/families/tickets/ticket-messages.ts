// Answers (messages to the client) and internal communications of a ticket, and its files
// (docs/tiflux-rest-api.md#messages-and-files). Creation is multipart only: answers carry their text in the field `name`,
// internal communications in `text`.

import { toBrasiliaIso } from '../../data/dates.js';
import { created, forbidden, invalid, noContent, notFound, ok } from '../../http/api-response.js';
import { FieldErrors, fieldsOf, flag, text, uploadedFiles } from '../../http/fields.js';
import { paginate, readPage } from '../../http/paging.js';
import { idParam, tenantOf } from '../../http/params.js';
import type { Route, RouteContext } from '../../http/router.js';
import { findTicket } from './params.js';
import { renderAnswer, renderInternalCommunication, renderTicketFile } from './render-messages.js';
import { storeFiles } from './store-files.js';

function createAnswer(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const body = text(fields, 'name', errors, true);
  const signature = flag(fields, 'with_signature', errors) ?? false;
  errors.check();
  const user = context.principal.user;
  const answer = {
    id: data.sequences.answer++, ticket_number: ticket.ticket_number, name: body!, author_user_id: user.id,
    author_name: user.name, answer_time: toBrasiliaIso(context.now), answer_origin: 'api', signature,
  };
  data.answers.push(answer);
  storeFiles(data, ticket.ticket_number, { kind: 'answer', id: answer.id }, uploadedFiles(context.body), user.id, context.now);
  return created(renderAnswer(data, answer, true));
}

function findAnswer(context: RouteContext) {
  const ticket = findTicket(context);
  const answerId = idParam(context, 'id', 'Answer');
  const answer = tenantOf(context).answers.find((a) => a.id === answerId && a.ticket_number === ticket.ticket_number);
  if (!answer) throw notFound(`Answer ${answerId} not found`);
  return answer;
}

function createInternalCommunication(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  const errors = new FieldErrors();
  const body = text(fieldsOf(context.body), 'text', errors, true);
  errors.check();
  const at = toBrasiliaIso(context.now);
  const note = {
    id: data.sequences.internalCommunication++, ticket_number: ticket.ticket_number, text: body!,
    user_id: context.principal.user.id, created_at: at, updated_at: at,
  };
  data.internalCommunications.push(note);
  storeFiles(data, ticket.ticket_number, { kind: 'internal_communication', id: note.id }, uploadedFiles(context.body), note.user_id, context.now);
  return created(renderInternalCommunication(data, note, true));
}

function findInternalCommunication(context: RouteContext) {
  const ticket = findTicket(context);
  const noteId = idParam(context, 'id', 'Internal communication');
  const note = tenantOf(context).internalCommunications.find((n) => n.id === noteId && n.ticket_number === ticket.ticket_number);
  if (!note) throw notFound(`Internal communication ${noteId} not found`);
  return note;
}

/** 403 unless the caller wrote the message (or attached the file) or is an admin. */
function requireAuthorOrAdmin(context: RouteContext, authorId: number | null, refusal: string): void {
  if (authorId !== context.principal.user.id && !context.principal.isAdmin) throw forbidden(refusal);
}

function uploadTicketFiles(context: RouteContext) {
  const data = tenantOf(context);
  const ticket = findTicket(context);
  const files = uploadedFiles(context.body);
  if (files.length === 0) throw invalid({ files: ["can't be blank: send one or more files[] parts"] });
  const stored = storeFiles(data, ticket.ticket_number, { kind: 'ticket' }, files, context.principal.user.id, context.now);
  // docs/tiflux-rest-api.md#open-questions, q10: an array or {files: [...]}; the sandbox answers the array.
  return created(stored.map((file) => renderTicketFile(data, file)));
}

export const ticketMessageRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/tickets/:number/answers',
    handle(context) {
      const data = tenantOf(context);
      const ticket = findTicket(context);
      // Chronological, like the conversation reads.
      const answers = data.answers.filter((a) => a.ticket_number === ticket.ticket_number).sort((a, b) => a.answer_time.localeCompare(b.answer_time) || a.id - b.id);
      return ok(paginate(answers, readPage(context.query)).map((answer) => renderAnswer(data, answer, false)));
    },
  },
  { method: 'POST', pattern: '/tickets/:number/answers', accepts: ['multipart'], handle: createAnswer },
  { method: 'GET', pattern: '/tickets/:number/answers/:id', handle: (context) => ok(renderAnswer(tenantOf(context), findAnswer(context), true)) },
  {
    method: 'DELETE',
    pattern: '/tickets/:number/answers/:id',
    handle(context) {
      const data = tenantOf(context);
      const answer = findAnswer(context);
      // Guess (docs/tickets.md): like internal notes, only the attendant who wrote it or an admin may delete it.
      requireAuthorOrAdmin(context, answer.author_user_id, 'Only the author or an admin can delete this answer');
      data.answers = data.answers.filter((a) => a !== answer);
      data.files = data.files.filter((file) => !(file.owner.kind === 'answer' && file.owner.id === answer.id));
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: '/tickets/:number/internal_communications',
    handle(context) {
      const data = tenantOf(context);
      const ticket = findTicket(context);
      const notes = data.internalCommunications.filter((n) => n.ticket_number === ticket.ticket_number).sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
      return ok(paginate(notes, readPage(context.query)).map((note) => renderInternalCommunication(data, note, false)));
    },
  },
  { method: 'POST', pattern: '/tickets/:number/internal_communications', accepts: ['multipart'], handle: createInternalCommunication },
  {
    method: 'GET',
    pattern: '/tickets/:number/internal_communications/:id',
    handle: (context) => ok(renderInternalCommunication(tenantOf(context), findInternalCommunication(context), true)),
  },
  {
    method: 'PUT',
    pattern: '/tickets/:number/internal_communications/:id',
    accepts: ['json'],
    handle(context) {
      const note = findInternalCommunication(context);
      // Only the author may edit (docs/tiflux-rest-api.md#messages-and-files).
      if (note.user_id !== context.principal.user.id) throw forbidden('Only the author can edit this internal communication');
      const errors = new FieldErrors();
      const body = text(fieldsOf(context.body), 'text', errors, true);
      errors.check();
      Object.assign(note, { text: body!, updated_at: toBrasiliaIso(context.now) });
      return ok(renderInternalCommunication(tenantOf(context), note, true));
    },
  },
  {
    method: 'DELETE',
    pattern: '/tickets/:number/internal_communications/:id',
    handle(context) {
      const data = tenantOf(context);
      const note = findInternalCommunication(context);
      requireAuthorOrAdmin(context, note.user_id, 'Only the author or an admin can delete this internal communication');
      data.internalCommunications = data.internalCommunications.filter((n) => n !== note);
      data.files = data.files.filter((file) => !(file.owner.kind === 'internal_communication' && file.owner.id === note.id));
      return noContent();
    },
  },
  {
    method: 'GET',
    pattern: '/tickets/:number/files',
    handle(context) {
      const data = tenantOf(context);
      const ticket = findTicket(context);
      const files = data.files.filter((file) => file.ticket_number === ticket.ticket_number && file.owner.kind === 'ticket');
      return ok(files.map((file) => renderTicketFile(data, file)));
    },
  },
  { method: 'POST', pattern: '/tickets/:number/files', accepts: ['multipart'], handle: uploadTicketFiles },
  {
    method: 'DELETE',
    pattern: '/tickets/:number/files/:id',
    handle(context) {
      const data = tenantOf(context);
      const ticket = findTicket(context);
      const fileId = idParam(context, 'id', 'File');
      const file = data.files.find((f) => f.id === fileId && f.ticket_number === ticket.ticket_number && f.owner.kind === 'ticket');
      if (!file) throw notFound(`File ${fileId} not found`);
      requireAuthorOrAdmin(context, file.created_by_id, 'Only the user who attached this file or an admin can delete it');
      data.files = data.files.filter((f) => f !== file);
      return noContent();
    },
  },
  {
    // The path of an answer's file lives at the root, not under /tickets (docs/tickets.md).
    method: 'DELETE',
    pattern: '/ticket_answers/:answer/files/:id',
    handle(context) {
      const data = tenantOf(context);
      const answerId = idParam(context, 'answer', 'Answer');
      const fileId = idParam(context, 'id', 'File');
      const answer = data.answers.find((a) => a.id === answerId);
      if (!answer) throw notFound(`Answer ${answerId} not found`);
      const file = data.files.find((f) => f.id === fileId && f.owner.kind === 'answer' && f.owner.id === answerId);
      if (!file) throw notFound(`File ${fileId} not found`);
      requireAuthorOrAdmin(context, answer.author_user_id, 'Only the author or an admin can change this answer');
      data.files = data.files.filter((f) => f !== file);
      return noContent();
    },
  },
];
