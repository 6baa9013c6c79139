// @ts-check
// Release folders and the atomic `live` switch (@vungtau/publishing's releases), on a temp folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releases } from '@vungtau/publishing';

/** A release of one page, staged. @param {string} root @param {string} slug @param {string} html @param {Date} [at] */
const build = (root, slug, html, at) => {
  const id = releases.newReleaseId(at);
  mkdirSync(releases.stagingDir(root, slug, id), { recursive: true });
  writeFileSync(join(releases.stagingDir(root, slug, id), 'index.html'), html);
  return id;
};
/** @param {string} root @param {string} slug */
const liveHtml = (root, slug) => readFileSync(join(root, slug, 'live', 'index.html'), 'utf8');

test('rebuild releases: a promoted build goes live through a relative symlink, and old ones are pruned', () => {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  const ids = [];
  for (let i = 0; i < 7; i++) {
    const id = build(root, 'phuong-7', `bản ${i}`, new Date(Date.UTC(2026, 10, 22, 3, 0, i)));
    releases.promote(root, 'phuong-7', id, 5);
    ids.push(id);
  }
  assert.equal(liveHtml(root, 'phuong-7'), 'bản 6');
  assert.equal(readlinkSync(join(root, 'phuong-7', 'live')), join('releases', ids[6]));
  assert.deepEqual(releases.listReleases(root, 'phuong-7'), ids.slice(2));
});

test('rebuild releases: a failed build leaves the live release and records why', () => {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  releases.promote(root, 'phuong-8', build(root, 'phuong-8', 'tốt'));
  const broken = build(root, 'phuong-8', 'hỏng');
  releases.recordFailure(root, 'phuong-8', broken, 'astro build exited with 1');
  assert.equal(liveHtml(root, 'phuong-8'), 'tốt');
  assert.equal(existsSync(releases.stagingDir(root, 'phuong-8', broken)), false);
  assert.equal(releases.lastFailure(root, 'phuong-8')?.message, 'astro build exited with 1');
  releases.promote(root, 'phuong-8', build(root, 'phuong-8', 'mới'));
  assert.equal(releases.lastFailure(root, 'phuong-8'), null);
});

test('rebuild releases: rollback returns to the previous release, and refuses when there is none', () => {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  const first = build(root, 'vung-tau', 'một', new Date(Date.UTC(2026, 0, 1)));
  releases.promote(root, 'vung-tau', first);
  assert.throws(() => releases.rollback(root, 'vung-tau'), /no earlier release/);
  const second = build(root, 'vung-tau', 'hai', new Date(Date.UTC(2026, 0, 2)));
  releases.promote(root, 'vung-tau', second);
  assert.deepEqual(releases.rollback(root, 'vung-tau'), { from: second, to: first });
  assert.equal(liveHtml(root, 'vung-tau'), 'một');
  assert.throws(() => releases.switchLive(root, 'vung-tau', 'khong-ton-tai'), /no release/);
});

test('rebuild releases: a build made before releases existed is cleared once a release is live', () => {
  const root = mkdtempSync(join(tmpdir(), 'releases-'));
  mkdirSync(join(root, 'xa-long-son', '_astro'), { recursive: true });
  writeFileSync(join(root, 'xa-long-son', 'index.html'), 'cũ');
  releases.promote(root, 'xa-long-son', build(root, 'xa-long-son', 'mới'));
  assert.equal(existsSync(join(root, 'xa-long-son', 'index.html')), false);
  assert.equal(existsSync(join(root, 'xa-long-son', '_astro')), false);
  assert.equal(liveHtml(root, 'xa-long-son'), 'mới');
});
