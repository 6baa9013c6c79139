import { createHmac, timingSafeEqual } from 'crypto';
import type { Core } from '@strapi/strapi';

/** What a preview link grants: one user, one document, until `expires` (seconds since 1970). */
export interface PreviewGrant {
  uid: string;
  documentId: string;
  userId: number;
  expires: number;
}

/** A link lives this long: enough to open it in the admin's frame, too short to be passed around. */
export const LINK_LIFETIME_S = 5 * 60;

/**
 * The links' key, derived from the app's keys (APP_KEYS) rather than one of them as it is, so that
 * a link's signature says nothing usable about the keys Koa signs cookies with.
 */
const keyOf = (strapi: Core.Strapi): Buffer => {
  const keys = strapi.config.get('server.app.keys') as string[] | undefined;
  if (!keys?.length) throw new Error('server.app.keys (APP_KEYS) is empty: preview links cannot be signed');
  return createHmac('sha256', keys.join(',')).update('vungtau:preview-link:v1').digest();
};

const mac = (strapi: Core.Strapi, payload: string): Buffer => createHmac('sha256', keyOf(strapi)).update(payload).digest();

/** `<payload>.<signature>`, both base64url: the payload is the grant as JSON. */
export const signGrant = (strapi: Core.Strapi, grant: PreviewGrant): string => {
  const payload = Buffer.from(JSON.stringify([grant.uid, grant.documentId, grant.userId, grant.expires])).toString('base64url');
  return `${payload}.${mac(strapi, payload).toString('base64url')}`;
};

/** The grant a token carries when its signature holds; 'expired' past its time; null for anything else. */
export const verifyGrant = (strapi: Core.Strapi, token: string, now = Date.now()): PreviewGrant | 'expired' | null => {
  const match = /^([A-Za-z0-9_-]{1,2000})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, payload, signature] = match;
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(strapi, payload);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let fields: unknown;
  try {
    fields = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || fields.length !== 4) return null;
  const [uid, documentId, userId, expires] = fields as unknown[];
  if (typeof uid !== 'string' || typeof documentId !== 'string' || !Number.isInteger(userId) || !Number.isInteger(expires)) return null;
  if ((expires as number) * 1000 <= now) return 'expired';
  return { uid, documentId, userId: userId as number, expires: expires as number };
};
