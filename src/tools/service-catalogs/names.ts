/**
 * The catalogue, area and item arguments: `services_catalog_id` or `services_catalog_name`, `services_catalogs_area_id`
 * or `area_name` (inside a catalogue), and the record a tool acts on (`id`, or its name). Names go through the shared
 * resolver (names/pick-one.ts); ids are used as given.
 */
import type { TiFluxClient } from '../../tiflux/client.js';
import { normaliseName } from '../names/normalise.js';
import { matchName } from '../names/match-names.js';
import { pickOne, type NameKind } from '../names/pick-one.js';
import { ToolError } from '../tool-error.js';
import { allAreas, allCatalogs, type ServicesCatalog, type ServicesCatalogArea, type ServicesCatalogItem } from './tree.js';

export interface Ref {
  id: number;
  /** Known when the record was resolved from a name. */
  name?: string;
}

/** `idArgument`: where the id goes instead: the context argument, or `id` when the catalogue is the target. */
export function catalogKind(idArgument = 'services_catalog_id'): NameKind<ServicesCatalog> {
  return {
    argument: 'services_catalog_name',
    idArgument,
    noun: 'service catalogue',
    plural: 'service catalogues',
    namesOf: (catalog) => [catalog.name],
    describe: (catalog) => `${catalog.id} · ${catalog.name}`,
    searchHint: 'list_services_catalogs',
    listAllWhenNoneClose: true,
  };
}

export function areaKind(catalog: Ref, idArgument = 'services_catalogs_area_id'): NameKind<ServicesCatalogArea> {
  return {
    argument: 'area_name',
    idArgument,
    noun: `area of ${refLabel('catalogue', catalog)}`,
    plural: `areas of ${refLabel('catalogue', catalog)}`,
    namesOf: (area) => [area.name],
    describe: (area) => `${area.id} · ${area.name}`,
    searchHint: 'list_services_catalog_areas',
    listAllWhenNoneClose: true,
  };
}

export function itemKind(area: Ref): NameKind<ServicesCatalogItem> {
  return {
    argument: 'item_name',
    idArgument: 'id',
    noun: `item of ${refLabel('area', area)}`,
    plural: `items of ${refLabel('area', area)}`,
    namesOf: (item) => [item.name],
    describe: (item) => `${item.id} · ${item.name} (SLA ${item.start_time ?? '?'} / ${item.end_time ?? '?'})`,
    searchHint: 'list_services_catalog_items',
  };
}

/** `catalogue "Infraestrutura" (id 501)` or `catalogue 501`. */
export function refLabel(noun: string, ref: Ref): string {
  return ref.name ? `${noun} "${ref.name}" (id ${ref.id})` : `${noun} ${ref.id}`;
}

export interface CatalogArgs {
  services_catalog_id?: number;
  services_catalog_name?: string;
}

export interface AreaArgs extends CatalogArgs {
  services_catalogs_area_id?: number;
  area_name?: string;
}

/** The catalogue a tool works in; the id wins over the name. */
export async function catalogFromArguments(tiflux: TiFluxClient, tool: string, args: CatalogArgs): Promise<Ref> {
  if (args.services_catalog_id !== undefined) return { id: args.services_catalog_id };
  if (args.services_catalog_name !== undefined) {
    const catalog = pickOne(args.services_catalog_name, await allCatalogs(tiflux), catalogKind());
    return { id: catalog.id, name: catalog.name };
  }
  throw new ToolError(`${tool} works inside one service catalogue: pass services_catalog_id or services_catalog_name.`);
}

/** An area found by searching every catalogue: it carries its catalogue's name, which tells namesakes apart. */
interface AreaInCatalog extends ServicesCatalogArea {
  catalogName: string;
}

const areaAnywhereKind: NameKind<AreaInCatalog> = {
  argument: 'area_name',
  idArgument: 'services_catalogs_area_id',
  noun: 'area in any service catalogue',
  plural: 'areas',
  namesOf: (area) => [area.name],
  describe: (area) => `${area.id} · ${area.name} (catalogue "${area.catalogName}")`,
  searchHint: 'list_services_catalog_areas',
};

/**
 * The area a tool works in: its id; or `area_name` inside the catalogue given; or, with no catalogue, `area_name`
 * among the areas of every catalogue (TiFlux's own server refuses an area name without its catalogue; one unique
 * match is enough for us, and namesakes in several catalogues are listed with their catalogue).
 */
export async function areaFromArguments(tiflux: TiFluxClient, tool: string, args: AreaArgs): Promise<Ref> {
  if (args.services_catalogs_area_id !== undefined) return { id: args.services_catalogs_area_id };
  if (args.area_name === undefined) {
    throw new ToolError(`${tool} works inside one area: pass services_catalogs_area_id or area_name.`);
  }
  if (args.services_catalog_id === undefined && args.services_catalog_name === undefined) {
    const catalogs = await allCatalogs(tiflux);
    const areas = (
      await Promise.all(
        catalogs.map(async (catalog) => (await allAreas(tiflux, catalog.id)).map((area) => ({ ...area, catalogName: catalog.name }))),
      )
    ).flat();
    const area = pickOne(args.area_name, areas, areaAnywhereKind);
    return { id: area.id, name: area.name };
  }
  const catalog = await catalogFromArguments(tiflux, tool, args);
  const area = pickOne(args.area_name, await allAreas(tiflux, catalog.id), areaKind(catalog));
  return { id: area.id, name: area.name };
}

/**
 * The record an update or delete acts on, from `id` or a name, among the live records of its parent.
 * - undefined: nothing with that id or name exists (any more); the caller decides what that means.
 * - A name must match one record EXACTLY (accents, case and spacing aside): a partial match is good enough to
 *   find something, not to change or delete it, so it is refused with the candidates.
 */
export function targetOf<T extends { id: number; name: string }>(
  records: readonly T[],
  id: number | undefined,
  name: string | undefined,
  kind: NameKind<T>,
  tool: string,
): T | undefined {
  if (id !== undefined) return records.find((record) => record.id === id);
  if (name === undefined) throw new ToolError(`${tool} needs the record to act on: pass ${kind.idArgument} or ${kind.argument}.`);
  const match = matchName(name, records, kind.namesOf, 0);
  if (match.kind === 'none') return undefined;
  // Several equally good matches: pickOne words the refusal, with the candidates.
  const chosen = match.kind === 'one' ? match.item : pickOne(name, records, kind);
  if (normaliseName(chosen.name) !== normaliseName(name)) {
    throw new ToolError(
      `${kind.argument} "${name}" only partly matches ${kind.describe(chosen)}; ${tool} needs the full name or ` +
        `${kind.idArgument}, so nothing was done.`,
    );
  }
  return chosen;
}

/** Create and update refuse a name a sibling already has (accent-, case- and space-insensitively). */
export function refuseDuplicate<T extends { id: number; name: string }>(
  siblings: readonly T[],
  name: string,
  self: number | undefined,
  where: string,
  kind: NameKind<T>,
): void {
  const wanted = normaliseName(name);
  const clash = siblings.find((sibling) => sibling.id !== self && normaliseName(sibling.name) === wanted);
  if (clash) {
    throw new ToolError(
      `${where} already has ${kind.describe(clash)}; names must be unique there, so nothing was written. ` +
        `Choose another name, or work on id ${clash.id}.`,
    );
  }
}
