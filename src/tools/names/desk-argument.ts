/** desk_id or desk_name, for the tools that work inside one desk (search_stage, search_catalog_item). */
import type { TiFluxClient } from '../../tiflux/client.js';
import { ToolError } from '../tool-error.js';
import { resolveDesk } from './resolvers.js';

export interface DeskRef {
  id: number;
  /** Known when the desk was given by name. */
  name?: string;
}

export async function deskFromArguments(
  tiflux: TiFluxClient,
  toolName: string,
  args: { desk_id?: number; desk_name?: string },
): Promise<DeskRef> {
  if (args.desk_id !== undefined) return { id: args.desk_id };
  if (args.desk_name !== undefined) return resolveDesk(tiflux, args.desk_name);
  throw new ToolError(`${toolName} works inside one desk: pass desk_id or desk_name.`);
}

export function deskLabel(desk: DeskRef): string {
  return desk.name ? `desk ${desk.name} (id ${desk.id})` : `desk ${desk.id}`;
}
