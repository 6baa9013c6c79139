import { spawnSync } from 'child_process';
import crypto from 'crypto';
import fs from 'fs/promises';
import os from 'os';
import path from 'path';
import { APP_DIR } from '../harness/cms';

describe('generated types', () => {
  it('match the committed cms/types/generated (run `npm run types --workspace cms` after a schema change)', async () => {
    const out = await fs.mkdtemp(path.join(os.tmpdir(), 'types-'));
    const secret = () => crypto.randomBytes(24).toString('base64');
    try {
      // A child process: the generator uses dynamic import(), which Jest's VM does not allow.
      const run = spawnSync(process.execPath, [path.join(APP_DIR, 'scripts', 'generate-types.js'), '--out', out], {
        cwd: APP_DIR,
        encoding: 'utf8',
        timeout: 120000,
        env: {
          PATH: process.env.PATH,
          ENV_PATH: '/dev/null',
          LOG_LEVEL: 'error',
          SEED_DEMO_DATA: 'false',
          CRON_ENABLED: 'false',
          DATABASE_FILENAME: path.join(out, 'types.db'),
          APP_KEYS: `${secret()},${secret()}`,
          API_TOKEN_SALT: secret(),
          ADMIN_JWT_SECRET: secret(),
          TRANSFER_TOKEN_SALT: secret(),
          JWT_SECRET: secret(),
          ENCRYPTION_KEY: secret(),
        },
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      for (const file of ['contentTypes.d.ts', 'components.d.ts']) {
        const fresh = await fs.readFile(path.join(out, 'types', 'generated', file), 'utf8');
        const committed = await fs.readFile(path.join(APP_DIR, 'types', 'generated', file), 'utf8');
        expect(committed).toBe(fresh);
      }
    } finally {
      await fs.rm(out, { recursive: true, force: true });
    }
  });
});
