import { factories } from '@strapi/strapi';
import { attachPublishedComments } from '../../../plugins/participation/server/services/published-comments';

/**
 * A draft for public comment is published with the comments moderators published (Nghị định
 * 42/2022: a draft's page shows the comments received). They are added here, in their public shape,
 * rather than populated: the comment type has no public route and its contact details stay private.
 * The response cache knows (api-cache's ATTACHED_MODELS).
 */
export default factories.createCoreController('api::legal-document.legal-document', ({ strapi }) => ({
  async find(ctx) {
    const response = await super.find(ctx);
    await attachPublishedComments(strapi, (response as { data?: unknown } | undefined)?.data);
    return response;
  },
  async findOne(ctx) {
    const response = await super.findOne(ctx);
    await attachPublishedComments(strapi, (response as { data?: unknown } | undefined)?.data);
    return response;
  },
}));
