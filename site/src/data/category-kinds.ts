// What a category lists, by its kind (the CMS's category `kind`):
// - news: the articles filed in it and its sub-categories;
// - documents: the site's legal documents of the kinds and types it names (documentKinds,
//   documentTypes; an empty list means any), newest first;
// - page-section: a section that has a page of its own (introduction, contacts, Q&A…): its
//   /chuyen-muc/<slug>/ page sends readers there, and lists articles only when it has no such page.
import type { Category } from './articles';
import type { LegalDocument } from './legal-documents';

/**
 * The page of each page-section category of the demo's Nghị định 42 list, under the site's base.
 * A page-section category not named here keeps an ordinary article listing.
 */
export const SECTION_PAGES: Readonly<Record<string, string>> = {
  'gioi-thieu': 'gioi-thieu/',
  'chuc-nang-nhiem-vu': 'gioi-thieu/',
  'co-cau-to-chuc': 'gioi-thieu/',
  'lanh-dao': 'lien-he/',
  'thong-tin-lien-he': 'lien-he/',
  'hoi-dap': 'hoi-dap/',
  'thong-tin-tieng-nuoc-ngoai': 'en/',
};

/** The page a page-section category leads to, or null. */
export const sectionPageOf = (category: Category): string | null =>
  category.data.kind === 'page-section' ? (SECTION_PAGES[category.data.slug] ?? null) : null;

/** The documents a documents category lists, in the order given (newest first); none for other kinds. */
export const documentsOf = (category: Category, documents: readonly LegalDocument[]): LegalDocument[] => {
  if (category.data.kind !== 'documents') return [];
  const kinds = category.data.documentKinds?.length ? new Set<string>(category.data.documentKinds) : null;
  const types = category.data.documentTypes?.length ? new Set<string>(category.data.documentTypes) : null;
  return documents.filter((d) => (!kinds || kinds.has(d.data.kind)) && (!types || types.has(d.data.type)));
};
