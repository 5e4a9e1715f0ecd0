/** Files attached to tickets, answers and internal communications, sent as `files[]` multipart parts. */
import { TiFluxInputError } from './errors.js';

export const MAX_FILES_PER_CALL = 10;

export interface UploadFile {
  filename: string;
  content: Uint8Array;
  /** Defaults to a type guessed from the extension, else application/octet-stream. */
  contentType?: string;
}

/** A Map: the extension is the caller's (`report.constructor` must find nothing). */
const TYPES_BY_EXTENSION: ReadonlyMap<string, string> = new Map(Object.entries({
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  htm: 'text/html; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  zip: 'application/zip',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}));

export function guessContentType(filename: string): string {
  const extension = filename.includes('.') ? filename.split('.').pop()!.toLowerCase() : '';
  return TYPES_BY_EXTENSION.get(extension) ?? 'application/octet-stream';
}

/** CR, LF and quotes would break the part's Content-Disposition line; path separators are not ours to send. */
export function safeFilename(filename: string): string {
  const cleaned = filename.replace(/[\r\n"]/g, '').replace(/^.*[\\/]/, '').trim();
  return cleaned || 'file';
}

export function checkFileCount(files: readonly UploadFile[] | undefined): void {
  if (files && files.length > MAX_FILES_PER_CALL) {
    throw new TiFluxInputError('files', `accepts at most ${MAX_FILES_PER_CALL} files per call (got ${files.length}).`);
  }
}

/** Appends each file as a `files[]` part. */
export function appendFiles(form: FormData, files: readonly UploadFile[] | undefined): void {
  checkFileCount(files);
  for (const file of files ?? []) {
    const name = safeFilename(file.filename);
    const blob = new Blob([file.content as Uint8Array<ArrayBuffer>], { type: file.contentType ?? guessContentType(name) });
    form.append('files[]', blob, name);
  }
}
