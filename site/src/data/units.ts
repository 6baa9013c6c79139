import type { CollectionEntry } from 'astro:content';
import { entries } from './source';
import { once } from '../utils/once';

export type Unit = CollectionEntry<'units'>;

/** The site's units in the editors' order. */
export const allUnits = once(
  async (): Promise<Unit[]> =>
    (await entries('units')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.slug.localeCompare(b.data.slug)),
  ['units']
);
