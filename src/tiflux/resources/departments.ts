/** Departments (used by the chat filters). Admins see every active one; other keys those of their group. */
import type { PageRequest } from '../paging.js';
import type { Transport } from '../transport-types.js';
import { getPage } from '../endpoint.js';
import { peopleSchemas as s } from '../schemas/people.js';

export function createDepartmentsApi(transport: Transport) {
  return {
    list: (filters: PageRequest & { name?: string } = {}) =>
      getPage(transport, {
        path: '/departments',
        query: { name: filters.name },
        page: filters,
        schema: s().departmentListSchema,
        action: 'list departments',
      }),
  };
}

export type DepartmentsApi = ReturnType<typeof createDepartmentsApi>;
