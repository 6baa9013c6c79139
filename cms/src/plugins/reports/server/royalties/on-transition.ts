import type { Core } from '@strapi/strapi';
import { TRANSITIONED, type TransitionEvent } from '../../../workflow/server/services/hooks';
import { ARTICLE } from '../services/uids';
import { dropPendingRecords, syncArticleRoyalties } from './records';

/**
 * Royalties follow the workflow: approving and publishing (now or at the scheduled time) earns
 * them, withdrawing a piece published in error takes the pending ones back. Runs inside the
 * transition's transaction, so a refused publish creates no record.
 */
export const royaltiesOnTransition =
  (strapi: Core.Strapi) =>
  async (event: TransitionEvent): Promise<void> => {
    if (event.item.uid !== ARTICLE) return;
    if (event.toState === 'published' && (event.action === 'approve' || event.action === 'publish-due')) {
      const outcome = await syncArticleRoyalties(strapi, event.item.documentId, event.at);
      if (outcome === 'no-rate' || outcome === 'no-unit-value') {
        strapi.log.warn(
          `Royalties: ${event.item.documentId} was published without royalty records (${outcome}); add the site's rate table or unit value, then compute the month's missing royalties in Báo cáo.`
        );
      }
    }
    if (event.action === 'withdraw' && event.withdrawReason === 'published-in-error')
      await dropPendingRecords(strapi, event.item.documentId);
  };

export const listenToWorkflow = (strapi: Core.Strapi): void => {
  strapi.hook(TRANSITIONED).register(royaltiesOnTransition(strapi));
};
