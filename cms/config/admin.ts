import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/utils/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: requireSecret('ADMIN_JWT_SECRET'),
    // A stolen editor session should not outlive a working day (docs/security.md): an access
    // token lives 10 minutes, a session 12 hours (1 idle), "remember me" 7 days (1 idle).
    // Strapi's defaults are 30 minutes, 1 day and 30 days.
    sessions: {
      accessTokenLifespan: 10 * 60,
      maxSessionLifespan: 12 * 60 * 60,
      idleSessionLifespan: 60 * 60,
      maxRefreshTokenLifespan: 7 * 24 * 60 * 60,
      idleRefreshTokenLifespan: 24 * 60 * 60,
    },
  },
  apiToken: {
    salt: requireSecret('API_TOKEN_SALT'),
  },
  transfer: {
    token: {
      salt: requireSecret('TRANSFER_TOKEN_SALT'),
    },
  },
  secrets: {
    encryptionKey: requireSecret('ENCRYPTION_KEY'),
  },
  flags: {
    nps: false,
    promoteEE: false,
  },
  // Strapi's Preview (Community Edition): the handler answers only for staff who may read the item
  // on its site, with a signed, short-lived link to the draft's page (src/plugins/preview, docs/preview.md).
  preview: {
    enabled: true,
    config: {
      handler: (uid: string, params: { documentId?: string; locale?: string | null; status?: string | null }) =>
        strapi.plugin('preview').service('links').previewUrl(uid, params),
    },
  },
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
});
