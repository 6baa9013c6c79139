import type { Core } from '@strapi/strapi';

const SUPER_ADMIN_CODE = 'strapi-super-admin';

export interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string;
  roles?: Array<{ code?: string }>;
}

/**
 * Who is writing: an admin user (the Strapi admin or its API), a content API token, an anonymous
 * web request, or the system itself (bootstrap, scripts, scheduled jobs: no HTTP request).
 */
export type Actor =
  | { kind: 'admin'; user: AdminUser; superAdmin: boolean }
  | { kind: 'token' }
  | { kind: 'anonymous' }
  | { kind: 'system' };

export type AdminActor = Extract<Actor, { kind: 'admin' }>;

interface RequestState {
  auth?: { strategy?: { name?: string }; credentials?: unknown };
  user?: AdminUser;
}

export const isSuperAdmin = (user: AdminUser): boolean => (user.roles ?? []).some((role) => role.code === SUPER_ADMIN_CODE);

export const adminActor = (user: AdminUser): AdminActor => ({ kind: 'admin', user, superAdmin: isSuperAdmin(user) });

/** The actor of the request this code runs in. */
export const currentActor = (strapi: Core.Strapi): Actor => {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  if (!ctx) return { kind: 'system' };
  const auth = ctx.state?.auth;
  const strategy = auth?.strategy?.name;
  // An admin token acts as the admin user it belongs to.
  if ((strategy === 'admin' || strategy === 'admin-token') && ctx.state?.user) return adminActor(ctx.state.user);
  if (strategy === 'api-token' || strategy === 'content-api-token') return { kind: 'token' };
  return { kind: 'anonymous' };
};

/** A person's name for the history, kept as written at the time. */
export const displayName = (user: AdminUser): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ').trim() || user.username || user.email || `#${user.id}`;
