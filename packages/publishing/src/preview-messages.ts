/**
 * The messages between the CMS and its page previewer, the child process it forks
 * (site/scripts/preview.mjs) and talks to over IPC. The previewer renders a draft with the site's
 * own renderer bundle; it asks the CMS for the draft in the shape the site's loader reads.
 */
import { CONTENT_TYPES } from './content-types.js';

/** The types whose items have a page of their own that staff preview, and the site's collection of each. */
export const PREVIEW_COLLECTIONS = {
  [CONTENT_TYPES.article.uid]: 'articles',
  [CONTENT_TYPES.legalDocument.uid]: 'legalDocuments',
  [CONTENT_TYPES.workSchedule.uid]: 'workSchedules',
  [CONTENT_TYPES.project.uid]: 'projects',
  [CONTENT_TYPES.procurementNotice.uid]: 'procurementNotices',
  [CONTENT_TYPES.dataset.uid]: 'datasets',
} as const;

export type PreviewUid = keyof typeof PREVIEW_COLLECTIONS;
export type PreviewCollectionName = (typeof PREVIEW_COLLECTIONS)[PreviewUid];

export const isPreviewUid = (uid: string): uid is PreviewUid => Object.hasOwn(PREVIEW_COLLECTIONS, uid);

/** CMS → previewer: render the page of one item's draft on its site; answered by a PreviewReply. */
export interface PreviewRequest {
  type: 'preview';
  id: number;
  site: string;
  uid: PreviewUid;
  documentId: string;
  domains: boolean;
}

/** Previewer → CMS: the item's draft, as the REST API answers `query` on `collection` (`/api/<collection>`). */
export interface DraftRequest {
  type: 'draft';
  id: number;
  uid: PreviewUid;
  documentId: string;
  query: unknown;
}

/** CMS → previewer: the draft asked for, or null when it is gone. */
export interface DraftReply {
  type: 'draft';
  id: number;
  entry: Record<string, unknown> | null;
}

/**
 * Previewer → CMS: the page (its path under the site's base, the site's base, the HTML, the folder
 * of the styles it links to) or why not.
 * `message` is for the editor (Vietnamese); `error` is an unexpected failure, for the log.
 */
export type PreviewReply = { type: 'preview'; id: number } & (
  | { path: string; base: string; html: string; assets: string }
  | { message: string }
  | { error: string }
);

export type PreviewerRequest = PreviewRequest | DraftReply;
export type PreviewerReply = PreviewReply | DraftRequest;
