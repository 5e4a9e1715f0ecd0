/** The `desks` family: desks and their configuration, priorities and catalogues, departments, custom-field metadata. */
import type { ToolDefinition } from '../define-tool.js';
import { getDesk } from './get-desk.js';
import { listDepartments } from './list-departments.js';
import { listDeskPriorities } from './list-desk-priorities.js';
import { listDesks } from './list-desks.js';
import { listDeskServicesCatalogs } from './list-desk-services-catalogs.js';
import { listEntities } from './list-entities.js';
import { listEntityFieldOptions } from './list-entity-field-options.js';
import { listEntityFields } from './list-entity-fields.js';

export const deskTools: readonly ToolDefinition[] = [
  listDesks,
  getDesk,
  listDeskPriorities,
  listDeskServicesCatalogs,
  listDepartments,
  listEntities,
  listEntityFields,
  listEntityFieldOptions,
];
