import type { Core } from '@strapi/strapi';

interface RequestState {
  auth?: { strategy?: { name?: string } };
  user?: { email?: string; firstname?: string | null; lastname?: string | null };
}

/** Who caused a rebuild, for the job list: an admin user, an API token, or the system. */
export const describeRequester = (strapi: Core.Strapi): string => {
  const ctx = strapi.requestContext.get() as { state?: RequestState } | undefined;
  const user = ctx?.state?.user;
  if (user) return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || 'admin';
  const strategy = ctx?.state?.auth?.strategy?.name;
  if (strategy) return `API (${strategy})`;
  return 'Hệ thống';
};
