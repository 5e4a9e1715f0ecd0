// Renderers for answers, internal communications and files (docs/tiflux-rest-api.md#messages-and-files).

import type { TenantData } from '../../data/types.js';
import type { AnswerRecord, FileRecord, InternalCommunicationRecord } from './records.js';

export function fileUrl(data: TenantData, file: FileRecord): string {
  return `https://files.${data.organisation.domain}/tickets/${file.ticket_number}/${file.id}/${encodeURIComponent(file.name)}`;
}

/** GET /tickets/{n}/files items. */
export function renderTicketFile(data: TenantData, file: FileRecord) {
  const author = data.users.find((user) => user.id === file.created_by_id);
  return {
    id: file.id, name: file.name, content_type: file.content_type, size: file.size, url: fileUrl(data, file),
    created_at: file.created_at, created_by: author ? { name: author.name } : null,
  };
}

/** Files nested in answers and internal communications. */
export function renderAttachedFile(data: TenantData, file: FileRecord) {
  return { id: file.id, file_name: file.name, content_type: file.content_type, size: file.size, url: fileUrl(data, file) };
}

export function filesOwnedBy(data: TenantData, kind: 'answer' | 'internal_communication', id: number): FileRecord[] {
  return data.files.filter((file) => file.owner.kind === kind && file.owner.id === id);
}

export function renderAnswer(data: TenantData, answer: AnswerRecord, withFiles: boolean) {
  const files = filesOwnedBy(data, 'answer', answer.id);
  return {
    id: answer.id,
    name: answer.name,
    // `author` is a plain string in every sample seen (docs/tiflux-rest-api.md#open-questions, q4).
    author: answer.author_name,
    answer_time: answer.answer_time,
    answer_origin: answer.answer_origin,
    signature: answer.signature,
    files_count: files.length,
    ...(withFiles ? { files: files.map((file) => renderAttachedFile(data, file)) } : {}),
  };
}

export function renderInternalCommunication(data: TenantData, note: InternalCommunicationRecord, withFiles: boolean) {
  const user = data.users.find((candidate) => candidate.id === note.user_id);
  const files = filesOwnedBy(data, 'internal_communication', note.id);
  return {
    id: note.id,
    text: note.text,
    user: user ? { id: user.id, name: user.name } : null,
    created_at: note.created_at,
    updated_at: note.updated_at,
    files_count: files.length,
    ...(withFiles ? { files: files.map((file) => renderAttachedFile(data, file)) } : {}),
  };
}
