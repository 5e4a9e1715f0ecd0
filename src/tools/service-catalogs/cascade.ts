/**
 * The cascade guard. TiFlux deactivates everything under a deleted catalogue or area (areas, items, and the
 * recurring activities that use them) without asking; these tools refuse such a delete until it is confirmed with
 * `confirm_cascade: true`, listing what would go. A delete with nothing underneath runs at once.
 */
import * as z from 'zod';
import { inline } from '../format/text.js';
import { ToolError } from '../tool-error.js';
import type { AreaWithItems, ServicesCatalogItem } from './tree.js';

const MAX_AREAS_LISTED = 20;
const MAX_ITEM_NAMES = 5;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function itemNames(items: readonly ServicesCatalogItem[]): string {
  if (!items.length) return 'no items';
  const names = items.slice(0, MAX_ITEM_NAMES).map((item) => inline(item.name)).join(', ');
  const more = items.length - MAX_ITEM_NAMES;
  return `${plural(items.length, 'item', 'items')}: ${names}${more > 0 ? `, and ${more} more` : ''}`;
}

/** "2 areas and 19 items" / "12 items". */
export function cascadeCount(areas: number | undefined, items: number): string {
  return areas === undefined
    ? plural(items, 'item', 'items')
    : `${plural(areas, 'area', 'areas')} and ${plural(items, 'item', 'items')}`;
}

function lines(areas: readonly AreaWithItems[]): string[] {
  const shown = areas.slice(0, MAX_AREAS_LISTED).map(({ area, items }) => `- area "${inline(area.name)}" (id ${area.id}): ${itemNames(items)}`);
  const more = areas.length - MAX_AREAS_LISTED;
  return more > 0 ? [...shown, `- …and ${more} more areas`] : shown;
}

/** Refuses the delete of `target` unless confirmed; `areas` undefined means the target is an area (items only). */
export function guardCascade(
  tool: string,
  target: string,
  children: { areas?: readonly AreaWithItems[]; items?: readonly ServicesCatalogItem[] },
  confirmed: boolean,
): void {
  const itemCount = children.areas ? children.areas.reduce((sum, area) => sum + area.items.length, 0) : children.items!.length;
  const hasChildren = children.areas ? children.areas.length > 0 : itemCount > 0;
  if (!hasChildren || confirmed) return;
  const what = cascadeCount(children.areas?.length, itemCount);
  const detail = children.areas ? lines(children.areas) : [`- ${itemNames(children.items!)}`];
  throw new ToolError(
    [
      `${tool} refused: ${target} still has ${what}, and TiFlux would deactivate all of them with it ` +
        '(recurring activities that use them too). Nothing was deleted.',
      'What would go:',
      ...detail,
      `To delete all of it, ask the user, then call ${tool} again with the same arguments and confirm_cascade: true.`,
    ].join('\n'),
  );
}

export const deleteOutput = () => ({
  deleted: z.boolean().describe('false when the record was already gone.'),
  id: z.number().int().nullable(),
  name: z.string().nullable(),
  areas_deleted: z.number().int().describe('Areas deactivated (the area itself counts for an area delete).'),
  items_deleted: z.number().int().describe('Items deactivated with it (the item itself counts for an item delete).'),
});
