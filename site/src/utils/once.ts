import { contentVersion, type CollectionName } from '../data/source';

const EVERY_COLLECTION: readonly CollectionName[] = [
  'sites',
  'categories',
  'units',
  'officials',
  'articles',
  'legalDocuments',
  'questions',
  'workSchedules',
  'datasets',
  'publicServices',
  'projects',
  'procurementNotices',
  'searchConfig',
];

/**
 * A value computed from the content once and shared by every page after: Astro's getCollection
 * walks every entry's data again on each call (for image references), which on a site of tens of
 * thousands of pages cost a fifth of the build. Computed again when one of the collections it is
 * made from changes (the incremental publisher's updates; a static build's content never does), so
 * a publish of an article leaves what was made from the legal documents as it was. Callers must
 * not modify what they get.
 */
export const once = <T>(load: () => Promise<T>, from: readonly CollectionName[] = EVERY_COLLECTION): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  let computedAt: string | undefined;
  return () => {
    const version = contentVersion(from);
    if (computedAt !== version) {
      value = load();
      computedAt = version;
    }
    return value!;
  };
};
