import { getCollection, type CollectionEntry } from 'astro:content';
import { yearOf } from '../utils/dates';

export type LegalDocument = CollectionEntry<'legalDocuments'>;

/** Every legal document of the site, most recently issued first. */
export const allLegalDocuments = async (): Promise<LegalDocument[]> =>
  (await getCollection('legalDocuments')).sort((a, b) => b.data.issuedDate.localeCompare(a.data.issuedDate) || a.data.number.localeCompare(b.data.number));

/** The distinct values of a facet, in first-seen order (documents are sorted newest first). */
export const facetValues = <T>(docs: LegalDocument[], facet: (d: LegalDocument) => T): T[] => [...new Set(docs.map(facet))];

export const documentYear = (d: LegalDocument): number => yearOf(d.data.issuedDate);
