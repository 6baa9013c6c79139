import { getCollection, type CollectionEntry } from 'astro:content';
import { yearOf } from '../utils/dates';
import { vi } from '../i18n/vi';

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

/** "Quyết định 8083/QĐ-UBND", or for a draft for comment "Dự thảo kế hoạch DT-01/2026/UBND": a draft is not an issued document. */
export const documentLabel = (d: LegalDocument): string =>
  d.data.kind === 'draft-for-comment' ? vi.draftHeading(vi.types[d.data.type], d.data.number) : `${vi.types[d.data.type]} ${d.data.number}`;
