import type { Core } from '@strapi/strapi';
import { isPreviewUid } from '@vungtau/publishing';
import { loadPreviewItem, mayRead } from './access';
import { LINK_LIFETIME_S, signGrant } from './signing';

interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string | null;
}

interface RequestState {
  auth?: { strategy?: { name?: string } };
  user?: { id: number };
}

/**
 * The handler of Strapi's Preview (`admin.preview.config.handler`, config/admin.ts). Strapi's
 * `GET /content-manager/preview/url/:uid` only checks that the caller is an admin, so this checks
 * that the user of the request may read the item on its site, and answers with no URL otherwise
 * (the admin then offers no preview). The URL is a signed link, valid LINK_LIFETIME_S, for this
 * user and this document only, to the route that renders the draft (controllers/preview.ts).
 * Always the draft, whatever `status` says: Strapi sends the document's status (`published`,
 * `modified`, `draft`) from the edit view and the tab's from the preview page, and the draft is
 * what approval publishes (for an unmodified published item, the live page itself).
 */
export const previewUrl = async (strapi: Core.Strapi, uid: string, params: PreviewParams): Promise<string | null> => {
  if (!isPreviewUid(uid) || !params.documentId) return null;
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  // Only a signed-in admin (Strapi's admin strategy): not an API token, not a script.
  if (ctx?.state?.auth?.strategy?.name !== 'admin' || !ctx.state.user) return null;
  const item = await loadPreviewItem(strapi, uid, params.documentId);
  if (!item?.site) return null;
  if (!(await mayRead(strapi, ctx.state.user.id, uid, item))) return null;
  const token = signGrant(strapi, {
    uid,
    documentId: item.documentId,
    userId: ctx.state.user.id,
    expires: Math.floor(Date.now() / 1000) + LINK_LIFETIME_S,
  });
  // Relative: the admin's frame loads it from the admin's own origin, whatever PUBLIC_URL says.
  return `/preview/pages/${token}`;
};
