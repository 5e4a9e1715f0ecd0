// GET /departments?name&offset&limit (docs/people.md): active departments; admins see all, others those of their group.

import { ok } from '../../http/api-response.js';
import { paginate, readPage } from '../../http/paging.js';
import { optionalString } from '../../http/query.js';
import type { Route } from '../../http/router.js';
import { tenantOf } from '../../http/params.js';
import './records.js';

export const departmentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/departments',
    handle(context) {
      const { user, isAdmin } = context.principal;
      const name = optionalString(context.query, 'name')?.toLowerCase();
      const departments = tenantOf(context).departments.filter(
        (department) =>
          department.active &&
          (isAdmin || (user.technical_group_id !== null && department.technical_group_ids.includes(user.technical_group_id))) &&
          (name === undefined || department.name.toLowerCase().includes(name)),
      );
      return ok(paginate(departments, readPage(context.query)).map((department) => ({ id: department.id, name: department.name })));
    },
  },
];
