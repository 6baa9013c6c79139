import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminUser } from '../../../workflow/server/services/actor';
import { mailScopeOf, type MailScope } from '../services/access';

interface PolicyContext {
  state: { user?: AdminUser; mailScope?: MailScope };
}

/** Refuses everyone the outbox is not for (services/access.ts); leaves the reader's scope for the controller. */
export default async (policyContext: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }): Promise<boolean> => {
  const user = policyContext.state.user;
  const scope = user ? await mailScopeOf(strapi, user) : null;
  if (!scope)
    throw new errors.PolicyError('Hộp thư đi dành cho quản trị hệ thống và quản trị trang: thư chứa địa chỉ e-mail của người dân.');
  policyContext.state.mailScope = scope;
  return true;
};
