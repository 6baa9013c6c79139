import type { Core } from '@strapi/strapi';
import { relationRefs } from '../utils/relations';
import { slugify } from '@vungtau/publishing';
import { uniqueSlug } from '../utils/slugs';
import type { ContentTypeUID, DocumentMiddlewareFactory } from './types';
import { writeParams } from './types';

/** Which attribute a content type's slug is made from, and whether slugs are unique per site. */
const SLUG_SOURCES: Partial<Record<ContentTypeUID, { from: string; perSite: boolean }>> = {
  'api::site.site': { from: 'name', perSite: false },
  'api::unit.unit': { from: 'name', perSite: false },
  'api::tag.tag': { from: 'name', perSite: false },
  'api::article.article': { from: 'title', perSite: false },
  'api::legal-document.legal-document': { from: 'number', perSite: false },
  'api::question.question': { from: 'title', perSite: false },
  'api::project.project': { from: 'name', perSite: false },
  'api::procurement-notice.procurement-notice': { from: 'packageName', perSite: false },
  // Every site has its own "Tin tức, sự kiện", so category slugs repeat across sites.
  'api::category.category': { from: 'name', perSite: true },
  // Each site publishes its own monthly public-service figures under the same address.
  'api::dataset.dataset': { from: 'title', perSite: true },
};

const siteOf = async (strapi: Core.Strapi, uid: ContentTypeUID, data: Record<string, unknown>, documentId?: string) => {
  const refs = relationRefs(data.site);
  if (refs !== undefined) return refs[0] ?? null;
  if (!documentId) return null;
  const stored = await strapi.db.query(uid).findOne({ where: { documentId }, populate: { site: { select: ['id'] } } });
  const site = (stored as { site?: { id: number } | null } | null)?.site;
  return site ? { id: site.id } : null;
};

/**
 * Fills an empty slug from the title/name/number on create and update, so API clients and seed
 * scripts need not compute one, and makes it unique (globally, or within the site for categories).
 */
const slugFill: DocumentMiddlewareFactory = (strapi) => async (context, next) => {
  const source = SLUG_SOURCES[context.uid];
  if (!source || (context.action !== 'create' && context.action !== 'update')) return next();

  const params = writeParams(context);
  const data = params.data;
  if (!data) return next();
  const given = typeof data.slug === 'string' ? data.slug.trim() : data.slug;
  const text = data[source.from];
  // The admin's UID field fills in "article", "article-1"… from the type's name while the title is
  // still empty, and sends that on the first save: it is a placeholder, not a chosen slug.
  const placeholder = new RegExp(`^${context.contentType.info.singularName}(-\\d+)?$`);
  const isPlaceholder = context.action === 'create' && typeof given === 'string' && placeholder.test(given);
  const needsSlug = context.action === 'create' ? !given || isPlaceholder : given === '' || given === null;
  if (!needsSlug || typeof text !== 'string' || text.trim() === '') return next();

  const site = source.perSite ? await siteOf(strapi, context.uid, data, params.documentId) : null;
  const siteWhere = site ? (site.id ? { site: { id: site.id } } : { site: { documentId: site.documentId } }) : {};
  data.slug = await uniqueSlug(slugify(text), async (candidate) => {
    const clash = await strapi.db.query(context.uid).findOne({
      where: {
        slug: candidate,
        ...(params.documentId ? { documentId: { $ne: params.documentId } } : {}),
        ...siteWhere,
      },
      select: ['id'],
    });
    return clash !== null;
  });
  return next();
};

export default slugFill;
