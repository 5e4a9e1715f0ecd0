// Lookups over a desk's records that both the generator and the routes need.

import type { TenantData } from '../../data/types.js';
import type { StageRecord } from './records.js';

export function stagesOfDesk(data: TenantData, deskId: number): StageRecord[] {
  return data.stages.filter((stage) => stage.desk_id === deskId).sort((a, b) => a.index - b.index);
}
