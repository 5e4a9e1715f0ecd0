/**
 * The tickets toolset's later tools (issue 13): answers, files, histories, SLAs, checklists, reopen and note edits,
 * end to end against the sandbox. Each: what a user sees on success, and its failure paths.
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_FIXTURES } from '../../sandbox/server.js';
import { TICKET_RECORD_FIXTURES } from '../../sandbox/families/ticket-records/index.js';
import { useE2E } from './support/e2e.js';

const e2e = useE2E();

const open = String(SANDBOX_FIXTURES.openTicket);
const closed = String(SANDBOX_FIXTURES.closedTicket);
const missing = String(SANDBOX_FIXTURES.missingTicket);
const main = () => e2e.sandbox.data.tenants.main;
const writes = () => e2e.upstream().filter((line) => !line.startsWith('GET'));
/** An open ticket on a desk the non-admin attendant (Atendimento N1) does not serve. */
const financeTicket = () => {
  const desk = main().desks.find((d) => d.display_name === 'Financeiro')!;
  return String(main().tickets.find((t) => t.desk_id === desk.id && t.state === 'open')!.ticket_number);
};

describe('list_ticket_answers and get_ticket_answer', () => {
  it('lists the conversation oldest first with previews, then reads one answer with its file ids', async () => {
    const list = await e2e.call('list_ticket_answers', { ticket_number: Number(open) });
    expect(list.isError, list.text).toBe(false);
    const answers = list.structured!.answers as { id: number; author: string; preview: string; files_count: number }[];
    expect(answers.map((a) => a.id)).toEqual([609997, 609998, 609999]);
    expect(answers[1]).toMatchObject({ preview: 'Aparece "tempo esgotado". Segue o print.', files_count: 1 });
    expect(list.text).toContain('- **609997** by Ana Souza · ');
    expect(list.text).toContain('This is the last page.');

    const one = await e2e.call('get_ticket_answer', { ticket_number: open, answer_id: '609998' });
    expect(one.isError, one.text).toBe(false);
    expect(one.text).toContain('# Answer 609998 on ticket #84429');
    expect(one.text).toContain('- print-erro.png (file_id 439999) · image/png');
    expect(one.structured).toMatchObject({ text: 'Aparece "tempo esgotado". Segue o print.', text_truncated: false });
    expect((one.structured!.files as { id: number }[]).map((f) => f.id)).toEqual([439999]);
  });

  it('pages, and says when a page is past the end', async () => {
    const page = await e2e.call('list_ticket_answers', { ticket_number: open, limit: 2, offset: 2 });
    expect((page.structured!.answers as unknown[]).length).toBe(1);
    const past = await e2e.call('list_ticket_answers', { ticket_number: open, offset: 5 });
    expect(past.text).toContain('No answers on page 5 of ticket #84429');
    const quiet = await e2e.call('list_ticket_answers', { ticket_number: String(SANDBOX_FIXTURES.quietTicket) });
    expect(quiet.text).toBe(`Ticket #${SANDBOX_FIXTURES.quietTicket} has no answers yet.`);
  });

  it('an unknown answer, or a bad id, is an error naming it', async () => {
    const unknown = await e2e.call('get_ticket_answer', { ticket_number: open, answer_id: 1 });
    expect(unknown.isError).toBe(true);
    expect(unknown.text).toContain('found no answer 1 on ticket #84429');
    const bad = await e2e.call('get_ticket_answer', { ticket_number: open, answer_id: 'abc' });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('`answer_id`');
    expect(e2e.upstream()).toEqual(['GET /tickets/84429/answers/1']);
  });
});

describe('delete_ticket_answer', () => {
  it('says which answer went; the answer is gone; a second call says it is already gone', async () => {
    const first = await e2e.call('delete_ticket_answer', { ticket_number: open, answer_id: '609999' });
    expect(first.isError, first.text).toBe(false);
    expect(first.text).toMatch(/^Deleted answer 609999 from ticket \*\*#84429\*\*: by Ana Souza, .* — "Renovamos o certificado da VPN. Pode testar\?"\.$/);
    expect(first.structured).toMatchObject({ deleted: true, already_gone: false, author: 'Ana Souza' });
    expect(main().answers.some((a) => a.id === 609999)).toBe(false);

    const second = await e2e.call('delete_ticket_answer', { ticket_number: open, answer_id: '609999' });
    expect(second.isError).toBe(false);
    expect(second.text).toContain('Answer 609999 is not on ticket #84429 any more: it was already deleted');
    expect(second.structured).toMatchObject({ deleted: false, already_gone: true });
  });

  it('deletes the answer\'s files with it, and says so', async () => {
    const result = await e2e.call('delete_ticket_answer', { ticket_number: open, answer_id: 609998 });
    expect(result.text).toContain('Deleted answer 609998 and its 1 file from ticket');
    expect(main().files.some((f) => f.id === 439999)).toBe(false);
  });

  it('a non-admin may not delete someone else\'s answer: TiFlux\'s 403 explained, nothing deleted', async () => {
    const result = await e2e.call('delete_ticket_answer', { ticket_number: open, answer_id: '609997' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toMatch(/^TiFlux refused to delete answer 609997 of ticket #84429 \(HTTP 403\)/);
    expect(main().answers.some((a) => a.id === 609997)).toBe(true);
  });
});

describe('delete_ticket_answer_file', () => {
  it('removes the file through the root path, keeps the answer; a repeat says it is already gone', async () => {
    const result = await e2e.call('delete_ticket_answer_file', { answer_id: '609998', file_id: '439999' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toBe('Deleted file 439999 from answer 609998. The answer itself is unchanged.');
    expect(e2e.upstream()).toEqual(['DELETE /ticket_answers/609998/files/439999']);
    expect(main().answers.some((a) => a.id === 609998)).toBe(true);
    const again = await e2e.call('delete_ticket_answer_file', { answer_id: '609998', file_id: '439999' });
    expect(again.isError).toBe(false);
    expect(again.structured).toMatchObject({ deleted: false, already_gone: true });
  });

  it('a non-admin may not change a client\'s answer (403); a bad id is refused before any call', async () => {
    const denied = await e2e.call('delete_ticket_answer_file', { answer_id: '609998', file_id: '439999' }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('(HTTP 403)');
    e2e.reset();
    const bad = await e2e.call('delete_ticket_answer_file', { answer_id: '609998', file_id: -4 });
    expect(bad.isError).toBe(true);
    expect(bad.text).toContain('`file_id`');
    expect(e2e.upstream()).toEqual([]);
  });
});

describe('upload_ticket_files and delete_ticket_file', () => {
  it('attaches files as files[] parts, bytes intact, and lists their ids; delete_ticket_file then names the file', async () => {
    const content = Buffer.from('Relatório de testes\n').toString('base64');
    const result = await e2e.call('upload_ticket_files', { ticket_number: open, files_base64: [{ filename: 'relatório.txt', content }] });
    expect(result.isError, result.text).toBe(false);
    const [file] = result.structured!.files as { id: number; name: string }[];
    expect(result.text).toContain(`- relatório.txt (file_id ${file!.id})`);
    const stored = main().files.find((f) => f.id === file!.id)!;
    expect(Buffer.from(stored.content).toString()).toBe('Relatório de testes\n');
    expect(stored.owner).toEqual({ kind: 'ticket' });

    const deleted = await e2e.call('delete_ticket_file', { ticket_number: open, file_id: file!.id });
    expect(deleted.text).toBe(`Deleted file **relatório.txt** (file_id ${file!.id}, 21 B) from ticket **#84429**.`);
    const again = await e2e.call('delete_ticket_file', { ticket_number: open, file_id: file!.id });
    expect(again.isError).toBe(false);
    expect(again.text).toContain(`File ${file!.id} is not on ticket #84429 any more`);
  });

  it('refuses an empty list, bad base64 and more than 10 files before calling TiFlux', async () => {
    const empty = await e2e.call('upload_ticket_files', { ticket_number: open, files_base64: [] });
    expect(empty.text).toContain('must hold at least one file');
    const bad = await e2e.call('upload_ticket_files', { ticket_number: open, files_base64: [{ filename: 'a.txt', content: '%%%' }] });
    expect(bad.text).toContain('is not valid base64');
    const many = Array.from({ length: 11 }, (_, i) => ({ filename: `f${i}.txt`, content: 'QQ==' }));
    const tooMany = await e2e.call('upload_ticket_files', { ticket_number: open, files_base64: many });
    expect(tooMany.text).toContain('at most 10 files');
    expect(e2e.upstream()).toEqual([]);
  });

  it('a non-admin may not delete a file someone else attached (403); nothing deleted', async () => {
    const result = await e2e.call('delete_ticket_file', { ticket_number: open, file_id: '439997' }, e2e.sandbox.keys.nonAdmin);
    expect(result.isError).toBe(true);
    expect(result.text).toContain('(HTTP 403)');
    expect(main().files.some((f) => f.id === 439997)).toBe(true);
  });
});

describe('get_ticket_histories', () => {
  it('shows stage passages with old → new values; history_of 1 shows appointment events, filterable by operation', async () => {
    const stages = await e2e.call('get_ticket_histories', { ticket_number: open, history_of: 0 });
    expect(stages.isError, stages.text).toBe(false);
    expect(stages.text).toContain('# Stage history of ticket #84429');
    expect(stages.text).toContain('  - stage: Novo → Triagem');
    expect(stages.text).toContain('  - priority: Média → {"id":');
    const appointments = await e2e.call('get_ticket_histories', { ticket_number: open, history_of: 1, operation: 'updated' });
    const entries = appointments.structured!.entries as { operation: string; changes: unknown[] }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ operation: 'updated', changes: [{ field: 'end_time', old_value: '10:30', new_value: '11:00' }] });
  });

  it('history_of is required and must be 0 or 1; a non-serving attendant gets 403', async () => {
    const missingArg = await e2e.call('get_ticket_histories', { ticket_number: open });
    expect(missingArg.text).toContain('`history_of` is required: 0 (stages) or 1 (appointments)');
    const wrong = await e2e.call('get_ticket_histories', { ticket_number: open, history_of: 2 });
    expect(wrong.text).toContain('must be 0 (stages) or 1 (appointments)');
    expect(e2e.upstream()).toEqual([]);
    const denied = await e2e.call('get_ticket_histories', { ticket_number: financeTicket(), history_of: 0 }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('(HTTP 403)');
  });
});

describe('get_ticket_stages_slas', () => {
  it('lists each passage with its SLA outcome; the current stage is "still there"', async () => {
    const result = await e2e.call('get_ticket_stages_slas', { ticket_number: open });
    expect(result.isError, result.text).toBe(false);
    const passages = result.structured!.passages as { stage: string; sla_attended: boolean; attended_at: string | null }[];
    expect(passages.map((p) => p.stage)).toEqual(['Novo', 'Triagem']);
    expect(result.text).toContain('- **Novo** (Suporte) · SLA met');
    expect(result.text).toContain('still there');
  });

  it('a ticket without SLA passages is not an error; 403 for a desk the attendant does not serve', async () => {
    const quiet = await e2e.call('get_ticket_stages_slas', { ticket_number: String(SANDBOX_FIXTURES.quietTicket) });
    expect(quiet.isError).toBe(false);
    expect(quiet.text).toContain('has no SLA passages');
    const denied = await e2e.call('get_ticket_stages_slas', { ticket_number: financeTicket() }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
  });
});

describe('get_ticket_checklists and update_ticket_checklist_item', () => {
  it('says what blocks closing, then filling the required field (index 0) clears it', async () => {
    const before = await e2e.call('get_ticket_checklists', { ticket_number: open });
    expect(before.isError, before.text).toBe(false);
    expect(before.text).toContain('Closing is blocked by: Checklist de atendimento VPN');
    expect(before.text).toContain('  - [0] Versão do cliente VPN (text) · **blank, required**');
    expect(before.text).toContain('[x] Wi-Fi (id b)');
    expect(before.structured!.pending_checklists).toEqual(['Checklist de atendimento VPN']);

    const filled = await e2e.call('update_ticket_checklist_item', {
      ticket_number: open, checklist_id: TICKET_RECORD_FIXTURES.openChecklistId, index: 0, value: '5.2.1',
    });
    expect(filled.isError, filled.text).toBe(false);
    expect(filled.text).toContain('[0] Versão do cliente VPN (text) · filled · "5.2.1"');
    expect(filled.text).toContain('The checklist no longer blocks closing.');
    expect(filled.structured).toMatchObject({ pending: false, field: { index: 0, filled: true, value: '5.2.1' } });

    const after = await e2e.call('get_ticket_checklists', { ticket_number: open });
    expect(after.text).toContain('No checklist blocks closing.');
  });

  it('ticks checkbox options and picks a radio option', async () => {
    const id = TICKET_RECORD_FIXTURES.openChecklistId;
    const boxes = await e2e.call('update_ticket_checklist_item', { ticket_number: open, checklist_id: id, index: 2, options: [{ id: 2, checked: true }] });
    expect((boxes.structured!.field as { options: { checked: boolean }[] }).options.map((o) => o.checked)).toEqual([true, true, false]);
    const radio = await e2e.call('update_ticket_checklist_item', { ticket_number: open, checklist_id: id, index: 1, options: [{ id: 'a', checked: true }] });
    expect(radio.text).toContain('[x] Cabo (id a)');
    expect(radio.text).toContain('[ ] Wi-Fi (id b)');
  });

  it('value xor options, before any call; wrong kind for the field and closed tickets are TiFlux 422s', async () => {
    const id = TICKET_RECORD_FIXTURES.openChecklistId;
    const neither = await e2e.call('update_ticket_checklist_item', { ticket_number: open, checklist_id: id, index: 0 });
    expect(neither.text).toContain('Give value');
    const both = await e2e.call('update_ticket_checklist_item', { ticket_number: open, checklist_id: id, index: 0, value: 'x', options: [{ id: 1, checked: true }] });
    expect(both.text).toContain('not both');
    expect(e2e.upstream()).toEqual([]);
    const kind = await e2e.call('update_ticket_checklist_item', { ticket_number: open, checklist_id: id, index: 2, value: 'x' });
    expect(kind.isError).toBe(true);
    expect(kind.text).toContain('a checkbox field takes options, not value');
    const closedOne = await e2e.call('update_ticket_checklist_item', {
      ticket_number: closed, checklist_id: TICKET_RECORD_FIXTURES.closedChecklistId, index: 0, value: 'x',
    });
    expect(closedOne.isError).toBe(true);
    expect(closedOne.text).toContain('cannot be edited');
    const unknown = await e2e.call('update_ticket_checklist_item', { ticket_number: open, checklist_id: 1, index: 0, value: 'x' });
    expect(unknown.text).toContain('found no ticket #84429, checklist 1 or field 0 of it');
  });

  it('a checklist without an id says it cannot be edited; 403 for a desk the attendant does not serve', async () => {
    const list = await e2e.call('get_ticket_checklists', { ticket_number: open });
    expect(list.text).toContain('**Anotações do técnico** (checklist_id — not editable)');
    const denied = await e2e.call('get_ticket_checklists', { ticket_number: financeTicket() }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('(HTTP 403)');
  });
});

describe('reopen_ticket', () => {
  it('reopens a closed ticket with the reason; the ticket is open afterwards', async () => {
    const result = await e2e.call('reopen_ticket', { ticket_number: closed, disapproval_reason: 'Voltou a falhar' });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('Ticket **#84430** reopened.');
    expect(main().tickets.find((t) => t.ticket_number === Number(closed))!.state).toBe('open');
    expect(e2e.upstream()).toEqual(['PUT /tickets/84430/reopen']);
  });

  it('an open ticket cannot be reopened: the known causes are named; a blank reason is refused locally', async () => {
    const result = await e2e.call('reopen_ticket', { ticket_number: open });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('TiFlux would not reopen ticket #84429: "Ticket 84429 is open; only closed tickets can be reopened"');
    expect(result.text).toContain('billed');
    const blank = await e2e.call('reopen_ticket', { ticket_number: closed, disapproval_reason: '  ' });
    expect(blank.text).toContain('`disapproval_reason`');
  });
});

describe('update_internal_communication and delete_internal_communication', () => {
  it('the author edits a note: Markdown becomes HTML in TiFlux', async () => {
    const result = await e2e.call('update_internal_communication', {
      ticket_number: closed, communication_id: String(SANDBOX_FIXTURES.adminNote), text: '**Toner** trocado.',
    });
    expect(result.isError, result.text).toBe(false);
    expect(result.text).toContain('now reads: "**Toner** trocado."');
    const stored = main().internalCommunications.find((n) => n.id === SANDBOX_FIXTURES.adminNote)!;
    expect(stored.text).toBe('<p><strong>Toner</strong> trocado.</p>');
  });

  it('someone else\'s note: TiFlux\'s 403 is explained as "only the author may edit"', async () => {
    const result = await e2e.call('update_internal_communication', { ticket_number: open, communication_id: '919999', text: 'Oi' });
    expect(result.isError).toBe(true);
    expect(result.text).toContain('only the author of a note may edit it');
    expect(main().internalCommunications.find((n) => n.id === 919999)!.text).not.toContain('Oi');
  });

  it('delete says which note went; a second call says it is already gone; a non-author non-admin gets 403', async () => {
    const denied = await e2e.call('delete_internal_communication', { ticket_number: closed, communication_id: String(SANDBOX_FIXTURES.adminNote) }, e2e.sandbox.keys.nonAdmin);
    expect(denied.isError).toBe(true);
    expect(denied.text).toContain('only its author or an admin may delete it');
    const first = await e2e.call('delete_internal_communication', { ticket_number: open, communication_id: '919998' });
    expect(first.text).toContain('Deleted internal communication 919998 from ticket **#84429**: by Ana Souza');
    expect(main().internalCommunications.some((n) => n.id === 919998)).toBe(false);
    const second = await e2e.call('delete_internal_communication', { ticket_number: open, communication_id: '919998' });
    expect(second.isError).toBe(false);
    expect(second.structured).toMatchObject({ deleted: false, already_gone: true });
    const unknownTicket = await e2e.call('delete_internal_communication', { ticket_number: missing, communication_id: '919998' });
    expect(unknownTicket.isError).toBe(true);
    expect(unknownTicket.text).toContain(`found no`);
  });
});
