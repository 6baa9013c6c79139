// What a release was built by: its site's code and settings. The incremental renderer adds pages
// only to a release whose code version is its own; any change to the pages, Astro or the site's
// address makes the next build a full one.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { siteDir } from './astro-process.mjs';

const repoDir = join(siteDir, '..');
// The pages and what builds them; the lock file pins Astro, Vite and every other dependency.
const INPUTS = ['site/src', 'site/astro.config.mjs', 'site/package.json', 'site/tsconfig.json', 'package-lock.json', 'patches'];

/** Every file under a path, in a stable order; none when the path is not there (the image has no patches/). */
const filesUnder = (path) => {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory() ? readdirSync(path).sort().flatMap((name) => filesUnder(join(path, name))) : [path];
};

let codeHash;
/** A digest of the site code's files, read once per process. */
const siteCode = () => {
  if (!codeHash) {
    const hash = createHash('sha1');
    for (const file of INPUTS.flatMap((input) => filesUnder(join(repoDir, input)))) hash.update(`${relative(repoDir, file)}\0`).update(readFileSync(file)).update('\0');
    codeHash = hash.digest('hex');
  }
  return codeHash;
};

/** The code version of a site's build: its code and the settings compiled into its pages. */
export const codeVersion = ({ slug, base, origin }) => createHash('sha1').update([siteCode(), slug, base, origin].join('\n')).digest('hex').slice(0, 16);
