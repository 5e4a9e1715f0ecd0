// Departments (docs/people.md): the chat/attendance departments, each served by some technical groups.

export interface DepartmentRecord {
  id: number;
  name: string;
  active: boolean;
  /** Groups whose attendants see this department (non-admin keys see only their group's). */
  technical_group_ids: number[];
}

declare module '../../data/types.js' {
  interface TenantData {
    departments: DepartmentRecord[];
  }
}
