// @ts-check
// What a release was built by: its site's code and settings. The incremental publisher adds pages
// only to a release whose code version is its own; any change to the pages, Astro or the site's
// address makes the next build a full one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteDir } from './astro-process.mjs';

const repoDir = join(siteDir, '..');
// The pages and what builds them; the lock file pins Astro, Vite and every other dependency. The
// shared package is bundled into the pages too (slugs, the participation fields, the Nghị định 42 check).
const INPUTS = [
  'site/src',
  'site/astro.config.mjs',
  'site/package.json',
  'site/tsconfig.json',
  'packages/publishing/src',
  'package-lock.json',
  'patches',
];

/**
 * Every file under a path, in a stable order; none when the path is not there (the image has no patches/).
 * @param {string} path
 * @returns {string[]}
 */
const filesUnder = (path) => {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => filesUnder(join(path, name)))
    : [path];
};

let known = { signature: '', hash: '' };
/**
 * A digest of the site code's files. Read again only when a file's size or time changed: the
 * worker's renderer lives for days and must notice code edited beside it (`npm start`).
 */
const siteCode = () => {
  const files = INPUTS.flatMap((input) => filesUnder(join(repoDir, input)));
  const signature = files
    .map((file) => {
      const { size, mtimeMs } = statSync(file);
      return `${file}:${size}:${mtimeMs}`;
    })
    .join('\n');
  if (signature !== known.signature) {
    const hash = createHash('sha1');
    for (const file of files)
      hash
        .update(`${relative(repoDir, file)}\0`)
        .update(readFileSync(file))
        .update('\0');
    known = { signature, hash: hash.digest('hex') };
  }
  return known.hash;
};

/**
 * The code version of a site's build: its code and the settings compiled into its pages.
 * @param {{ slug: string, base: string, origin: string }} settings
 */
export const codeVersion = ({ slug, base, origin }) =>
  createHash('sha1').update([siteCode(), slug, base, origin].join('\n')).digest('hex').slice(0, 16);
