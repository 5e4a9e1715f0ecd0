/**
 * Name kinds and all-pages lists for the people and organisation tools: requestors, technical groups, priorities,
 * desk catalogues, entities, entity fields and their options. Same tiers and disambiguation as resolvers.ts.
 * Technical groups and custom-field metadata are configuration: cached like the other name lists (lookups.ts).
 * Requestors are not: our own tools create them, and linking must see a requestor created a moment ago.
 */
import type { TiFluxClient } from '../../tiflux/client.js';
import { collectAllPages } from '../../tiflux/paging.js';
import { createEntitiesApi, type EntityAppliedIn } from '../../tiflux/resources/entities.js';
import { createUserAccountsApi } from '../../tiflux/resources/user-accounts.js';
import type { EntityFieldMeta, EntityMeta, EntityOption, Requestor, TechnicalGroup } from '../../tiflux/schemas/people.js';
import type { NameKind } from './pick-one.js';
import { pickOne } from './pick-one.js';
import { ToolError } from '../tool-error.js';
import type { ResolvedName } from './resolvers.js';

export function requestorKind(argument: string, where: string): NameKind<Requestor> {
  return {
    argument,
    idArgument: 'requestor_id',
    noun: `requestor ${where}`,
    plural: `requestors ${where}`,
    namesOf: (requestor) => [requestor.name, requestor.email],
    describe: describeRequestor,
    searchHint: 'search_requestor',
  };
}

export function describeRequestor(requestor: Requestor): string {
  return (
    `${requestor.id} · ${requestor.name}${requestor.email ? ` <${requestor.email}>` : ''}` +
    (requestor.client?.name ? ` (client ${requestor.client.name}${requestor.client.id ? `, id ${requestor.client.id}` : ''})` : '')
  );
}

const technicalGroupKind: NameKind<TechnicalGroup> = {
  argument: 'technical_group_name',
  idArgument: 'technical_group_id',
  noun: 'technical group',
  plural: 'technical groups',
  namesOf: (group) => [group.name],
  describe: (group) => `${group.id} · ${group.name}`,
  listAllWhenNoneClose: true,
};

/** Every technical group (all pages; TiFlux's own server read one page), cached like the other name lists. */
export function allTechnicalGroups(tiflux: TiFluxClient): Promise<TechnicalGroup[]> {
  return tiflux.lookups.cached('technical-groups', () =>
    collectAllPages((page) => tiflux.use(createUserAccountsApi).technicalGroups(page)),
  );
}

export async function resolveTechnicalGroup(tiflux: TiFluxClient, name: string): Promise<ResolvedName> {
  const group = pickOne(name, await allTechnicalGroups(tiflux), technicalGroupKind);
  return { id: group.id, name: group.name };
}

const entityKind: NameKind<EntityMeta> = {
  argument: 'entity_name',
  idArgument: 'entity_id',
  noun: 'custom-field entity',
  plural: 'entities',
  namesOf: (entity) => [entity.name],
  describe: (entity) => `${entity.id} · ${entity.name}${entity.applied_in ? ` (${entity.applied_in})` : ''}`,
  searchHint: 'list_entities',
  listAllWhenNoneClose: true,
};

export function fieldKind(where: string): NameKind<EntityFieldMeta & { entity?: string }> {
  return {
    argument: 'entity_field_name',
    idArgument: 'entity_field_id',
    noun: `custom field ${where}`,
    plural: `custom fields ${where}`,
    namesOf: (field) => [field.name],
    describe: (field) => `${field.id} · ${field.name}${field.field_type ? ` (${field.field_type})` : ''}${field.entity ? `, in ${field.entity}` : ''}`,
    searchHint: 'list_entity_fields',
    listAllWhenNoneClose: true,
  };
}

export const optionLabel = (option: EntityOption): string => option.value ?? option.title ?? String(option.id);

export function optionKind(fieldName: string): NameKind<EntityOption> {
  return {
    argument: 'entity_field_option_name',
    idArgument: 'entity_field_option_id',
    noun: `option of "${fieldName}"`,
    plural: `options of "${fieldName}"`,
    namesOf: (option) => [optionLabel(option)],
    describe: (option) => `${option.id} · ${optionLabel(option)}`,
    listAllWhenNoneClose: true,
  };
}

/** Every active entity (optionally of one kind). */
export function allEntities(tiflux: TiFluxClient, appliedIn?: EntityAppliedIn): Promise<EntityMeta[]> {
  const api = tiflux.use(createEntitiesApi);
  return tiflux.lookups.cached(`entities:${appliedIn ?? 'all'}`, () =>
    collectAllPages((page) => api.list({ ...page, applied_in: appliedIn, active: true })),
  );
}

export function allFields(tiflux: TiFluxClient, entityId: number): Promise<EntityFieldMeta[]> {
  const api = tiflux.use(createEntitiesApi);
  return tiflux.lookups.cached(`entity-fields:${entityId}`, () => collectAllPages((page) => api.fields(entityId, page)));
}

export function allOptions(tiflux: TiFluxClient, fieldId: number): Promise<EntityOption[]> {
  const api = tiflux.use(createEntitiesApi);
  return tiflux.lookups.cached(`entity-options:${fieldId}`, () => collectAllPages((page) => api.options(fieldId, page)));
}

export async function resolveEntity(tiflux: TiFluxClient, name: string, appliedIn?: EntityAppliedIn): Promise<EntityMeta> {
  return pickOne(name, await allEntities(tiflux, appliedIn), entityKind);
}

/** entity_id, else entity_name resolved; a ToolError when neither is given. */
export async function entityFromArguments(
  tiflux: TiFluxClient,
  toolName: string,
  args: { entity_id?: number; entity_name?: string },
): Promise<{ id: number; name?: string }> {
  if (args.entity_id !== undefined) return { id: args.entity_id };
  if (args.entity_name !== undefined) {
    const entity = await resolveEntity(tiflux, args.entity_name);
    return { id: entity.id, name: entity.name };
  }
  throw new ToolError(`${toolName} needs the entity: pass entity_id or entity_name (list_entities lists them).`);
}
