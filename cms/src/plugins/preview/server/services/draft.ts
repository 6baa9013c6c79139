import type { Core } from '@strapi/strapi';
import type { PreviewUid } from '@vungtau/publishing';

type Query = { fields?: unknown; populate?: unknown };
type Entry = Record<string, unknown> & { documentId?: string };

interface Attribute {
  type: string;
  target?: string;
  relation?: string;
}

const asQuery = (value: unknown): Query => {
  if (typeof value !== 'object' || value === null) throw new Error('the previewer asked for a draft without a query');
  const { fields, populate } = value as Query;
  // Only the shape: no filters, sort or status from the previewer.
  return { fields, populate };
};

const hasDraftAndPublish = (strapi: Core.Strapi, uid: string): boolean =>
  Boolean((strapi.getModel(uid as never) as { options?: { draftAndPublish?: boolean } } | undefined)?.options?.draftAndPublish);

/**
 * Points the draft's relations to draft-and-publish types at their published versions, in the
 * draft's order, leaving out those not published: the draft version links to the targets' drafts,
 * while the published item, read through the REST API, shows the targets' published versions.
 */
const publishedRelations = async (strapi: Core.Strapi, uid: string, entry: Entry, populate: unknown): Promise<Entry> => {
  if (typeof populate !== 'object' || populate === null) return entry;
  const attributes = (strapi.getModel(uid as never) as { attributes: Record<string, Attribute> }).attributes;
  const out: Entry = { ...entry };
  for (const [name, shape] of Object.entries(populate as Record<string, unknown>)) {
    const attribute = attributes[name];
    if (attribute?.type !== 'relation' || !attribute.target || !hasDraftAndPublish(strapi, attribute.target)) continue;
    const value = entry[name];
    const linked = (Array.isArray(value) ? value : value ? [value] : []) as Entry[];
    const ids = linked.map((e) => e.documentId).filter((id): id is string => typeof id === 'string');
    const nested = typeof shape === 'object' && shape !== null ? (shape as Query) : {};
    const found = ids.length
      ? ((await strapi.documents(attribute.target as never).findMany({
          filters: { documentId: { $in: ids } },
          status: 'published',
          fields: nested.fields,
          populate: nested.populate,
        } as never)) as Entry[])
      : [];
    const byId = new Map(found.map((e) => [e.documentId, e]));
    const kept = ids.map((id) => byId.get(id)).filter((e): e is Entry => e !== undefined);
    out[name] = Array.isArray(value) ? kept : (kept[0] ?? null);
  }
  return out;
};

/**
 * An item's draft as the public REST API will answer `query` for it once approval has published it:
 * the same fields and populate, related published items, private attributes removed by the content
 * API's own output sanitizer, and `publishedAt` the time approval would give it now (Strapi sets it
 * when it publishes).
 */
export const draftAsPublished = async (strapi: Core.Strapi, uid: PreviewUid, documentId: string, query: unknown): Promise<Entry | null> => {
  const { fields, populate } = asQuery(query);
  const draft = (await strapi.documents(uid).findOne({ documentId, status: 'draft', fields, populate } as never)) as Entry | null;
  if (!draft) return null;
  const withRelations = await publishedRelations(strapi, uid, draft, populate);
  const sanitized = (await strapi.contentAPI.sanitize.output(withRelations, strapi.getModel(uid), {})) as Entry;
  // JSON, as the REST API sends it: dates as ISO strings.
  const entry = JSON.parse(JSON.stringify(sanitized)) as Entry;
  if ('publishedAt' in entry && !entry.publishedAt) entry.publishedAt = new Date().toISOString();
  return entry;
};
