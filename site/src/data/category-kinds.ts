// What a category lists, by its kind (the CMS's category `kind`):
// - news: the articles filed in it and its sub-categories;
// - documents: the site's legal documents of the kinds and types it names (documentKinds,
//   documentTypes; an empty list means any), newest first;
// - page-section: a section that has a page of its own (introduction, contacts, Q&A…): its
//   /chuyen-muc/<slug>/ page sends readers there, and lists articles only when it has no such page.
import { SECTION_PAGES } from '../utils/urls';
import type { Category } from './articles';
import type { LegalDocument } from './legal-documents';

/** The page of its own a category's section has (utils/urls.ts SECTION_PAGES), or null: its listing then leads there. */
export const sectionPageOf = (category: Category): string | null => SECTION_PAGES[category.data.slug] ?? null;

/** The documents a documents category lists, in the order given (newest first); none for other kinds. */
export const documentsOf = (category: Category, documents: readonly LegalDocument[]): LegalDocument[] => {
  if (category.data.kind !== 'documents') return [];
  const kinds = category.data.documentKinds?.length ? new Set<string>(category.data.documentKinds) : null;
  const types = category.data.documentTypes?.length ? new Set<string>(category.data.documentTypes) : null;
  return documents.filter((d) => (!kinds || kinds.has(d.data.kind)) && (!types || types.has(d.data.type)));
};
