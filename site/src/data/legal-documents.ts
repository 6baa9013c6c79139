import { getCollection, type CollectionEntry } from 'astro:content';
import { yearOf } from '../utils/dates';

export type LegalDocument = CollectionEntry<'legalDocuments'>;

let sorted: Promise<LegalDocument[]> | undefined;

/** Every legal document of the site, most recently issued first (read and sorted once per build). */
export const allLegalDocuments = (): Promise<LegalDocument[]> =>
  (sorted ??= getCollection('legalDocuments').then((docs) =>
    docs.sort(
      (a, b) =>
        b.data.issuedDate.localeCompare(a.data.issuedDate) || a.data.number.localeCompare(b.data.number, 'vi') || a.data.slug.localeCompare(b.data.slug),
    ),
  ));

export const documentYear = (d: LegalDocument): number => yearOf(d.data.issuedDate);
