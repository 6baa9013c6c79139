import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/utils/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  auth: {
    secret: requireSecret('ADMIN_JWT_SECRET'),
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
  serveAdminPanel: env.bool('SERVE_ADMIN_PANEL', true),
});
