import type { Core, Modules } from '@strapi/strapi';
import { indexKeyOf } from '../../../../search/index-names';
import { dependentDocuments } from '../services/dependents';
import { enqueue } from '../services/outbox';
import { wakeSync } from '../services/sync';

type Middleware = Modules.Documents.Middleware.Middleware;

/** Only these change what the public can find; saving a draft does not. */
const PUBLIC_ACTIONS = new Set(['publish', 'unpublish', 'delete']);
const SHARED_UIDS = new Set(['api::site.site', 'api::category.category']);
const SHARED_ACTIONS = new Set(['update', 'delete']);
/** A procurement notice's record names its project and field: publishing the project changes it. */
const PROJECT = 'api::project.project';

/**
 * Notes in the search outbox, inside the write's transaction, every document whose public
 * version a write changes: publishing, withdrawing or deleting an indexed item (an article, legal
 * document, question, project, procurement notice), and renaming or retiring a site or category
 * they show (or publishing a project its notices name). Decided from the documentId and the stored
 * rows, never from an event payload (Strapi 5 writes a publish as two rows); the sync loop reads
 * the published version when it applies the entry.
 */
const searchSync =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const params = context.params as { documentId?: string; status?: string };
    // Creating or saving with `status: 'published'` publishes at once (the seed and scripts do).
    const publishing = ['create', 'update'].includes(context.action) && params.status === 'published';
    const indexed = indexKeyOf(context.uid) !== null && (PUBLIC_ACTIONS.has(context.action) || publishing);
    const shared =
      ((SHARED_UIDS.has(context.uid) && SHARED_ACTIONS.has(context.action)) || (context.uid === PROJECT && indexed)) &&
      Boolean(params.documentId);
    if (!indexed && !shared) return next();

    return strapi.db.transaction(async ({ onCommit }) => {
      // A deleted site or category no longer links to its documents afterwards.
      const before = shared ? await dependentDocuments(strapi, context.uid, params.documentId!) : new Map<string, string[]>();
      const result = await next();
      const documentId = params.documentId ?? (result as { documentId?: string } | null)?.documentId;
      if (indexed && documentId) await enqueue(strapi, context.uid, [documentId]);
      const after =
        shared && context.action !== 'delete'
          ? await dependentDocuments(strapi, context.uid, params.documentId!)
          : new Map<string, string[]>();
      for (const uid of new Set([...before.keys(), ...after.keys()]))
        await enqueue(strapi, uid, [...(before.get(uid) ?? []), ...(after.get(uid) ?? [])]);
      onCommit(wakeSync);
      return result;
    });
  };

export default searchSync;
