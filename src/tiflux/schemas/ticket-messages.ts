/** Answers (messages to the client), internal communications and files of a ticket. */
import * as z from 'zod';
import { commonSchemas, lazySchemas } from './common.js';

function buildTicketMessageSchemas() {
  const { namedRef, numericId, optionalText, textOrNumber } = commonSchemas();

  const attachmentSchema = z.looseObject({
    id: numericId.nullish(),
    file_name: optionalText,
    filename: optionalText,
    name: optionalText,
    content_type: optionalText,
    size: textOrNumber,
    url: optionalText,
  });

  const ticketAnswerSchema = z.looseObject({
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

  const internalCommunicationSchema = z.looseObject({
    id: numericId,
    text: optionalText,
    user: namedRef.nullish(),
    created_at: optionalText,
    updated_at: optionalText,
    files: z.array(attachmentSchema).nullish(),
    files_count: z.number().nullish(),
  });

  const ticketFileSchema = z.looseObject({
    id: numericId,
    name: optionalText,
    file_name: optionalText,
    content_type: optionalText,
    size: textOrNumber,
    url: optionalText,
    created_at: optionalText,
    created_by: namedRef.nullish(),
  });

  const ticketFileListSchema = z.array(ticketFileSchema);

  return {
    attachmentSchema,
    ticketAnswerSchema,
    ticketAnswerListSchema: z.array(ticketAnswerSchema),
    internalCommunicationSchema,
    internalCommunicationListSchema: z.array(internalCommunicationSchema),
    ticketFileSchema,
    ticketFileListSchema,
    /** What POST /tickets/{n}/files answers: the list, or `{files: [...]}` (docs/tickets.md); read as the list. */
    uploadedFilesSchema: z.union([
      ticketFileListSchema,
      z.looseObject({ files: ticketFileListSchema }).transform((body) => body.files),
    ]),
  };
}

export const ticketMessageSchemas = lazySchemas(buildTicketMessageSchemas);

type Built = ReturnType<typeof buildTicketMessageSchemas>;
export type TicketAnswer = z.output<Built['ticketAnswerSchema']>;
export type InternalCommunication = z.output<Built['internalCommunicationSchema']>;
export type TicketFile = z.output<Built['ticketFileSchema']>;
export type Attachment = z.output<Built['attachmentSchema']>;
