/**
 * Custom-field values given by name or id (the `entities` argument of the *_entities tools): entity, field and
 * option are resolved with the shared tiers (pick-one.ts); an unknown option lists the valid ones. Everything is
 * resolved before anything is written.
 */
import * as z from 'zod';
import type { EntityValueInput, TiFluxClient } from '../../tiflux/client.js';
import { MAX_ENTITIES_PER_UPDATE } from '../../tiflux/client.js';
import type { EntityAppliedIn } from '../../tiflux/resources/entities.js';
import type { EntityFieldMeta, EntityMeta, EntityOption } from '../../tiflux/schemas/people.js';
import { idParam, nameParam } from '../shared/params.js';
import { ToolError } from '../tool-error.js';
import { allEntities, allFields, allOptions, fieldKind, optionKind, optionLabel } from './people-names.js';
import { pickOne } from './pick-one.js';

function entityValueInput() {
  return z.strictObject({
    entity_field_id: idParam('Custom field id (list_entity_fields lists them). Or give entity_field_name.').optional(),
    entity_name: nameParam('Entity (field group) name, to narrow entity_field_name.').optional(),
    entity_field_name: nameParam('Custom field name, looked up in entity_name or in every entity of this kind.').optional(),
    entity_field_option_name: nameParam('For select/checkbox fields: the option, by its label.').optional(),
    entity_field_option_id: idParam('For select/checkbox fields: the option id (list_entity_field_options).').optional(),
    value: z
      .string()
      .max(10_000)
      .nullable()
      .optional()
      .describe(
        'text/email as is; currency "150.55"; phone digits; link http(s)/ftp; date YYYY-MM-DD; single_select the ' +
          'option id (or give the option by name instead); checkbox "true"/"false". null clears a non-required field.',
      ),
    country_code: z
      .string()
      .regex(/^[A-Za-z]{2}$/, { error: 'must be a 2-letter country code, e.g. "US"' })
      .optional()
      .describe('For phone fields outside Brazil.'),
  });
}

export function entitiesParam() {
  return z
    .array(entityValueInput())
    .min(1, { error: 'must hold at least one field value' })
    .max(MAX_ENTITIES_PER_UPDATE, { error: `accepts at most ${MAX_ENTITIES_PER_UPDATE} field values per call` })
    .describe(`The custom-field values to set, 1 to ${MAX_ENTITIES_PER_UPDATE}; fields not listed keep their values.`);
}

export type EntityValueArgument = z.output<ReturnType<typeof entityValueInput>>;

export interface ResolvedEntityValue {
  payload: EntityValueInput;
  field: { id: number; name?: string; field_type?: string | null };
  option?: { id: number; label: string };
}

type FieldWithEntity = EntityFieldMeta & { entity?: string };

/** The entities of one kind and their fields, read once per call, only when a name needs them. */
function fieldCatalogue(tiflux: TiFluxClient, appliedIn: EntityAppliedIn) {
  let entities: Promise<EntityMeta[]> | undefined;
  const fieldsByEntity = new Map<number, Promise<EntityFieldMeta[]>>();
  const entitiesOnce = () => (entities ??= allEntities(tiflux, appliedIn));
  const fieldsOf = (entity: EntityMeta) => {
    let fields = fieldsByEntity.get(entity.id);
    if (!fields) fieldsByEntity.set(entity.id, (fields = allFields(tiflux, entity.id)));
    return fields.then((list) => list.map((field): FieldWithEntity => ({ ...field, entity: entity.name })));
  };
  return {
    entitiesOnce,
    async fieldsIn(entityName: string | undefined): Promise<{ fields: FieldWithEntity[]; where: string }> {
      const all = await entitiesOnce();
      if (entityName !== undefined) {
        const entity = pickOne(entityName, all, {
          argument: 'entity_name',
          idArgument: 'entity_field_id',
          noun: `${appliedIn} entity`,
          plural: `${appliedIn} entities`,
          namesOf: (candidate) => [candidate.name],
          describe: (candidate) => `${candidate.id} · ${candidate.name}`,
          listAllWhenNoneClose: true,
        });
        return { fields: await fieldsOf(entity), where: `of entity ${entity.name}` };
      }
      const lists = await Promise.all(all.map(fieldsOf));
      return { fields: lists.flat(), where: `of the ${appliedIn} entities` };
    },
  };
}

export async function resolveEntityValues(
  tiflux: TiFluxClient,
  items: readonly EntityValueArgument[],
  appliedIn: EntityAppliedIn,
): Promise<ResolvedEntityValue[]> {
  const catalogue = fieldCatalogue(tiflux, appliedIn);
  const resolved: ResolvedEntityValue[] = [];
  for (const [index, item] of items.entries()) {
    const at = items.length > 1 ? ` (entities[${index}])` : '';
    let field: { id: number; name?: string; field_type?: string | null };
    if (item.entity_field_id !== undefined) {
      field = { id: item.entity_field_id };
      if (item.entity_field_option_name !== undefined || item.value === undefined) {
        // The type decides the value an option implies; find the field among this kind's entities.
        const { fields } = await catalogue.fieldsIn(undefined);
        field = fields.find((candidate) => candidate.id === item.entity_field_id) ?? field;
      }
    } else if (item.entity_field_name !== undefined) {
      const { fields, where } = await catalogue.fieldsIn(item.entity_name);
      field = pickOne(item.entity_field_name, fields, fieldKind(where));
    } else {
      throw new ToolError(`Each custom-field value needs entity_field_id or entity_field_name${at}. Nothing was changed.`);
    }

    let option: { id: number; label: string } | undefined;
    if (item.entity_field_option_name !== undefined && item.entity_field_option_id === undefined) {
      const options = await allOptions(tiflux, field.id);
      if (options.length === 0) {
        throw new ToolError(`Custom field ${field.name ?? field.id} has no options, so entity_field_option_name cannot apply${at}. Nothing was changed.`);
      }
      const picked: EntityOption = pickOne(item.entity_field_option_name, options, optionKind(field.name ?? String(field.id)));
      option = { id: picked.id, label: optionLabel(picked) };
    } else if (item.entity_field_option_id !== undefined) {
      option = { id: item.entity_field_option_id, label: String(item.entity_field_option_id) };
    }

    const value = item.value !== undefined ? item.value : option ? (field.field_type === 'checkbox' ? 'true' : String(option.id)) : undefined;
    if (value === undefined) {
      throw new ToolError(`Custom field ${field.name ?? field.id} needs a value${at} (null clears it). Nothing was changed.`);
    }
    const payload: EntityValueInput = { entity_field_id: field.id, value };
    if (option && field.field_type !== 'single_select') payload.entity_field_option_id = option.id;
    if (item.country_code) payload.country_code = item.country_code.toUpperCase();
    resolved.push({ payload, field, option });
  }
  return resolved;
}
