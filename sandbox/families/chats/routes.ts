// Chats (docs/chats-and-knowledge.md of the endpoint reference): the four lists, one chat, its messages, transfer, send, archive; the
// WhatsApp template lists (docs/chats-and-knowledge.md) and the chat satisfaction report (docs/chats-and-knowledge.md).

import { toBrasiliaIso } from '../../data/dates.js';
import { nextId } from '../../data/counters.js';
import type { TenantData } from '../../data/types.js';
import { created, forbidden, invalid, notFound, ok, refused, type ApiResponse } from '../../http/api-response.js';
import { paginate, readPage, totalItemsHeader } from '../../http/paging.js';
import { optionalBoolean, optionalDateTime, optionalIdList, optionalInteger, optionalString } from '../../http/query.js';
import type { Route, RouteContext } from '../../http/router.js';
import { FieldErrors, fieldsOf, flag, id, text } from '../../http/fields.js';
import { idParam, tenantOf } from '../../http/params.js';
import type { ChatRecord, ChatState, MessageTemplateRecord } from './records.js';
import { renderChat, renderCloudTemplate, renderGupshupTemplate, renderMessage } from './render.js';

const ORIGINS = new Set(['chat', 'site_widget', 'campaign', 'whatsapp', 'whatsapp_web', 'gupshup', 'whatsapp_cloud']);

function findChat(context: RouteContext): ChatRecord {
  const chatId = idParam(context, 'id', 'Chat');
  const chat = tenantOf(context).chats.find((candidate) => candidate.id === chatId);
  if (!chat) throw notFound(`Chat ${chatId} not found`);
  return chat;
}

const isFinished = (chat: ChatRecord) => chat.state === 'archived' || chat.canceled;

/** The filters every list takes (docs/chats-and-knowledge.md). */
function commonFilter(query: URLSearchParams): (chat: ChatRecord) => boolean {
  const departmentId = optionalInteger(query, 'department_id');
  const clientId = optionalInteger(query, 'client_id');
  const requestorId = optionalInteger(query, 'requestor_id');
  const number = optionalString(query, 'number');
  const origins = optionalString(query, 'origins')?.split(',').map((origin) => origin.trim()).filter(Boolean);
  if (origins?.some((origin) => !ORIGINS.has(origin))) throw invalid({ origins: ['contains an unknown origin'] });
  const startedBy = optionalString(query, 'started_by');
  if (startedBy && !['Client', 'Attendant', 'Campaign', 'API'].includes(startedBy)) throw invalid({ started_by: ['is not included in the list'] });
  const from = optionalDateTime(query, 'created_at_start');
  const to = optionalDateTime(query, 'created_at_end');
  return (chat) =>
    (departmentId === undefined || chat.department_id === departmentId) &&
    (clientId === undefined || chat.client_id === clientId) &&
    (requestorId === undefined || chat.requestor_id === requestorId) &&
    (number === undefined || chat.number === number) &&
    (origins === undefined || origins.includes(chat.origin)) &&
    (startedBy === undefined || chat.started_by === startedBy) &&
    (from === undefined || new Date(chat.created_at) >= from) &&
    (to === undefined || new Date(chat.created_at) <= to);
}

function listRoute(path: string, state: ChatState, extra: (context: RouteContext) => (chat: ChatRecord) => boolean): Route {
  return {
    method: 'GET',
    pattern: path,
    handle(context) {
      const data = tenantOf(context);
      const common = commonFilter(context.query);
      const own = extra(context);
      const chats = data.chats
        .filter((chat) => chat.state === state && common(chat) && own(chat))
        // The inbox shows who has waited longest first; the other lists the newest first.
        .sort((a, b) => (state === 'inbox' ? 1 : -1) * a.created_at.localeCompare(b.created_at));
      // No X-Total-Items on chat lists (docs/chats-and-knowledge.md).
      return ok(paginate(chats, readPage(context.query)).map((chat) => renderChat(data, chat)));
    },
  };
}

function updateChat(context: RouteContext): ApiResponse {
  const data = tenantOf(context);
  const chat = findChat(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const userId = id(fields, 'user_id', errors);
  const departmentId = id(fields, 'department_id', errors);
  const ticketNumber = id(fields, 'ticket_number', errors);
  errors.check();
  if (isFinished(chat)) throw refused({ base: ['Chat already finished or canceled cannot be updated'] });
  if (userId !== undefined && !data.users.some((user) => user.id === userId && user.active && user._type !== 'client')) {
    errors.add('user_id', 'attendant not found');
  }
  if (departmentId !== undefined && !data.departments.some((department) => department.id === departmentId)) {
    errors.add('department_id', 'department not found');
  }
  if (ticketNumber !== undefined && !data.tickets.some((ticket) => ticket.ticket_number === ticketNumber)) {
    errors.add('ticket_number', 'ticket not found');
  }
  errors.checkRules();
  const at = toBrasiliaIso(context.now);
  if (userId !== undefined) {
    chat.responsible_id = userId;
    if (chat.state === 'inbox') {
      chat.state = 'in_attendance';
      chat.attendance_status = 'waiting_attendance';
      chat.assumed_at = at;
    }
  }
  if (departmentId !== undefined) chat.department_id = departmentId;
  if (ticketNumber !== undefined) chat.ticket_number = ticketNumber;
  chat.updated_at = at;
  return ok(renderChat(data, chat));
}

function templatesOf(data: TenantData, provider: MessageTemplateRecord['provider'], integrationId: number) {
  return data.messageTemplates.filter((template) => template.provider === provider && template.integration_id === integrationId);
}

function sendMessage(context: RouteContext): ApiResponse {
  const data = tenantOf(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const rawNumber = fields.number;
  const number = typeof rawNumber === 'number' || typeof rawNumber === 'string' ? String(rawNumber) : '';
  if (!/^\d{8,15}$/.test(number)) errors.add('number', 'is not a valid phone number');
  const integrationId = id(fields, 'integration_id', errors, { required: true });
  const message = text(fields, 'message', errors);
  const templateId = id(fields, 'template_id', errors);
  const country = text(fields, 'country_code', errors);
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) errors.add('country_code', 'is not a valid country');
  const clientId = id(fields, 'client_id', errors);
  const departmentId = id(fields, 'department_id', errors);
  const ticketNumber = id(fields, 'ticket_number', errors);
  const archive = flag(fields, 'archive', errors);
  const parameters = fields.parameters;
  if (parameters !== undefined && (!Array.isArray(parameters) || parameters.some((p) => typeof p !== 'string'))) {
    errors.add('parameters', 'must be an array of strings');
  }
  const hasText = message !== undefined && message.trim() !== '';
  if (!hasText && templateId === undefined) errors.add('base', 'message or template_id is required');
  if (hasText && templateId !== undefined) errors.add('base', 'send either message or template_id');
  errors.check();

  const integration = data.chatIntegrations.find((candidate) => candidate.id === integrationId);
  if (!integration) throw refused({ integration_id: ['integration not found'] });
  if (templateId !== undefined) {
    const template = templatesOf(data, integration.type, integration.id).find((candidate) => candidate.id === templateId);
    if (!template) throw refused({ template_id: ['template not found for this integration'] });
    if (template.status !== 'APPROVED') throw refused({ template_id: ['template is not approved'] });
  }
  if (clientId !== undefined && !data.clients.some((client) => client.id === clientId)) throw refused({ client_id: ['client not found'] });

  const now = context.now;
  const at = toBrasiliaIso(now);
  let chat = data.chats.find((candidate) => candidate.number === number && !isFinished(candidate));
  if (hasText) {
    // WhatsApp accepts free text only within 24 h of the client's last message; outside it, a template is needed.
    const lastFromClient = chat
      ? data.chatMessages.filter((m) => m.chat_id === chat!.id && m.author_type === 'client').map((m) => m.created_at).sort().pop()
      : undefined;
    if (!lastFromClient || now.getTime() - Date.parse(lastFromClient) > 24 * 3_600_000) {
      throw refused({ message: ['outside the 24-hour window: start the conversation with an approved template'] });
    }
  }
  if (!chat) {
    chat = {
      id: nextId(data.chats),
      origin: integration.type, started_by: 'API', number, client_id: clientId ?? null, requestor_id: null,
      department_id: departmentId ?? null, responsible_id: context.principal.user.id, state: 'in_attendance',
      attendance_status: 'waiting_client', canceled: false, assessment: null, rating_time: null, room: `room-${number}`,
      online: false, waiting_answer: false, ticket_number: ticketNumber ?? null, services_catalogs_item_id: null,
      created_at: at, updated_at: at, assumed_at: at, finished_at: null,
    };
    data.chats.push(chat);
  }
  const template = templateId === undefined ? undefined : data.messageTemplates.find((candidate) => candidate.id === templateId);
  const body = template
    ? template.body.replace(/\{\{(\d+)\}\}/g, (whole, n: string) => (parameters as string[] | undefined)?.[Number(n) - 1] ?? whole)
    : message!;
  data.chatMessages.push({
    id: nextId(data.chatMessages), chat_id: chat.id, author_type: 'attendant',
    author_id: context.principal.user.id, author_name: context.principal.user.name, created_at: at, text: body,
    type: template ? 'template' : 'text', media: null, status: { sent: true, delivered: false, read: false, failed: false },
    quoted_message: null,
  });
  chat.updated_at = at;
  chat.waiting_answer = false;
  if (archive) {
    chat.state = 'archived';
    chat.finished_at = at;
  }
  return created({ message: 'Message sent' });
}

function archiveChat(context: RouteContext): ApiResponse {
  const data = tenantOf(context);
  const chat = findChat(context);
  const fields = fieldsOf(context.body);
  const errors = new FieldErrors();
  const itemId = id(fields, 'services_catalogs_item_id', errors);
  errors.check();
  if (isFinished(chat)) throw refused({ base: ['Chat already finished or canceled'] });
  if (itemId === undefined && data.chatSettings.require_catalog_item_on_archive) {
    throw refused({ services_catalogs_item_id: ['is required: the organisation uses the service catalogue in chats'] });
  }
  if (itemId !== undefined && !data.catalogItems.some((item) => item.id === itemId)) {
    throw refused({ services_catalogs_item_id: ['catalog item not found'] });
  }
  const at = toBrasiliaIso(context.now);
  Object.assign(chat, { state: 'archived', finished_at: at, updated_at: at, services_catalogs_item_id: itemId ?? null, online: false });
  return { status: 202, body: { message: 'Chat archive requested' } };
}

/** docs/chats-and-knowledge.md: summary for the period plus, with chats_list=true, one row per rated chat. Admin keys only (40301). */
function feedbackReport(context: RouteContext): ApiResponse {
  const data = tenantOf(context);
  const start = optionalString(context.query, 'start_date');
  const end = optionalString(context.query, 'end_date');
  const errors = new FieldErrors();
  if (!start || !/^\d{4}-\d{2}-\d{2}$/.test(start)) errors.add('start_date', 'is required (YYYY-MM-DD)');
  if (!end || !/^\d{4}-\d{2}-\d{2}$/.test(end)) errors.add('end_date', 'is required (YYYY-MM-DD)');
  errors.check();
  if (end! < start!) throw invalid({ end_date: ['must be on or after start_date'] });
  const responsibleIds = optionalIdList(context.query, 'responsible_ids');
  const departmentIds = optionalIdList(context.query, 'department_ids');
  const groupIds = optionalIdList(context.query, 'technical_group_ids');
  const inPeriod = data.chats.filter((chat) => {
    const day = chat.finished_at?.slice(0, 10);
    const responsible = data.users.find((user) => user.id === chat.responsible_id);
    return (
      chat.state === 'archived' && !chat.canceled && day !== undefined && day >= start! && day <= end! &&
      (responsibleIds === undefined || responsibleIds.includes(chat.responsible_id ?? 0)) &&
      (departmentIds === undefined || departmentIds.includes(chat.department_id ?? 0)) &&
      (groupIds === undefined || groupIds.includes(responsible?.technical_group_id ?? 0))
    );
  });
  const rated = inPeriod.filter((chat) => chat.assessment !== null);
  const average = rated.length ? rated.reduce((sum, chat) => sum + chat.assessment!, 0) / rated.length : 0;
  const body: Record<string, unknown> = {
    summary: {
      rating_average: Math.round(average * 100) / 100,
      chats_evaluated: rated.length,
      chats_finished: inPeriod.length,
      clients_evaluated: new Set(rated.map((chat) => chat.client_id)).size,
      answers_percentage: inPeriod.length ? Math.round((rated.length / inPeriod.length) * 10_000) / 100 : 0,
    },
  };
  if (optionalBoolean(context.query, 'chats_list')) {
    body.chats_list = paginate(rated, readPage(context.query)).map((chat) => ({
      id: chat.id,
      client_name: data.clients.find((client) => client.id === chat.client_id)?.name ?? null,
      responsible_name: data.users.find((user) => user.id === chat.responsible_id)?.name ?? null,
      rating: chat.assessment,
      rating_time: chat.rating_time,
      ticket_number: chat.ticket_number,
    }));
  }
  return ok(body);
}

/** "Gerenciar Modelos": only admins hold it in the sandbox. */
function templateRoute(path: string, provider: MessageTemplateRecord['provider']): Route {
  return {
    method: 'GET',
    pattern: path,
    handle(context) {
      if (!context.principal.isAdmin) throw forbidden('You do not have permission to manage templates');
      const data = tenantOf(context);
      const integrationId = optionalInteger(context.query, 'integration_id');
      const status = optionalString(context.query, 'status');
      if (provider === 'whatsapp_cloud' && status && !['APPROVED', 'MISSING_VARS', 'REJECTED', 'PENDING'].includes(status)) {
        throw invalid({ status: ['is not included in the list'] });
      }
      const templates = data.messageTemplates.filter(
        (template) =>
          template.provider === provider &&
          (integrationId === undefined || template.integration_id === integrationId) &&
          (status === undefined || template.status === status),
      );
      const page = paginate(templates, readPage(context.query));
      const rendered = provider === 'gupshup' ? page.map(renderGupshupTemplate) : page.map(renderCloudTemplate);
      return ok(rendered, totalItemsHeader(templates.length));
    },
  };
}

export const chatRoutes: Route[] = [
  listRoute('/chats/inbox', 'inbox', () => () => true),
  listRoute('/chats/mine', 'in_attendance', (context) => (chat) => chat.responsible_id === context.principal.user.id),
  listRoute('/chats/in_attendance', 'in_attendance', (context) => {
    const userId = optionalInteger(context.query, 'user_id');
    const status = optionalString(context.query, 'status');
    if (status && !['waiting_client', 'waiting_attendance', 'triage'].includes(status)) throw invalid({ status: ['is not included in the list'] });
    return (chat) => (userId === undefined || chat.responsible_id === userId) && (status === undefined || chat.attendance_status === status);
  }),
  listRoute('/chats/archived', 'archived', (context) => {
    const canceled = optionalBoolean(context.query, 'canceled');
    const from = optionalDateTime(context.query, 'finished_at_start');
    const to = optionalDateTime(context.query, 'finished_at_end');
    return (chat) =>
      (canceled === undefined || chat.canceled === canceled) &&
      (from === undefined || (chat.finished_at !== null && new Date(chat.finished_at) >= from)) &&
      (to === undefined || (chat.finished_at !== null && new Date(chat.finished_at) <= to));
  }),
  { method: 'GET', pattern: '/chats/:id', handle: (context) => ok(renderChat(tenantOf(context), findChat(context))) },
  {
    method: 'GET',
    pattern: '/chats/:id/messages',
    handle(context) {
      const chat = findChat(context);
      const messages = tenantOf(context).chatMessages.filter((message) => message.chat_id === chat.id);
      return ok(paginate(messages, readPage(context.query)).map(renderMessage));
    },
  },
  { method: 'PUT', pattern: '/chats/:id', accepts: ['json'], handle: updateChat },
  { method: 'POST', pattern: '/chats/send_message', accepts: ['json'], handle: sendMessage },
  { method: 'PUT', pattern: '/chats/:id/archive', accepts: ['json'], bodyOptional: true, handle: archiveChat },
  { method: 'GET', pattern: '/reports/feedbacks/chats', adminOnly: true, handle: feedbackReport },
  templateRoute('/templates/gupshup', 'gupshup'),
  templateRoute('/templates/whatsapp_cloud', 'whatsapp_cloud'),
];

