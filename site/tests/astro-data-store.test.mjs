// @ts-check
// Astro's content store writes data-store.json, which the build bundles. patches/astro+5.18.2.patch
// fixes a lost save: one queued behind a write in progress was retried with the older call's data,
// so a rebuild of a large site could go live without the item just published (docs/rebuilds.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const { MutableDataStore } = await import(pathToFileURL(join(astroDir, 'dist', 'content', 'mutable-data-store.js')).href);

test('rebuild content store: a save queued behind a write in progress keeps the newest data', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = pathToFileURL(join(dir, 'data-store.json'));
  const store = await MutableDataStore.fromFile(file);
  store.set('articles', 'first', { id: 'first', data: { title: 'Bài thứ nhất' } });
  // The first write is under way (it marks the file busy before its first await) when the
  // second save starts, as when two collections finish syncing within one write of a big store.
  const first = store.writeToDisk();
  store.set('articles', 'newest', { id: 'newest', data: { title: 'Bài vừa duyệt' } });
  const second = store.writeToDisk();
  await Promise.all([first, second]);

  const saved = readFileSync(file, 'utf8');
  assert.match(saved, /Bài vừa duyệt/, 'the newest entry is on disk once both saves have returned');
  const reloaded = await MutableDataStore.fromFile(file);
  assert.deepEqual([...reloaded.keys('articles')].sort(), ['first', 'newest']);
});
