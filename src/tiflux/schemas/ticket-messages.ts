/** Answers (messages to the client), internal communications and files of a ticket. */
import { z } from 'zod';
import { namedRef, numericId, optionalText, textOrNumber } from './common.js';

const attachmentSchema = z.looseObject({
  id: numericId.nullish(),
  file_name: optionalText,
  filename: optionalText,
  name: optionalText,
  content_type: optionalText,
  size: textOrNumber,
  url: optionalText,
});

export const ticketAnswerSchema = z.looseObject({
  id: numericId,
  /** The answer text (HTML). TiFlux really calls it `name`. */
  name: optionalText,
  /** A plain string in every sample; an object form is tolerated. */
  author: z.union([z.string(), namedRef]).nullish(),
  answer_time: optionalText,
  answer_origin: optionalText,
  signature: z.boolean().nullish(),
  files: z.array(attachmentSchema).nullish(),
  files_count: z.number().nullish(),
});

export const internalCommunicationSchema = z.looseObject({
  id: numericId,
  text: optionalText,
  user: namedRef.nullish(),
  created_at: optionalText,
  updated_at: optionalText,
  files: z.array(attachmentSchema).nullish(),
  files_count: z.number().nullish(),
});
export const internalCommunicationListSchema = z.array(internalCommunicationSchema);

export const ticketFileSchema = z.looseObject({
  id: numericId,
  name: optionalText,
  file_name: optionalText,
  content_type: optionalText,
  size: textOrNumber,
  url: optionalText,
  created_at: optionalText,
  created_by: namedRef.nullish(),
});
export const ticketFileListSchema = z.array(ticketFileSchema);

export type TicketAnswer = z.output<typeof ticketAnswerSchema>;
export type InternalCommunication = z.output<typeof internalCommunicationSchema>;
export type TicketFile = z.output<typeof ticketFileSchema>;
export type Attachment = z.output<typeof attachmentSchema>;
