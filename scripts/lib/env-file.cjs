// Creates cms/.env with fresh random secrets on first start, and adds any secret a newer version
// needs to an existing file. Never overwrites a value that is already there.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

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
});

/** Parses KEY=VALUE lines; enough for the file this module writes. */
const parse = (text) =>
  Object.fromEntries(
    text
      .split('\n')
      .map((line) => line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)\s*$/))
      .filter(Boolean)
      .map(([, name, value]) => [name, value.replace(/^(['"])(.*)\1$/, '$2')])
  );

/** Ensures cms/.env exists with every variable; returns the values in it. */
const ensureEnvFile = () => {
  const exists = fs.existsSync(CMS_ENV);
  const current = exists ? parse(fs.readFileSync(CMS_ENV, 'utf8')) : {};
  const missing = Object.entries(DEFAULTS()).filter(([name]) => !(name in current));
  if (missing.length > 0) {
    const header = exists ? '' : '# Local settings of the CMS, generated on first start. Never commit this file.\n';
    const lines = missing.map(([name, value]) => `${name}=${value}`).join('\n');
    fs.appendFileSync(CMS_ENV, `${header}${exists ? '\n' : ''}${lines}\n`, { mode: 0o600 });
    console.log(`${exists ? 'Added' : 'Created'} ${path.relative(process.cwd(), CMS_ENV)} with: ${missing.map(([n]) => n).join(', ')}`);
  }
  return { ...current, ...Object.fromEntries(missing) };
};

module.exports = { CMS_ENV, ensureEnvFile, parse };
