import fc from 'fast-check';
import { propertyRuns } from '../../tests/harness/property';
import { childEnv } from './child-env';

describe('security: the site processes the CMS starts get only what they read', () => {
  it('drops the CMS secrets and keeps what Node and the site scripts need', () => {
    const env = {
      PATH: '/usr/bin',
      HOME: '/home/cms',
      NODE_ENV: 'production',
      APP_KEYS: 'a,b',
      ADMIN_JWT_SECRET: 's',
      JWT_SECRET: 's',
      API_TOKEN_SALT: 's',
      TRANSFER_TOKEN_SALT: 's',
      ENCRYPTION_KEY: 's',
      DATABASE_URL: 'postgres://cms:password@db/cms',
      DATABASE_PASSWORD: 'password',
      ADMIN_PASSWORD: 'p',
      SMTP_PASSWORD: 'p',
      MEILISEARCH_MASTER_KEY: 'k',
      SITES_OUT_DIR: '/srv/sites',
      SITE_ORIGIN: 'https://vungtau.gov.vn',
      LC_ALL: 'C.UTF-8',
      CMS_TOKEN: 'read-only-token',
    };
    expect(childEnv({ CMS_URL: 'http://127.0.0.1:1337', FORCE_COLOR: '0' }, env)).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/cms',
      NODE_ENV: 'production',
      SITES_OUT_DIR: '/srv/sites',
      SITE_ORIGIN: 'https://vungtau.gov.vn',
      LC_ALL: 'C.UTF-8',
      CMS_TOKEN: 'read-only-token',
      CMS_URL: 'http://127.0.0.1:1337',
      FORCE_COLOR: '0',
    });
  });

  it('passes no generated secret-looking name unless it is a site setting', () => {
    const part = fc.stringMatching(/^[A-Z0-9_]{0,12}$/);
    const word = fc.constantFrom('SECRET', 'KEY', 'KEYS', 'PASSWORD', 'TOKEN', 'SALT', 'DATABASE', 'SMTP', 'MEILISEARCH', 'JWT', 'AWS');
    fc.assert(
      fc.property(part, word, part, fc.string({ maxLength: 20 }), (before, secret, after, value) => {
        const name = `${before}${secret}${after}`;
        const passed = name in childEnv({}, { [name]: value, PATH: '/usr/bin' });
        expect({ name, passed }).toEqual({ name, passed: name === 'CMS_TOKEN' || /^(SITES?_|LC_|ASTRO_|VIPS_|SHARP_)/.test(name) });
      }),
      propertyRuns(500, 'child env')
    );
  });
});
