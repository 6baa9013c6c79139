import { createReadStream, existsSync } from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { isPreviewUid } from '@vungtau/publishing';
import { MESSAGES } from '../messages';
import { loadPreviewItem, mayRead } from '../services/access';
import { BANNER_STYLE_HASH, previewHtml } from '../services/page';
import type { PreviewerProcess } from '../services/previewer-process';
import { verifyGrant } from '../services/signing';

interface Context {
  params: Record<string, string>;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

/**
 * The preview is staff's content on the admin's origin: it runs no script (a sandbox: an opaque
 * origin, no cookie, no request as the admin), loads only the CMS's own styles and images, may
 * be framed by the admin alone, is never stored by a cache and never indexed.
 */
const PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'self' ${BANNER_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
  'sandbox',
].join('; ');

const privateHeaders = (ctx: Context) => {
  ctx.set('Cache-Control', 'no-store');
  ctx.set('X-Robots-Tag', 'noindex, nofollow');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('X-Frame-Options', 'SAMEORIGIN');
  ctx.set('Content-Security-Policy', PAGE_POLICY);
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A refusal or failure as a small page in the frame, in Vietnamese. */
const notice = (ctx: Context, status: number, message: string) => {
  privateHeaders(ctx);
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xem trước</title></head><body><p role="alert">${escapeHtml(message)}</p></body></html>`;
};

/** The styles' folder of each site's latest preview, for the stylesheets its page links to. */
const assetDirs = new Map<string, string>();

/** Built file names of the bundle's client folder (Astro hashes them): nothing else is served. */
const ASSET_NAME = /^[A-Za-z0-9_.-]{1,200}\.(css|woff2?|svg|png|jpe?g|webp|avif)$/;
const ASSET_TYPES: Record<string, string> = {
  css: 'text/css; charset=utf-8',
  woff: 'font/woff',
  woff2: 'font/woff2',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /preview/pages/:token: the draft's page, for the user the link was signed for, if they still may read it. */
  async page(ctx: Context) {
    const grant = verifyGrant(strapi, ctx.params.token ?? '');
    if (grant === 'expired') return notice(ctx, 403, MESSAGES.expired);
    if (!grant || !isPreviewUid(grant.uid)) return notice(ctx, 403, MESSAGES.badLink);
    const item = await loadPreviewItem(strapi, grant.uid, grant.documentId);
    // The user's rights again: a membership removed since the link was made ends it at once.
    if (!item?.site || !(await mayRead(strapi, grant.userId, grant.uid, item))) return notice(ctx, 403, MESSAGES.forbidden);
    const previewer = strapi.plugin('preview').service('previewer') as PreviewerProcess;
    const outcome = await previewer.render(item.site.slug, grant.uid, grant.documentId);
    if ('refused' in outcome) return notice(ctx, 422, outcome.refused);
    if ('failed' in outcome)
      return notice(
        ctx,
        outcome.failed === 'busy' ? 503 : outcome.failed === 'timeout' ? 504 : 500,
        MESSAGES[outcome.failed === 'error' ? 'failed' : outcome.failed]
      );
    assetDirs.set(item.site.slug, outcome.page.assets);
    privateHeaders(ctx);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = previewHtml(outcome.page.html, item.site.slug, outcome.page.base);
  },

  /**
   * GET /preview/assets/:site/_astro/:file: a stylesheet (or font) of the site's bundle, the same
   * file the live site serves to everyone: public, so no signature.
   */
  async asset(ctx: Context) {
    const dir = assetDirs.get(ctx.params.site ?? '');
    const name = ctx.params.file ?? '';
    const match = ASSET_NAME.exec(name);
    const file = dir && match ? path.join(dir, name) : null;
    if (!file || !existsSync(file)) {
      ctx.status = 404;
      ctx.body = 'Không tìm thấy tệp.';
      return;
    }
    ctx.set('Cache-Control', 'private, max-age=3600');
    ctx.set('X-Content-Type-Options', 'nosniff');
    // Served from the admin's origin: an SVG opened on its own must run nothing there.
    ctx.set('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; img-src 'self' data:; sandbox");
    ctx.type = ASSET_TYPES[match![1]];
    ctx.body = createReadStream(file);
  },
});
