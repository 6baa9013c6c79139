import type { CollectionEntry } from 'astro:content';
import { entries } from './source';
import { once } from '../utils/once';

export type Official = CollectionEntry<'officials'>;

const RANK_ORDER: Record<Official['data']['rank'], number> = { head: 0, deputy: 1, member: 2 };

/** Head first, then deputies and members, each in the editors' order. */
const byRank = (a: Official, b: Official): number =>
  RANK_ORDER[a.data.rank] - RANK_ORDER[b.data.rank] ||
  (a.data.order ?? 0) - (b.data.order ?? 0) ||
  a.data.name.localeCompare(b.data.name, 'vi');

/** The site's officials by their unit's documentId; those without a unit under ''. */
export const officialsByUnit = once(async (): Promise<Map<string, Official[]>> => {
  const map = new Map<string, Official[]>();
  for (const official of [...(await entries('officials'))].sort(byRank)) {
    const key = official.data.unit?.documentId ?? '';
    map.set(key, [...(map.get(key) ?? []), official]);
  }
  return map;
}, ['officials']);

/** A phone number as a tel: link, digits and the leading + only. */
export const telHref = (phone: string): string => `tel:${phone.replace(/[^0-9+]/g, '')}`;
