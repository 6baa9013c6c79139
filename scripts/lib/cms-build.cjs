// Builds the CMS (TypeScript + admin panel) only when its sources changed since the last build,
// so a second `npm start` starts in seconds instead of rebuilding the admin.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const CMS_DIR = path.resolve(__dirname, '..', '..', 'cms');
const STAMP = path.join(CMS_DIR, 'dist', '.build-stamp');
const INPUTS = ['src', 'config', 'types', 'package.json', 'tsconfig.json', path.join('..', 'package-lock.json')];

const walk = (target, hash) => {
  if (!fs.existsSync(target)) return;
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) walk(path.join(target, name), hash);
  } else {
    hash.update(path.relative(CMS_DIR, target));
    hash.update(fs.readFileSync(target));
  }
};

const sourceHash = () => {
  const hash = crypto.createHash('sha256');
  for (const input of INPUTS) walk(path.join(CMS_DIR, input), hash);
  return hash.digest('hex');
};

/** Runs `strapi build` when needed; exits the process if the build fails. */
const buildCmsIfStale = () => {
  const hash = sourceHash();
  const built = fs.existsSync(path.join(CMS_DIR, 'dist', 'build', 'index.html'));
  if (built && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === hash) {
    console.log('CMS build is up to date.');
    return;
  }
  console.log('Building the CMS (TypeScript and admin panel; about two minutes the first time)…');
  const run = spawnSync('npx', ['strapi', 'build'], { cwd: CMS_DIR, stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    console.error('The CMS build failed; see the messages above.');
    process.exit(run.status ?? 1);
  }
  fs.writeFileSync(STAMP, hash);
};

module.exports = { CMS_DIR, buildCmsIfStale };
