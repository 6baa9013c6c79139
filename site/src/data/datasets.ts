import type { CollectionEntry } from 'astro:content';
import { DATASET_FIELDS, type DatasetField } from '../content/schemas';
import { entries } from './source';
import { once } from '../utils/once';
import { calendarDate } from '../utils/dates';

export type Dataset = CollectionEntry<'datasets'>;

/** Every published dataset of the site, newest period first (callers must not modify it). */
export const allDatasets = once(
  async (): Promise<Dataset[]> =>
    (await entries('datasets')).sort(
      (a, b) =>
        b.data.periodEnd.localeCompare(a.data.periodEnd) ||
        b.data.periodStart.localeCompare(a.data.periodStart) ||
        a.data.slug.localeCompare(b.data.slug)
    ),
  ['datasets']
);

/** The fields in the order the list shows them, with their datasets; fields without any are left out. */
export const datasetsByField = async (): Promise<Array<{ field: DatasetField; label: string; datasets: Dataset[] }>> => {
  const all = await allDatasets();
  return (Object.entries(DATASET_FIELDS) as Array<[DatasetField, string]>)
    .map(([field, label]) => ({ field, label, datasets: all.filter((d) => d.data.field === field) }))
    .filter((group) => group.datasets.length > 0);
};

/** The public-service processing figures /dich-vu-cong/ shows: the newest dataset of that field. */
export const publicServiceFigures = async (): Promise<Dataset | null> =>
  (await allDatasets()).find((d) => d.data.field === 'dich-vu-cong') ?? null;

export const fieldLabel = (field: DatasetField): string => DATASET_FIELDS[field];

/** "01/01/2025 – 31/12/2025", or one day. */
export const periodLabel = (start: string, end: string): string =>
  start === end ? calendarDate(start) : `${calendarDate(start)} – ${calendarDate(end)}`;

/** Where a dataset's page and its CSV are. */
export const datasetPath = (slug: string): string => `thong-ke/${slug}/`;
export const datasetCsvPath = (slug: string): string => `thong-ke/${slug}.csv`;
