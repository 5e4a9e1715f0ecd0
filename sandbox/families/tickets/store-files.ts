// Storing uploaded files (tickets, answers and internal communications).

import { toBrasiliaIso } from '../../data/dates.js';
import type { TenantData } from '../../data/types.js';
import type { UploadedFile } from '../../http/body.js';
import type { FileOwner, FileRecord } from './records.js';

export function storeFiles(
  data: TenantData, ticketNumber: number, owner: FileOwner, files: UploadedFile[], userId: number, now: Date,
): FileRecord[] {
  return files.map((file) => {
    const record: FileRecord = {
      id: data.sequences.file++,
      ticket_number: ticketNumber,
      owner,
      name: file.filename,
      content_type: file.contentType ?? 'application/octet-stream',
      size: file.data.length,
      created_at: toBrasiliaIso(now),
      created_by_id: userId,
      content: new Uint8Array(file.data),
    };
    data.files.push(record);
    return record;
  });
}
