// @ts-check
// The output of a site built in several shares (src/utils/shard.ts), merged into one release.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Every file under a folder, as paths relative to it.
 * @param {string} dir
 * @param {string} [rel]
 * @returns {string[]}
 */
const filesUnder = (dir, rel = '') =>
  readdirSync(join(dir, rel), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(dir, join(rel, entry.name)) : [join(rel, entry.name)]
  );

/**
 * Moves the shares' output folders into `dest` (an empty folder). Each dynamic route's pages are in
 * exactly one share; the pages without parameters and the assets are in all, and must be the same
 * bytes in each: a difference means a page depends on something besides the content (a clock, the
 * share), so the merge refuses it rather than publish one share's view.
 * @param {string[]} shares
 * @param {string} dest
 */
export const mergeShares = (shares, dest) => {
  rmdirSync(dest);
  renameSync(shares[0], dest);
  let moved = 0;
  for (const share of shares.slice(1)) {
    for (const rel of filesUnder(share)) {
      const target = join(dest, rel);
      if (existsSync(target)) {
        if (!readFileSync(target).equals(readFileSync(join(share, rel)))) throw new Error(`${rel} differs between the shares of one build`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(share, rel), target);
      moved++;
    }
    rmSync(share, { recursive: true, force: true });
  }
  return moved;
};
