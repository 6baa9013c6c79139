// @ts-check
// A site built in shares (several Astro processes, each rendering a share of the pages from one
// synced content store) must be the same site as one built whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir, files, sharesDir } from './fixture.mjs';

/** @param {string} root */
const release = (root) => join(root, 'vung-tau', 'live');
/** @param {string} dir */
const tree = (dir) =>
  files(dir)
    .map((f) => relative(dir, f))
    .filter((f) => f !== 'urls.json')
    .sort();

test('the city portal built in three shares has the same files, byte for byte, as built whole', () => {
  const whole = release(distDir);
  const shared = release(sharesDir);
  const names = tree(whole);
  assert.ok(names.filter((f) => f.startsWith('tin/')).length > 10, 'the whole build has article pages');
  assert.deepEqual(tree(shared), names);
  const differing = names.filter((f) => !readFileSync(join(whole, f)).equals(readFileSync(join(shared, f))));
  assert.deepEqual(differing, []);
  /** @param {string} dir */
  const paths = (dir) => JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')).paths;
  assert.deepEqual(paths(shared), paths(whole));
});
