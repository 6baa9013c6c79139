import { spawnSync } from 'child_process';
import os from 'os';
import path from 'path';
import { isWeakSecret, requireSecret } from '../../src/utils/secrets';
import { APP_DIR } from '../harness/cms';

describe('secrets', () => {
  const strong = 'q3J8v2mZ9xK1pL7rT5wY0aB4cD6eF8gH';

  it('accepts any value outside production and a strong one in production', () => {
    expect(requireSecret('JWT_SECRET', { NODE_ENV: 'development' })).toBe('');
    expect(requireSecret('JWT_SECRET', { NODE_ENV: 'production', JWT_SECRET: strong })).toBe(strong);
  });

  it('treats template values and short keys as missing', () => {
    expect(isWeakSecret(undefined)).toBe(true);
    expect(isWeakSecret('tobemodified')).toBe(true);
    expect(isWeakSecret(`${strong},toBeModified2`)).toBe(true);
    expect(isWeakSecret('short')).toBe(true);
    expect(isWeakSecret(`${strong},${strong}`)).toBe(false);
  });

  it('stops a production start on a missing secret with a message naming the variable', () => {
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      ENV_PATH: '/dev/null',
      DATABASE_FILENAME: path.join(os.tmpdir(), `never-created-${Date.now()}.db`),
      APP_KEYS: [strong, strong].join(','),
      API_TOKEN_SALT: strong,
      ADMIN_JWT_SECRET: strong,
      TRANSFER_TOKEN_SALT: strong,
      ENCRYPTION_KEY: strong,
      JWT_SECRET: 'tobemodified',
    };
    // Config is read inside createStrapi(); a refused secret must fail there, before any listening.
    const script = `(async () => require('@strapi/strapi').createStrapi({ appDir: ${JSON.stringify(APP_DIR)}, distDir: ${JSON.stringify(path.join(APP_DIR, 'dist'))} }).load())().then(() => process.exit(0), (e) => { console.error(e.message); process.exit(3); })`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: APP_DIR, env, encoding: 'utf8', timeout: 120000 });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('JWT_SECRET is missing or uses a published default value');
  });
});
