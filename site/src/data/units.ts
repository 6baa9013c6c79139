import { once } from '../utils/once';
import { getCollection, type CollectionEntry } from 'astro:content';

export type Unit = CollectionEntry<'units'>;

/** The site's units in the editors' order. */
export const allUnits = once(async (): Promise<Unit[]> => (await getCollection('units')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0)));
