import fs from 'fs';
import os from 'os';
import path from 'path';
import { isWeakSecret } from '../../src/utils/secrets';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ensureEnvFile } = require('../../../scripts/lib/env-file.cjs') as { ensureEnvFile: (file: string) => Record<string, string> };

describe('local env file', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'env-file-'));
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    jest.restoreAllMocks();
  });

  it('generates strong secrets and a first-admin password on first start, private to the owner', () => {
    const file = path.join(dir, '.env');
    const values = ensureEnvFile(file);
    for (const name of ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']) {
      expect(isWeakSecret(values[name])).toBe(false);
    }
    expect(values.ADMIN_PASSWORD.length).toBeGreaterThanOrEqual(12);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
  });

  it('keeps every existing value and only adds what is missing', () => {
    const file = path.join(dir, '.env');
    fs.writeFileSync(file, 'JWT_SECRET=kept-as-it-was-by-the-operator\nDATABASE_URL=postgres://x@y/z\n', { mode: 0o600 });
    const first = ensureEnvFile(file);
    expect(first.JWT_SECRET).toBe('kept-as-it-was-by-the-operator');
    expect(first.APP_KEYS).toBeDefined();
    const second = ensureEnvFile(file);
    expect(second).toEqual({ ...first, DATABASE_URL: 'postgres://x@y/z' });
    expect(fs.readFileSync(file, 'utf8')).toContain('DATABASE_URL=postgres://x@y/z');
  });
});
