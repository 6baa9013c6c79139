import type { Core } from '@strapi/strapi';
import { adminActor, type AdminUser } from '../services/actor';
import { capacitiesOn, loadItem } from '../services/items';
import { EDIT_GRANTS, granted, isWorkflowUid } from '../services/rules';

interface DocumentContext {
  status: number;
  body: unknown;
  method: string;
  params: Record<string, string | undefined>;
  state: { user?: AdminUser };
}

/**
 * Adds `meta.readOnly` to the content manager's answer for one article, legal document or
 * question: true when the workflow guard would refuse this user's save in the item's current
 * state. The edit view (patches/@strapi+content-manager+5.54.0.patch) disables the form on it,
 * so a contributor who has submitted sees the fields locked rather than a refusal at Save.
 */
export const readOnlyMeta =
  (strapi: Core.Strapi) =>
  async (ctx: DocumentContext, next: () => Promise<unknown>): Promise<void> => {
    await next();
    const { model, id } = ctx.params;
    if (ctx.status !== 200 || (ctx.method !== 'GET' && ctx.method !== 'PUT') || !model || !id || !isWorkflowUid(model)) return;
    const body = ctx.body as { meta?: Record<string, unknown> } | null;
    if (!body || typeof body !== 'object' || !ctx.state.user) return;
    const item = await loadItem(strapi, model, id);
    if (!item) return;
    const capacities = await capacitiesOn(strapi, adminActor(ctx.state.user), item);
    body.meta = { ...body.meta, readOnly: !granted(EDIT_GRANTS, capacities, item.state) };
  };
