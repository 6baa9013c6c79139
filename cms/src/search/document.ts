/**
 * One record of a search index: a published article, legal document or question (or one chunk of
 * its long text), shaped the same for both engines. Everything a results page shows is here, so a hit
 * needs no further request to the CMS.
 */
export interface IndexDocument {
  /** Unique per record: `<documentId>-<chunk>`. */
  id: string;
  documentId: string;
  /** The sections index tells its types apart by this (a facet): `project`, `procurement-notice`. */
  kind: 'article' | 'legal-document' | 'question' | 'project' | 'procurement-notice' | 'dataset';
  /** The slug of the site it is published on; a ward site searches its own only. */
  site: string;
  siteName: string;
  /** The page, relative to its site's home: `tin/<slug>/`, `van-ban/<slug>/`, `hoi-dap/<slug>/`, `du-an/<slug>/`. */
  path: string;
  title: string;
  /** Questions: the question asked. */
  summary: string;
  /** The body text of this chunk (questions: of the answer). */
  body: string;
  /** When it was posted, in seconds since the epoch (sortable). */
  date: number;
  year: number;
  /** Category names (a facet that reads the same on every site). */
  categories: string[];
  /** Articles: their form (tin, bai, phong-su-anh …) and the ward credited on the city portal. */
  form?: string;
  credit?: string | null;
  thumbnail?: { url: string; width: number; height: number } | null;
  /**
   * Legal documents, questions (a slug of QUESTION_FIELDS) and sections (a project's field, a
   * slug of PROJECT_FIELDS; a procurement notice has its project's).
   */
  field?: string | null;
  /** Questions and sections: the field's Vietnamese name; questions: when the answer was given (ISO). */
  fieldLabel?: string;
  answeredAt?: string | null;
  /** Legal documents (sections: `typeLabel` names the kind, "Dự án", "Thông báo mời thầu"). */
  number?: string;
  type?: string;
  typeLabel?: string;
  /** Sections: where the item stands ("Đang thực hiện", "Đã có nhà thầu trúng thầu"…). */
  stateLabel?: string;
  legalKind?: string;
  issuer?: string;
  validity?: string;
  issuedDate?: string | null;
}
