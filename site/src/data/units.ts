import type { CollectionEntry } from 'astro:content';
import { entries } from './source';
import { once } from '../utils/once';

export type Unit = CollectionEntry<'units'>;

/** A unit on the organisation chart, with the units directly under it. */
export interface UnitNode {
  unit: Unit;
  children: UnitNode[];
}

/** The site's units in the editors' order. */
export const allUnits = once(
  async (): Promise<Unit[]> =>
    (await entries('units')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.slug.localeCompare(b.data.slug)),
  ['units']
);

/**
 * The organisation chart: the units without a parent on this site at the top, each with its
 * children in the editors' order. The CMS refuses cycles; should one slip in, its units are put
 * at the top rather than lost.
 */
export const unitTree = once(async (): Promise<UnitNode[]> => {
  const units = await allUnits();
  const ids = new Set(units.map((u) => u.id));
  const childrenOf = new Map<string, Unit[]>();
  for (const unit of units) {
    const parent = unit.data.parent?.documentId;
    if (parent && ids.has(parent)) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), unit]);
  }
  const placed = new Set<string>();
  const node = (unit: Unit): UnitNode => {
    placed.add(unit.id);
    return { unit, children: (childrenOf.get(unit.id) ?? []).filter((c) => !placed.has(c.id)).map(node) };
  };
  const roots = units.filter((u) => !u.data.parent || !ids.has(u.data.parent.documentId)).map(node);
  for (const unit of units) if (!placed.has(unit.id)) roots.push(node(unit));
  return roots;
}, ['units']);

/** The chart's units in reading order: each unit, then the units under it. */
export const unitsInChartOrder = once(async (): Promise<Unit[]> => {
  const walk = (nodes: UnitNode[]): Unit[] => nodes.flatMap((n) => [n.unit, ...walk(n.children)]);
  return walk(await unitTree());
}, ['units']);
