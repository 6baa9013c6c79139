import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string };
}

/**
 * Strapi 5's REST API returns drafts to anyone who adds `?status=draft`. Unapproved content must
 * never reach the public, so only a full-access API token may read drafts through the content API.
 */
const publishedOnly: Core.PolicyHandler = (policyContext) => {
  // The policy context copies ctx's own properties only; `query` is a getter on Koa's prototype.
  const query = policyContext.request?.query as Record<string, unknown> | undefined;
  if (query?.status !== 'draft') return true;
  // Koa's ctx.state; Strapi's PolicyContext type leaves it out.
  const { auth } = (policyContext as unknown as { state: { auth?: AuthState } }).state;
  if (auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access') return true;
  throw new errors.PolicyError('Bản nháp không được công khai (drafts are not public).');
};

export default publishedOnly;
