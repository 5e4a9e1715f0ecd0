/**
 * File attachments for answers and internal communications (docs/design-choices.md#attachments): `files_base64: [{ filename, content }]`,
 * at most 10 files and 3.5 MiB decoded in total per call. The cap comes from the Lambda request size (the base64 of
 * 3.5 MiB plus the JSON around it stays under the 5 MiB body limit), not from TiFlux, whose own limits are larger.
 *
 * The original's `files` (paths on the user's disk) cannot work here: the server runs on AWS Lambda and never sees
 * the user's machine. The schema still accepts the argument so the model gets an explanation instead of an
 * "unknown argument" error.
 */
import * as z from 'zod';
import { MAX_FILES_PER_CALL } from '../../tiflux/client.js';

export const MAX_ATTACHMENT_BYTES = 3.5 * 1024 * 1024; // 3,670,016 bytes, decoded, all files together
const MAX_FILENAME_LENGTH = 255;

export interface DecodedAttachment {
  filename: string;
  content: Uint8Array;
}

/** A "data:…;base64," prefix is tolerated: models often paste data URLs. */
const DATA_URL_PREFIX = /^data:[^,]*;base64,/i;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const BASE64_URL = /^[A-Za-z0-9\-_]*={0,2}$/;

/** The clean base64 text of `content`, or undefined when it is not base64 (standard or URL-safe alphabet). */
export function cleanBase64(content: string): string | undefined {
  const text = content.replace(DATA_URL_PREFIX, '').replace(/\s+/g, '');
  if (BASE64.test(text)) return text;
  if (BASE64_URL.test(text)) return text.replace(/-/g, '+').replace(/_/g, '/');
  return undefined;
}

/** Decoded size of clean base64 text, computed without decoding. */
export function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function isWellFormed(base64: string): boolean {
  // Unpadded input is fine as long as it could have been padded: a remainder of 1 character is never valid.
  if (base64.length % 4 === 1) return false;
  const padding = base64.length - base64.replace(/=+$/, '').length;
  return padding === 0 || base64.length % 4 === 0;
}

function humanMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}

function attachmentSchema() {
  return z.strictObject({
    filename: z
      .string()
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(MAX_FILENAME_LENGTH, { error: `must be at most ${MAX_FILENAME_LENGTH} characters` })
      .describe('File name shown in TiFlux, with its extension, e.g. "log.txt".'),
    content: z.string().describe('The file content, base64-encoded.'),
  });
}

/** Decodes every file, refusing bad base64 and a total over the cap (zod transform: runs at validation time). */
function decodeAll(files: { filename: string; content: string }[], ctx: z.RefinementCtx): DecodedAttachment[] {
  const cleaned: string[] = [];
  let total = 0;
  files.forEach((file, index) => {
    const base64 = cleanBase64(file.content);
    if (base64 === undefined || !isWellFormed(base64)) {
      ctx.issues.push({
        code: 'custom',
        input: file.content,
        path: [index, 'content'],
        message: `is not valid base64 (file "${file.filename}"); encode the file's bytes with standard base64`,
      });
      return;
    }
    cleaned.push(base64);
    total += decodedLength(base64);
  });
  if (ctx.issues.length) return z.NEVER;
  if (total > MAX_ATTACHMENT_BYTES) {
    ctx.issues.push({
      code: 'custom',
      input: files,
      message: `hold ${humanMiB(total)} once decoded; the limit is 3.5 MiB for all files of one call together. Send fewer or smaller files, or split them over several calls`,
    });
    return z.NEVER;
  }
  return files.map((file, index) => ({
    filename: file.filename,
    content: new Uint8Array(Buffer.from(cleaned[index] ?? '', 'base64')),
  }));
}

/** `files_base64`, decoded and size-checked at validation time, before anything is sent. */
export function filesBase64Param() {
  return z
    .array(attachmentSchema())
    .max(MAX_FILES_PER_CALL, { error: `accepts at most ${MAX_FILES_PER_CALL} files per call` })
    .transform(decodeAll)
    .optional()
    .describe(
      `Attachments: up to ${MAX_FILES_PER_CALL} files, at most 3.5 MiB decoded for all of them together, each as ` +
        '{ filename, content } with content in base64.',
    );
}

/** The original's `files` (local paths): accepted by the schema only to be refused with the reason. */
export function legacyFilesParam() {
  return z
    .array(z.string())
    .optional()
    .refine((paths) => paths === undefined || paths.length === 0, {
      error:
        'cannot be used on this server: it runs on AWS Lambda and cannot read files on your computer. ' +
        'Send the files in files_base64 as [{ "filename": "...", "content": "<base64>" }] instead',
    })
    .describe('Not supported here (local file paths cannot be read by a remote server): use files_base64.');
}
