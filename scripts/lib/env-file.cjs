// @ts-check
// Creates cms/.env with fresh random secrets on first start, and adds any secret a newer version
// needs to an existing file. Never overwrites a value that is already there.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const dotenv = require('dotenv');

const CMS_ENV = path.resolve(__dirname, '..', '..', 'cms', '.env');
const key = (bytes = 24) => crypto.randomBytes(bytes).toString('base64');
// Readable and strong enough for a local demo; printed at start, changeable in the admin.
const password = () => `Vt-${crypto.randomBytes(9).toString('base64url')}-1a`;

const DEFAULTS = () => ({
  HOST: '0.0.0.0',
  PORT: '1337',
  APP_KEYS: [key(), key(), key(), key()].join(','),
  API_TOKEN_SALT: key(),
  ADMIN_JWT_SECRET: key(),
  TRANSFER_TOKEN_SALT: key(),
  JWT_SECRET: key(),
  ENCRYPTION_KEY: key(32),
  ADMIN_EMAIL: 'admin@vungtau.local',
  ADMIN_PASSWORD: password(),
  // Demo editorial staff (cộng tác viên, biên tập, duyệt…) share this password; see docs/workflow.md.
  DEMO_STAFF_PASSWORD: password(),
});

/** Ensures the env file (cms/.env by default) exists with every variable; returns its values. */
const ensureEnvFile = (file = CMS_ENV) => {
  const exists = fs.existsSync(file);
  const current = exists ? dotenv.parse(fs.readFileSync(file)) : {};
  const missing = Object.entries(DEFAULTS()).filter(([name]) => !(name in current));
  if (missing.length > 0) {
    const header = exists ? '' : '# Local settings of the CMS, generated on first start. Never commit this file.\n';
    const lines = missing.map(([name, value]) => `${name}=${value}`).join('\n');
    fs.appendFileSync(file, `${header}${exists ? '\n' : ''}${lines}\n`, { mode: 0o600 });
    console.log(`${exists ? 'Added' : 'Created'} ${path.relative(process.cwd(), file)} with: ${missing.map(([n]) => n).join(', ')}`);
  }
  return { ...current, ...Object.fromEntries(missing) };
};

module.exports = { CMS_ENV, ensureEnvFile };
