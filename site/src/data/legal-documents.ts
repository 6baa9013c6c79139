import type { CollectionEntry } from 'astro:content';
import { entries } from './source';
import { once } from '../utils/once';
import { yearOf } from '../utils/dates';
import { vi } from '../i18n/vi';

export type LegalDocument = CollectionEntry<'legalDocuments'>;

/** Every legal document of the site, most recently issued first (callers must not modify it). */
export const allLegalDocuments = once(
  async (): Promise<LegalDocument[]> =>
    (await entries('legalDocuments')).sort(
      (a, b) =>
        b.data.issuedDate.localeCompare(a.data.issuedDate) ||
        a.data.number.localeCompare(b.data.number, 'vi') ||
        a.data.slug.localeCompare(b.data.slug)
    ),
  ['legalDocuments']
);

export const documentYear = (d: LegalDocument): number => yearOf(d.data.issuedDate);

/** "Quyết định 8083/QĐ-UBND", or for a draft for comment "Dự thảo kế hoạch DT-01/2026/UBND": a draft is not an issued document. */
export const documentLabel = (d: LegalDocument): string =>
  d.data.kind === 'draft-for-comment' ? vi.draftHeading(vi.types[d.data.type], d.data.number) : `${vi.types[d.data.type]} ${d.data.number}`;
