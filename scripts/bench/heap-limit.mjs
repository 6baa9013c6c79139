#!/usr/bin/env node
// @ts-check
// Is the city build's peak memory what it needs, or garbage V8 had no reason to collect yet? The
// city portal (the largest site) built once per heap limit (--max-old-space-size, in MB; "default"
// for none): wall time and peak RSS of the build and its Astro process. A limit the build survives
// with a lower peak means the peak was lazy collection; a crash means the memory is live.
//   node scripts/bench/heap-limit.mjs [--site vung-tau] [--heap default --heap 3072 --heap 2048] [--shards 1]
// --shards: the shares the site is built in (build-sites.mjs --shards), default 1: one Astro process.
// Needs the bench data (npm run bench:data) and the compiled CMS. Not part of `npm run bench`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCms } from './lib/cms-process.mjs';
import { watchPeakRss } from './lib/process-tree.mjs';
import { appendResult, machine } from './lib/report.mjs';

const { values } = parseArgs({
  options: {
    site: { type: 'string', default: 'vung-tau' },
    heap: { type: 'string', multiple: true },
    shards: { type: 'string', default: '1' },
  },
});
const heaps = values.heap ?? ['default', '3072', '2048'];
const buildScript = fileURLToPath(new URL('../../site/scripts/build-sites.mjs', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'bench-heap-'));

/**
 * One build of the site; resolves with its wall time, peak RSS and exit code (a crash is a result here).
 * @param {string} cmsUrl
 * @param {string} heap
 * @returns {Promise<{ seconds: number, peak: number, code: number | null, stderr: string }>}
 */
const build = (cmsUrl, heap) =>
  new Promise((resolve) => {
    const started = performance.now();
    const nodeOptions = [process.env.NODE_OPTIONS, heap === 'default' ? '' : `--max-old-space-size=${heap}`].filter(Boolean).join(' ');
    const child = spawn(process.execPath, [buildScript, '--site', values.site, '--shards', values.shards], {
      // Each build starts cold in its own folders, so every limit does the same work.
      env: {
        ...process.env,
        NODE_OPTIONS: nodeOptions,
        CMS_URL: cmsUrl,
        SITES_OUT_DIR: join(work, heap, 'sites'),
        SITES_CACHE_DIR: join(work, heap, 'cache'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    // Spawning Node itself does not fail: the child has its pid.
    const rss = watchPeakRss(/** @type {number} */ (child.pid));
    child.on('exit', (code) => resolve({ seconds: (performance.now() - started) / 1000, peak: rss.stop(), code, stderr }));
  });

/** @param {number} bytes */
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const cms = await startCms({ database: 'sqlite' });
/** @type {string[]} */
const lines = [];
try {
  for (const heap of heaps) {
    const r = await build(cms.url, heap);
    const outcome =
      r.code === 0 ? 'built' : `failed (exit ${r.code}${/heap out of memory/i.test(r.stderr) ? ', JavaScript heap out of memory' : ''})`;
    lines.push(`| ${heap === 'default' ? 'V8 default' : `${heap} MB`} | ${outcome} | ${r.seconds.toFixed(1)} s | ${gib(r.peak)} |`);
    console.log(lines.at(-1));
  }
  appendResult({
    title: `Peak memory of one site build under heap limits (${values.site})`,
    command: `node scripts/bench/heap-limit.mjs --site ${values.site} ${heaps.map((h) => `--heap ${h}`).join(' ')} --shards ${values.shards}`,
    machine: machine(),
    body: ['| --max-old-space-size | outcome | wall time | peak RSS |', '| --- | --- | --- | --- |', ...lines].join('\n'),
    notes:
      'Each build cold (empty content cache), one after the other, against the bench CMS (ten-year data, SQLite, API cache on and warm after the first build). Peak RSS is the sum over the build script and its Astro processes, sampled every 250 ms.',
  });
} finally {
  await cms.stop();
  rmSync(work, { recursive: true, force: true });
}
