// @ts-check
// Merging the output of a site built in shares (scripts/lib/shares.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mergeShares } from '../scripts/lib/shares.mjs';

/** @param {string} dir @param {Record<string, string>} files name → content */
const write = (dir, files) => {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
};

const folders = () => {
  const work = mkdtempSync(join(tmpdir(), 'shares-'));
  const dest = join(work, 'release');
  mkdirSync(dest);
  return {
    work,
    dest,
    share: (/** @type {number} */ i, /** @type {Record<string, string>} */ files) => {
      write(join(work, `share-${i}`), files);
      return join(work, `share-${i}`);
    },
  };
};

test('each share’s pages land in the release once; the pages every share renders are kept once', () => {
  const { work, dest, share } = folders();
  const a = share(1, { 'index.html': 'home', 'tin/a/index.html': 'a', '_astro/x.css': 'css' });
  const b = share(2, { 'index.html': 'home', 'tin/b/index.html': 'b', '_astro/x.css': 'css' });
  assert.equal(mergeShares([a, b], dest), 1);
  assert.equal(readFileSync(join(dest, 'tin/a/index.html'), 'utf8'), 'a');
  assert.equal(readFileSync(join(dest, 'tin/b/index.html'), 'utf8'), 'b');
  assert.equal(readFileSync(join(dest, 'index.html'), 'utf8'), 'home');
  assert.equal(existsSync(a) || existsSync(b), false, 'the share folders are gone');
  rmSync(work, { recursive: true, force: true });
});

test('a page two shares rendered differently stops the merge, naming the page', () => {
  const { work, dest, share } = folders();
  const a = share(1, { 'index.html': 'home at 10:00' });
  const b = share(2, { 'index.html': 'home at 10:01' });
  assert.throws(() => mergeShares([a, b], dest), /index\.html differs between the shares/);
  rmSync(work, { recursive: true, force: true });
});
