import type { Core, Modules } from '@strapi/strapi';
import { contentTypes } from '@strapi/utils';
import { changesOf } from '@vungtau/publishing';
import { describeRequester } from '../services/requester';
import { affectedSites, documentLabel, WATCHED_UIDS } from '../services/affected-sites';
import { enqueue } from '../services/queue';
import { wakeWorker } from '../services/worker';

type Middleware = Modules.Documents.Middleware.Middleware;

/** For draft-and-publish types only these change what readers see; a saved draft does not. */
const PUBLIC_ACTIONS = new Set(['publish', 'unpublish', 'delete']);
const ANY_WRITE = new Set(['create', 'update', 'delete', 'publish', 'unpublish']);

const ACTION_LABELS: Record<string, string> = {
  create: 'thêm',
  update: 'sửa',
  delete: 'xóa',
  publish: 'đăng',
  unpublish: 'gỡ',
};

/**
 * Queues a rebuild of exactly the sites a change shows on. Sites are read from the stored rows
 * before and after the write (a deleted or withdrawn item still names the site it left), inside
 * the write's transaction, so a write that rolls back queues nothing.
 */
const rebuildTriggers =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!WATCHED_UIDS.has(context.uid)) return next();
    const draftAndPublish = contentTypes.hasDraftAndPublish(context.contentType);
    if (!(draftAndPublish ? PUBLIC_ACTIONS : ANY_WRITE).has(context.action)) return next();

    const params = context.params as { documentId?: string };
    return strapi.db.transaction(async ({ onCommit }) => {
      const before = params.documentId ? await affectedSites(strapi, context.uid, params.documentId) : new Set<string>();
      // A deleted document has no row left to name it by afterwards.
      const labelBefore =
        context.action === 'delete' && params.documentId ? await documentLabel(strapi, context.uid, params.documentId) : null;
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      const after = documentId && context.action !== 'delete' ? await affectedSites(strapi, context.uid, documentId) : new Set<string>();
      const sites = new Set([...before, ...after]);
      if (sites.size > 0) {
        const label = labelBefore ?? (documentId ? await documentLabel(strapi, context.uid, documentId) : null);
        const what =
          `${ACTION_LABELS[context.action] ?? context.action} ${context.contentType.info.displayName} ${label ? `“${label}”` : (documentId ?? '')}`.trim();
        await enqueue(strapi, sites, what, describeRequester(strapi), changesOf(context.uid, documentId));
        // The job is visible to the worker once the whole write commits; start it then, not at the next poll.
        onCommit(wakeWorker);
      }
      return result;
    });
  };

export default rebuildTriggers;
