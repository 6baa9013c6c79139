// @ts-check
// A site's renderer bundle: the site's pages built for rendering on demand (astro.config.mjs with
// SITE_RENDERER=1), kept in site/.cache/renderer/<slug>-<code version>/ for as long as the code
// and the site's address stay the same.
//
// Vite builds one bundle per code version, for a made-up site (TEMPLATE_SITE), and each site's
// bundle is a copy of it with the made-up slug, base path and address replaced by the site's own.
// The pages read those three settings (src/utils/env.mjs) and Astro compiles them into the bundle
// (the manifest's base and site, every page's Astro.site, import.meta.env.BASE_URL), so a bundle
// serves one site; building each with Vite cost a cold full build of 18 sites ≈ 66 s of CPU
// (docs/benchmarks.md), copying costs milliseconds. A copy that still holds a placeholder (a form
// of it this file does not know, in a newer Astro) is refused, never used.
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAstro, siteDir } from '../astro-process.mjs';
import { codeVersion } from '../code-version.mjs';

// Inside site/ (SITES_RENDERER_DIR, relative to it): the bundle imports Astro's runtime from site/node_modules.
const bundlesDir = resolve(siteDir, process.env.SITES_RENDERER_DIR ?? '.cache/renderer');
/** A bundle nobody has built or used for this long belongs to a site gone or renamed. */
const UNUSED_MS = 7 * 24 * 3600_000;

/**
 * What a site's build is told about the site (lib/site-settings.mjs).
 * @typedef {ReturnType<typeof import('../site-settings.mjs').siteSettings>} SiteSettings
 * A page of a site's plan (src/routing/page-plan.ts).
 * @typedef {{ path: string, file: string, props?: unknown, fingerprint: string | null }} PlannedPage
 * The bundle's renderer, as the scripts use it (SiteRenderer in src/renderer/server.ts).
 * @typedef {object} SiteRenderer
 * @property {(changes: { documents?: Record<string, string[]> }, log: (line: string) => void) => Promise<void>} sync
 * @property {() => Promise<PlannedPage[]>} plan
 * @property {(plan: PlannedPage[]) => Record<string, string | null>} fingerprints
 * @property {(page: PlannedPage) => Promise<{ file: string, body: Buffer }>} render
 * @property {() => Promise<import('@vungtau/publishing').ComplianceReport>} compliance
 */

/** The made-up site the shared bundle is built for: values no page or library writes by itself. */
export const TEMPLATE_SITE = { slug: 'zzsiteslugzz', base: '/zzsitebasezz/', origin: 'https://zzsiteoriginzz.invalid' };
const PLACEHOLDER = 'zzsite';
/** Settings that go into JavaScript and JSON strings unescaped: nothing a string would need to escape. */
const PLAIN = /^[A-Za-z0-9._~:/-]*$/;

/**
 * Where the bundle of a site at a code version is.
 * @param {string} slug
 * @param {string} version
 */
const bundleDir = (slug, version) => join(bundlesDir, `${slug}-${version}`);

/** @param {string} dir */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));

/**
 * Turns a copy of the template into the site's bundle, in place; throws when a placeholder is left.
 * @param {string} dir
 * @param {{ slug: string, base: string, origin: string }} site
 */
export const instantiate = (dir, { slug, base, origin }) => {
  for (const [name, value] of Object.entries({ slug, base, origin })) {
    if (!PLAIN.test(value)) throw new Error(`The site's ${name} "${value}" has characters a bundle cannot hold as they are`);
  }
  // The base appears with its slash (asset links, the manifest) and without (a page's Astro.url base,
  // "" for "/"); with its slashes escaped, as a regular expression's source writes it, first, so the
  // form without a slash cannot leave "\\" behind for the base "/".
  /** @param {string} path */
  const escaped = (path) => path.replaceAll('/', '\\/');
  /** @type {[string, string][]} */
  const replacements = [
    [TEMPLATE_SITE.origin, origin],
    [escaped(TEMPLATE_SITE.base), escaped(base)],
    [TEMPLATE_SITE.base, base],
    [TEMPLATE_SITE.base.slice(0, -1), base.slice(0, -1)],
    [TEMPLATE_SITE.slug, slug],
  ];
  for (const file of filesIn(dir)) {
    // Latin-1 maps each byte to one character and back: binary files and UTF-8 pass through unchanged.
    const text = readFileSync(file, 'latin1');
    if (!text.includes(PLACEHOLDER)) continue;
    const done = replacements.reduce((t, [from, to]) => t.replaceAll(from, to), text);
    if (done.includes(PLACEHOLDER))
      throw new Error(`${file} holds the template site's placeholder in a form the renderer does not replace`);
    writeFileSync(file, done, 'latin1');
  }
};

/**
 * Builds the shared bundle of a code version into `dir`, unless another process just did.
 * @param {string} dir
 * @param {string} version
 * @param {(line: string) => void} log
 */
const buildTemplate = async (dir, version, log) => {
  const started = Date.now();
  const name = `renderer-template-${process.pid}`;
  const building = `${dir}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  try {
    await runAstro('build', {
      name,
      env: {
        SITE_SLUG: TEMPLATE_SITE.slug,
        SITE_BASE: TEMPLATE_SITE.base,
        SITE_ORIGIN: TEMPLATE_SITE.origin,
        SITE_RENDERER: '1',
        SITE_OUT_DIR: building,
        SITE_CACHE_DIR: join(building, '.content-cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    rmSync(join(building, '.content-cache'), { recursive: true, force: true });
    if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
      rmSync(dir, { recursive: true, force: true });
      renameSync(building, dir);
    }
  } finally {
    rmSync(building, { recursive: true, force: true });
    rmSync(join(siteDir, '.cache', 'build', name), { recursive: true, force: true });
  }
  log(`renderer bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};

// One build of the shared bundle per code version in this process, however many sites ask at once.
/** @type {Map<string, Promise<void>>} */
const templates = new Map();
/** @param {(line: string) => void} log */
const ensureTemplate = async (log) => {
  const version = codeVersion(TEMPLATE_SITE);
  const dir = bundleDir(TEMPLATE_SITE.slug, version);
  if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
    if (!templates.has(version))
      templates.set(
        version,
        buildTemplate(dir, version, log).finally(() => templates.delete(version))
      );
    await templates.get(version);
    dropOlder(TEMPLATE_SITE.slug, version);
  }
  utimesSync(dir, new Date(), new Date());
  return dir;
};

/**
 * A slug's bundles of other code versions, and any bundle unused for UNUSED_MS.
 * @param {string} slug
 * @param {string} version
 */
const dropOlder = (slug, version) => {
  for (const entry of readdirSync(bundlesDir)) {
    const match = /^(.+)-[0-9a-f]{16}$/.exec(entry);
    const old = match?.[1] === slug || Date.now() - statSync(join(bundlesDir, entry)).mtimeMs > UNUSED_MS;
    if (match && entry !== `${slug}-${version}` && old) rmSync(join(bundlesDir, entry), { recursive: true, force: true });
  }
};

/**
 * Makes the site's bundle when it has none at this code version (and drops its older ones), from
 * the shared bundle (built first when needed). Resolves with its folder. Two processes making the
 * same bundle at once keep the first.
 * @param {SiteSettings} settings
 * @param {(line: string) => void} log
 */
export const ensureBundle = async (settings, log) => {
  const { slug, codeVersion: version } = settings;
  const dir = bundleDir(slug, version);
  if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
    const template = await ensureTemplate(log);
    const making = `${dir}.building-${process.pid}`;
    rmSync(making, { recursive: true, force: true });
    try {
      cpSync(template, making, { recursive: true });
      instantiate(making, settings);
      if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(making, dir);
      }
    } finally {
      rmSync(making, { recursive: true, force: true });
    }
    dropOlder(slug, version);
  }
  // Used: kept past UNUSED_MS from now.
  utimesSync(dir, new Date(), new Date());
  return dir;
};

/**
 * A site's bundle, made first when needed, imported: its SiteRenderer (src/renderer/server.ts) and its folder.
 * @param {SiteSettings} settings
 * @param {(line: string) => void} log
 */
export const loadBundle = async (settings, log) => {
  const dir = await ensureBundle(settings, log);
  /** @type {{ renderer: SiteRenderer }} */
  const { renderer } = await import(pathToFileURL(join(dir, 'server', 'entry.mjs')).href);
  return { renderer, dir };
};
