// @ts-check
// Every release lists the URLs it publishes in urls.json, so that when its site is merged or
// retired, a redirect release can map every address the site ever had (lib/redirects.mjs).
import { existsSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const MANIFEST = 'urls.json';

/** @typedef {{ site: string, kind: 'site' | 'redirect', builtAt: string, codeVersion?: string, paths: string[] }} Manifest */

// Build assets and media are not addresses readers keep; 404.html is served for any miss.
const SKIP_DIRS = new Set(['_astro', 'uploads', 'pagefind']);
const PAGE_FILES = /\.(xml|txt|csv)$/;

/**
 * The site-relative paths a built release answers: "" and "tin/x/" for pages, "rss.xml" for files.
 * @param {string} dir
 */
export const publishedPaths = (dir) => {
  /** @type {string[]} */
  const paths = [];
  /** @param {string} rel */
  const walk = (rel) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!(rel === '' && SKIP_DIRS.has(entry.name))) walk(`${rel}${entry.name}/`);
      } else if (entry.name === 'index.html') paths.push(rel);
      else if (PAGE_FILES.test(entry.name)) paths.push(`${rel}${entry.name}`);
    }
  };
  walk('');
  return paths.sort();
};

/**
 * Writes a release's manifest: what kind of release it is, every path it publishes and, for a
 * site, the code version that built it (lib/code-version.mjs). Written to a new file and renamed:
 * an incremental release shares its unchanged files with the release before it (hard links).
 * @param {string} dir
 * @param {{ site: string, kind: Manifest['kind'], paths: string[], codeVersion?: string }} manifest
 */
export const writeManifest = (dir, { site, kind, paths, codeVersion }) => {
  const temp = join(dir, `.${MANIFEST}.${process.pid}`);
  writeFileSync(
    temp,
    `${JSON.stringify({ site, kind, builtAt: new Date().toISOString(), ...(codeVersion && { codeVersion }), paths }, null, 1)}\n`
  );
  renameSync(temp, join(dir, MANIFEST));
};

/**
 * A release's manifest, or null when it has none.
 * @param {string} dir
 * @returns {Manifest | null}
 */
export const readManifest = (dir) => {
  const file = join(dir, MANIFEST);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
};

/**
 * The paths a release publishes: from its manifest, or read off its files for a release built before manifests existed.
 * @param {string} dir
 * @returns {string[]}
 */
export const releasePaths = (dir) => readManifest(dir)?.paths ?? publishedPaths(dir);
