import { setWorkflowFields, loadItem } from '../../plugins/workflow/server/services/items';
import { proposeToCity } from '../../plugins/workflow/server/services/proposal';
import type { SeedContext } from '../context';
import type { ArticleSeed } from '../types';

const UID = 'api::article.article';

/**
 * Proposes the first article of each named ward to the city portal and publishes the city's copy,
 * so the demo shows a ward item credited on the city portal. Skips wards already proposed.
 */
export const seedProposals = async (ctx: SeedContext, articles: readonly ArticleSeed[], wards: readonly string[]): Promise<void> => {
  const { strapi } = ctx;
  for (const ward of wards) {
    const seed = articles.find((article) => article.site === ward);
    if (!seed) continue;
    const original = (await strapi.db.query(UID).findOne({ where: { slug: seed.slug, publishedAt: null }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (!original) continue;
    if (await strapi.db.query(UID).findOne({ where: { proposedFrom: { documentId: original.documentId } }, select: ['id'] })) continue;
    const item = await loadItem(strapi, UID, original.documentId);
    if (!item) continue;
    await strapi.db.transaction(async () => {
      const copy = await proposeToCity(strapi, item, { kind: 'system' });
      const postedAt = new Date(new Date(seed.postedAt).getTime() + 3 * 3600_000).toISOString();
      await strapi.documents(UID).update({ documentId: copy, status: 'draft', data: { postedAt } as never });
      await strapi.documents(UID).publish({ documentId: copy });
      await setWorkflowFields(strapi, { uid: UID, documentId: copy }, { workflowState: 'published', scheduledAt: null });
    });
    ctx.log(`proposals: ${ward} → city portal`);
  }
};
