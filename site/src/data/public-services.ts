import type { CollectionEntry } from 'astro:content';
import { PUBLIC_SERVICE_FIELDS, type PublicServiceField } from '../content/schemas';
import { entries } from './source';

export type PublicService = CollectionEntry<'publicServices'>;

/** The procedures by field, in the CMS's field order; in each, the most used first, then by order and name. */
export const servicesByField = async (): Promise<Array<{ field: PublicServiceField; label: string; services: PublicService[] }>> => {
  const all = (await entries('publicServices')).sort(
    (a, b) =>
      Number(b.data.popular) - Number(a.data.popular) ||
      (a.data.order ?? 9999) - (b.data.order ?? 9999) ||
      a.data.name.localeCompare(b.data.name, 'vi') ||
      a.id.localeCompare(b.id)
  );
  return (Object.entries(PUBLIC_SERVICE_FIELDS) as Array<[PublicServiceField, string]>)
    .map(([field, label]) => ({ field, label, services: all.filter((s) => s.data.field === field) }))
    .filter((group) => group.services.length > 0);
};

export const LEVEL_LABELS = { 'mot-phan': 'Một phần', 'toan-trinh': 'Toàn trình' } as const;
