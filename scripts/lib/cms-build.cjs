// @ts-check
// Builds or compiles the CMS only when its sources changed since the last time, one process at a
// time: a second `npm start` starts in seconds instead of rebuilding the admin, and the CMS's own
// scripts (seed, reindex, rebuild, types) skip TypeScript when dist is current.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const lockfile = require('proper-lockfile');

const CMS_DIR = path.resolve(__dirname, '..', '..', 'cms');
const DIST_DIR = path.join(CMS_DIR, 'dist');
/** The sources `strapi build` (server code and admin panel) was last run on. */
const BUILD_STAMP = path.join(DIST_DIR, '.build-stamp');
/** The sources the server code in dist was last compiled from (by either path). */
const COMPILE_STAMP = path.join(DIST_DIR, '.compile-stamp');
const LOCK_FILE = path.join(CMS_DIR, '.tmp', 'build.lock');
const INPUTS = [
  'src',
  'config',
  'database',
  'types',
  'package.json',
  'tsconfig.json',
  path.join('..', 'tsconfig.base.json'),
  path.join('..', 'package-lock.json'),
  // patch-package's patches change what the admin bundles from node_modules (the content manager's edit view).
  path.join('..', 'patches'),
];

/**
 * @param {string} target
 * @param {import('crypto').Hash} hash
 */
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

/** @param {string} stamp @param {string} hash */
const stamped = (stamp, hash) => fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash;

/**
 * Runs `work` holding the checkout's build lock. TypeScript rewrites every file of dist when it
 * compiles, so a second CMS script that was loading its modules meanwhile read half-written files
 * (`postedAfter is not a function`). The lock goes when its process exits; one left by a process
 * killed outright is taken over once it is 5 minutes old (TypeScript's compile blocks the event
 * loop, so the lock's own refresh cannot run during it: a short staleness would let a second
 * process in mid-compile).
 * @template T
 * @param {() => Promise<T>} work
 * @returns {Promise<T>}
 */
const withBuildLock = async (work) => {
  fs.mkdirSync(path.dirname(LOCK_FILE), { recursive: true });
  const options = {
    lockfilePath: LOCK_FILE,
    stale: 5 * 60_000,
    /** @param {Error} error */
    onCompromised: (error) => console.warn(`The CMS build lock was lost (${error.message}); another process may be compiling too.`),
  };
  const release = await lockfile.lock(CMS_DIR, options).catch((/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code !== 'ELOCKED') throw error;
    console.log(`Waiting for another process of this checkout to finish building the CMS (${path.relative(process.cwd(), LOCK_FILE)})…`);
    return lockfile.lock(CMS_DIR, { ...options, retries: { forever: true, minTimeout: 250, maxTimeout: 1_000 } });
  });
  try {
    return await work();
  } finally {
    await release().catch(() => {});
  }
};

const strapiBuild = () =>
  new Promise((resolve, reject) => {
    const child = spawn('npx', ['strapi', 'build'], { cwd: CMS_DIR, stdio: 'inherit', env: process.env });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

/** Runs `strapi build` when needed; exits the process if the build fails. */
const buildCmsIfStale = () =>
  withBuildLock(async () => {
    const hash = sourceHash();
    const built = fs.existsSync(path.join(DIST_DIR, 'build', 'index.html'));
    if (built && stamped(BUILD_STAMP, hash)) {
      console.log('CMS build is up to date.');
      return;
    }
    console.log('Building the CMS (TypeScript and admin panel; about two minutes the first time)…');
    // Not spawnSync: the lock's refresh runs on the event loop while the build takes minutes.
    const status = await strapiBuild();
    if (status !== 0) {
      console.error('The CMS build failed; see the messages above.');
      process.exit(status);
    }
    fs.writeFileSync(BUILD_STAMP, hash);
    fs.writeFileSync(COMPILE_STAMP, hash);
  });

/**
 * The CMS's server code compiled into dist, as `compileStrapi` returns it ({ appDir, distDir }),
 * compiling only when the sources changed since dist was last compiled. A script that loads its
 * modules after this returns reads a dist no other script of this checkout is rewriting.
 * @returns {Promise<{ appDir: string, distDir: string }>}
 */
const compileCmsIfStale = () =>
  withBuildLock(async () => {
    const hash = sourceHash();
    if (stamped(COMPILE_STAMP, hash)) return { appDir: CMS_DIR, distDir: DIST_DIR };
    console.log('Compiling the CMS…');
    const { compileStrapi } = require(require.resolve('@strapi/strapi', { paths: [CMS_DIR] }));
    const context = await compileStrapi({ appDir: CMS_DIR });
    fs.writeFileSync(COMPILE_STAMP, hash);
    return context;
  });

module.exports = { CMS_DIR, buildCmsIfStale, compileCmsIfStale };
