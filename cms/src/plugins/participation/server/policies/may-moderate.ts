import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminUser } from '../../../workflow/server/services/actor';
import { FORBIDDEN, moderationScopeOf, type ModerationScope } from '../services/access';

interface PolicyContext {
  state: { user?: AdminUser; moderationScope?: ModerationScope };
}

/** Refuses everyone who moderates no site (services/access.ts); leaves the moderator's scope for the controller. */
export default async (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const user = policyContext.state.user;
  const scope = user ? await moderationScopeOf(strapi, user) : null;
  if (!scope) throw new errors.PolicyError(FORBIDDEN);
  policyContext.state.moderationScope = scope;
  return true;
};
