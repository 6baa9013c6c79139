// @ts-check
// The two ways a full build renders a site, the renderer's bundle (the default) and `astro build`,
// must make the same site: the same files, byte for byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroDir, distDir, files } from './fixture.mjs';

/** @param {string} root @param {string} slug */
const release = (root, slug) => join(root, slug, 'live');
/** @param {string} dir */
const tree = (dir) =>
  files(dir)
    .map((f) => relative(dir, f))
    .filter((f) => f !== 'urls.json')
    .sort();

test('a site rendered by its renderer bundle has the same files, byte for byte, as built by astro build', () => {
  for (const slug of ['vung-tau', 'phuong-7']) {
    const [rendered, built] = [release(distDir, slug), release(astroDir, slug)];
    const names = tree(built);
    assert.ok(names.filter((f) => f.startsWith('tin/')).length > 10, `${slug}: astro build made article pages`);
    assert.deepEqual(tree(rendered), names, slug);
    const differing = names.filter((f) => !readFileSync(join(rendered, f)).equals(readFileSync(join(built, f))));
    assert.deepEqual(differing, [], slug);
    /** @param {string} dir */
    const manifest = (dir) => ({ ...JSON.parse(readFileSync(join(dir, 'urls.json'), 'utf8')), builtAt: null });
    assert.deepEqual(manifest(rendered), manifest(built), slug);
  }
});
