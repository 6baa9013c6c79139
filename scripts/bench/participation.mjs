#!/usr/bin/env node
// @ts-check
// The public write path (docs/participation.md): questions accepted per second, each from its own
// address with a solved proof of work, and what a flood from one address does to everyone else:
// while one loopback address posts as fast as it can, others send their questions, which must all
// be accepted, and the CMS's health answer is timed.
//   node scripts/bench/participation.mjs [--questions 200] [--concurrency 10] [--flood-seconds 10]
// Starts its own CMS on a fresh SQLite database with the demo data (about a minute to seed), from
// the compiled CMS (npm run build --workspace cms). Needs no bench data.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CMS_DIR } from './lib/bench-env.mjs';
import { startCms } from './lib/cms-process.mjs';
import { appendResult, machine, percentile } from './lib/report.mjs';

const { values } = parseArgs({
  options: {
    questions: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '10' },
    'flood-seconds': { type: 'string', default: '10' },
    'flood-concurrency': { type: 'string', default: '20' },
    others: { type: 'string', default: '40' },
  },
});
const count = Number(values.questions);
const concurrency = Number(values.concurrency);
const floodSeconds = Number(values['flood-seconds']);
const floodConcurrency = Number(values['flood-concurrency']);
const others = Number(values.others);
for (const [name, value] of Object.entries({ count, concurrency, floodSeconds, floodConcurrency, others }))
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number ≥ 1`);

// The CMS's own copy of altcha-lib, as the tests solve challenges (a name in a variable: the
// scripts' type check does not see the CMS's packages).
const require = createRequire(join(CMS_DIR, 'package.json'));
const ALTCHA = 'altcha-lib';
const PBKDF2 = 'altcha-lib/algorithms/pbkdf2';
const { solveChallenge } = /** @type {{ solveChallenge: (options: { challenge: unknown, deriveKey: unknown }) => Promise<unknown> }} */ (
  require(ALTCHA)
);
const { deriveKey } = /** @type {{ deriveKey: unknown }} */ (require(PBKDF2));

/**
 * One request from a given loopback address; its status and how long it took (ms).
 * @param {string} base
 * @param {string} from
 * @param {string} method
 * @param {string} path
 * @param {unknown} [body]
 * @returns {Promise<{ status: number, ms: number, text: string }>}
 */
const send = (base, from, method, path, body) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const url = new URL(path, base);
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method,
        localAddress: from,
        agent: false,
        headers: payload
          ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload), Accept: 'application/json' }
          : {},
      },
      (res) => {
        const chunks = /** @type {Buffer[]} */ ([]);
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, text: Buffer.concat(chunks).toString('utf8') })
        );
      }
    );
    req.on('error', reject);
    if (payload) req.write(payload);
    req.end();
  });

/** The n-th address of a /16 of the loopback network: every one a different client to the CMS. @param {number} block @param {number} n */
const address = (block, n) => `127.${block}.${(n >> 8) & 255}.${n & 255 || 1}`;

/** A question as the page's script sends it, with the proof of work solved. @param {string} base @param {string} from @param {number} n */
const question = async (base, from, n) => {
  const challenge = JSON.parse((await send(base, from, 'GET', '/api/participation/challenge')).text);
  const solution = await solveChallenge({ challenge, deriveKey });
  return {
    site: 'vung-tau',
    name: `Người hỏi ${n}`,
    email: `bench.${n}.${Date.now()}@example.vn`,
    field: 'khac',
    title: `Câu hỏi đo tốc độ số ${n}`,
    question: `Nội dung câu hỏi đo tốc độ tiếp nhận số ${n}, gửi từ công cụ đo.`,
    consent: true,
    altcha: Buffer.from(JSON.stringify({ challenge, solution })).toString('base64'),
  };
};

/** Runs `work` on every item, `limit` at a time. @template T, R @param {T[]} items @param {number} limit @param {(item: T) => Promise<R>} work */
const pool = async (items, limit, work) => {
  const results = /** @type {R[]} */ ([]);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]);
      }
    })
  );
  return results;
};

const dir = mkdtempSync(join(os.tmpdir(), 'bench-participation-'));
mkdirSync(join(dir, 'public', 'uploads'), { recursive: true });
console.log('Seeding a fresh CMS with the demo data (about a minute)…');
const cms = await startCms({
  database: 'sqlite',
  env: {
    DATABASE_FILENAME: join(dir, 'data.db'),
    SEED_DEMO_DATA: 'true',
    SEARCH_EMBEDDED_FILE: join(dir, 'search.db'),
    PUBLIC_DIR: join(dir, 'public'),
  },
});
try {
  // Accepted questions per second: each from its own address, the proof of work solved beforehand
  // (a reader's phone pays for it, not the server).
  console.log(`Solving ${count + others} proofs of work…`);
  const bodies = await pool(
    Array.from({ length: count }, (_, n) => n + 1),
    4,
    (n) => question(cms.url, address(30, n), n)
  );
  const started = performance.now();
  const accepted = await pool(
    bodies.map((body, i) => ({ body, from: address(30, i + 1) })),
    concurrency,
    ({ body, from }) => send(cms.url, from, 'POST', '/api/participation/questions', body)
  );
  const seconds = (performance.now() - started) / 1000;
  const ok = accepted.filter((r) => r.status === 201).length;
  const latencies = accepted.map((r) => r.ms);

  // A flood from one address, while others ask.
  const otherBodies = await pool(
    Array.from({ length: others }, (_, n) => n + 1),
    4,
    (n) => question(cms.url, address(31, n), 10_000 + n)
  );
  const flooder = '127.32.0.1';
  const floodStatuses = /** @type {Record<number, number>} */ ({});
  const until = performance.now() + floodSeconds * 1000;
  const flood = Promise.all(
    Array.from({ length: floodConcurrency }, async () => {
      while (performance.now() < until) {
        const { status } = await send(cms.url, flooder, 'POST', '/api/participation/questions', { site: 'vung-tau', name: 'x' });
        floodStatuses[status] = (floodStatuses[status] ?? 0) + 1;
      }
    })
  );
  const health = /** @type {number[]} */ ([]);
  const probe = (async () => {
    while (performance.now() < until) {
      health.push((await send(cms.url, '127.33.0.1', 'GET', '/_health')).ms);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const spread = (floodSeconds * 1000) / others;
  const during = await Promise.all(
    otherBodies.map(async (body, i) => {
      await new Promise((r) => setTimeout(r, i * spread));
      return send(cms.url, address(31, i + 1), 'POST', '/api/participation/questions', body);
    })
  );
  await Promise.all([flood, probe]);
  const othersOk = during.filter((r) => r.status === 201).length;
  const floodTotal = Object.values(floodStatuses).reduce((a, b) => a + b, 0);

  const ms = (/** @type {number} */ value) => `${value.toFixed(1)} ms`;
  const body = [
    `| measure | figure |`,
    `| --- | --- |`,
    `| questions accepted, each from its own address (${concurrency} at a time) | ${ok} of ${count} in ${seconds.toFixed(1)} s: **${(ok / seconds).toFixed(1)} per second**; p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))} |`,
    `| flood from one address (${floodConcurrency} at a time, ${floodSeconds} s) | ${floodTotal} requests: ${Object.entries(floodStatuses)
      .map(([status, n]) => `${n} × ${status}`)
      .join(', ')} (${(floodTotal / floodSeconds).toFixed(0)} per second) |`,
    `| other addresses' questions during the flood | **${othersOk} of ${others} accepted**; p50 ${ms(
      percentile(
        during.map((r) => r.ms),
        50
      )
    )}, p95 ${ms(
      percentile(
        during.map((r) => r.ms),
        95
      )
    )} |`,
    `| \`/_health\` during the flood | p50 ${ms(percentile(health, 50))}, p95 ${ms(percentile(health, 95))}, max ${ms(Math.max(...health))} (${health.length} probes) |`,
  ].join('\n');
  console.log(`\n${body}\n`);
  appendResult({
    title: 'Participation: accepted questions and a flood from one address',
    command: `node scripts/bench/participation.mjs --questions ${count} --concurrency ${concurrency} --flood-seconds ${floodSeconds}`,
    machine: machine(),
    body,
    notes:
      'SQLite (embedded default), the demo data, default rate limits. Each question is stored as a draft with its due date and tracking code.',
  });
  if (othersOk !== others) process.exitCode = 1;
} finally {
  await cms.stop();
  rmSync(dir, { recursive: true, force: true });
}
