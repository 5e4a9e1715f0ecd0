import * as z from 'zod';
import type { Stage } from '../../tiflux/client.js';
import { defineTool } from '../define-tool.js';
import { renderList } from '../format/list.js';
import { pageInfoOutput, pageOfList } from '../format/paging.js';
import { inline } from '../format/text.js';
import { deskFromArguments, deskLabel } from '../names/desk-argument.js';
import { rankByName } from '../names/match-names.js';
import { idParam, limitParam, nameParam, offsetParam } from '../shared/params.js';

function stageOutput() {
  return z.object({
    id: z.number().int(),
    name: z.string(),
    position: z.number().nullable(),
    kind: z.enum(['first', 'last', 'intermediate']),
    max_time: z.string().nullable(),
  });
}
type StageRow = z.output<ReturnType<typeof stageOutput>>;

function rowOf(stage: Stage): StageRow {
  return {
    id: stage.id,
    name: stage.name,
    position: stage.index ?? null,
    kind: stage.first_stage ? 'first' : stage.last_stage ? 'last' : 'intermediate',
    max_time: stage.max_time === null || stage.max_time === undefined ? null : String(stage.max_time),
  };
}

const byPosition = (a: Stage, b: Stage) =>
  (a.index ?? Number.MAX_SAFE_INTEGER) - (b.index ?? Number.MAX_SAFE_INTEGER) || a.id - b.id;

export const searchStage = defineTool({
  toolset: 'directory',
  name: 'search_stage',
  title: 'List the stages of a desk',
  description:
    'Lists the stages (workflow columns) of one TiFlux desk in workflow order, with their ids, position, ' +
    'whether each is the first or last stage, and its maximum time. Stage ids go to update_ticket (stage_id) and ' +
    'list_tickets (stage_ids). Give the desk as desk_id or desk_name (name or display name, accent- and ' +
    'case-insensitive). stage_name narrows the list to matching stages. Every stage of the desk is searched, not ' +
    'only the first page. Paging: limit (1–200, default 20), offset (next page: offset + 1).',
  input: () => ({
    desk_id: idParam('Desk id.').optional(),
    desk_name: nameParam('Desk name or display name, if you do not have desk_id.').optional(),
    stage_name: nameParam('Only stages whose name matches this.').optional(),
    offset: offsetParam(),
    limit: limitParam(),
  }),
  output: () => ({ desk_id: z.number().int(), stages: z.array(stageOutput()), ...pageInfoOutput() }),
  annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: true },
  async run(args, { tiflux, verbosity }) {
    const desk = await deskFromArguments(tiflux, 'search_stage', args);
    const all = [...(await tiflux.lookups.stages(desk.id))].sort(byPosition);
    const chosen = args.stage_name ? rankByName(args.stage_name, all, (stage) => [stage.name]).map(({ item }) => item) : all;
    const { items, info } = pageOfList(chosen, args.offset, args.limit);
    const stages = items.map(rowOf);
    const line = (stage: StageRow) =>
      `- **${inline(stage.name)}** (id ${stage.id}) · position ${stage.position ?? '?'} · ${stage.kind}` +
      `${stage.max_time ? ` · max time ${stage.max_time}` : ''}`;
    const what = args.stage_name ? `Stages of ${deskLabel(desk)} matching "${args.stage_name}"` : `Stages of ${deskLabel(desk)}`;
    const text = stages.length
      ? renderList({ heading: what, rows: stages.map(line), info, plural: 'stages' }, verbosity)
      : chosen.length
        ? `No stages on page ${info.offset}: the ${chosen.length} stages end before it.`
        : args.stage_name
          ? `No stage of ${deskLabel(desk)} matches "${args.stage_name}"; call again without stage_name to see all ${all.length}.`
          : `${deskLabel(desk)} has no stages.`;
    return { text, structured: { desk_id: desk.id, stages, ...info } };
  },
});
