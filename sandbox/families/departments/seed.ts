// Departments for both organisations. "Suporte" and "Suporte Técnico" make "suporte" an exact match with a
// near neighbour; "Financeiro"/"Faturamento" share a prefix; one department is inactive.

import type { TenantData, TenantId } from '../../data/types.js';
import './records.js';

const MAIN: { name: string; groups: string[]; active?: boolean }[] = [
  { name: 'Suporte', groups: ['Atendimento N1', 'Atendimento N2', 'Gestão'] },
  { name: 'Suporte Técnico', groups: ['Suporte Técnico', 'Gestão'] },
  { name: 'Financeiro', groups: ['Financeiro', 'Gestão'] },
  { name: 'Faturamento', groups: ['Financeiro'] },
  { name: 'Comercial', groups: ['Comercial e Administrativo'] },
  { name: 'Ouvidoria', groups: ['Atendimento N1'] },
  { name: 'Atendimento Antigo', groups: ['Atendimento N1'], active: false },
];

const OTHER: typeof MAIN = [{ name: 'Atendimento', groups: ['Time Beta'] }];

export function seedDepartments(tenant: TenantData, tenantId: TenantId): void {
  const specs = tenantId === 'main' ? MAIN : OTHER;
  const firstId = tenantId === 'main' ? 61 : 50061;
  tenant.departments = specs.map((spec, index) => ({
    id: firstId + index,
    name: spec.name,
    active: spec.active ?? true,
    technical_group_ids: spec.groups
      .map((name) => tenant.technicalGroups.find((group) => group.name === name)?.id)
      .filter((id): id is number => id !== undefined),
  }));
}
