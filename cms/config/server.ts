import type { Core } from '@strapi/strapi';
import { requireSecret } from '../src/utils/secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  proxy: env.bool('IS_PROXIED', env('NODE_ENV') === 'production'),
  app: {
    keys: requireSecret('APP_KEYS').split(',').filter(Boolean),
  },
  cron: { enabled: env.bool('CRON_ENABLED', true) },
  // Uploads live under <public>/uploads; tests point this at a throw-away folder.
  dirs: { public: env('PUBLIC_DIR', './public') },
});
