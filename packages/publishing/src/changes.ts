import { CONTENT_TYPES } from './content-types.js';

/**
 * What changed on a site since its last build, kept on its queued job so that the worker can
 * publish just that (the incremental publisher): some articles, legal documents or questions by document id,
 * or `all` (a category, unit, tag or site changed: everything is fetched again, still only the
 * changed pages rendered). A job without changes (null: an operator's rebuild, a first build) is a
 * full build.
 */
export type JobChanges = { all: true } | { documents: Array<{ uid: string; documentId: string }> };

/** Past this many documents a job fetches everything: one pass over the lists beats many small requests. */
export const MAX_DOCUMENTS = 200;

/** The documents whose publishing the incremental publisher follows one by one; other types change `all`. */
export const DOCUMENT_UIDS: ReadonlySet<string> = new Set([
  CONTENT_TYPES.article.uid,
  CONTENT_TYPES.legalDocument.uid,
  CONTENT_TYPES.question.uid,
]);

/** The changes of one write to a document of `uid`. */
export const changesOf = (uid: string, documentId: string | undefined): JobChanges =>
  DOCUMENT_UIDS.has(uid) && documentId ? { documents: [{ uid, documentId }] } : { all: true };

/** Two jobs' changes as one: a full build wins, then `all`, else the documents of both. */
export const mergeChanges = (a: JobChanges | null | undefined, b: JobChanges | null | undefined): JobChanges | null => {
  if (!a || !b) return null;
  if ('all' in a || 'all' in b) return { all: true };
  const documents = [...a.documents];
  for (const doc of b.documents) {
    if (!documents.some((d) => d.uid === doc.uid && d.documentId === doc.documentId)) documents.push(doc);
  }
  return documents.length > MAX_DOCUMENTS ? { all: true } : { documents };
};
