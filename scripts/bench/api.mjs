#!/usr/bin/env node
// @ts-check
// CMS API: the list requests a site build makes (its own fields/populate, 100 per page), at 10 and
// 100 concurrent clients with autocannon, on SQLite and PostgreSQL, with the SQL queries each
// request runs. Each database twice: with the response cache off (API_CACHE=false: every request
// builds its response, as after a write to what it shows) and on (the same pages again, answered
// from memory).
//   node scripts/bench/api.mjs [--database sqlite] [--database postgres] [--cache off] [--cache on] [--seconds 5]
// Needs the bench data (npm run bench:data) and the compiled CMS.
import autocannon from 'autocannon';
import { parseArgs } from 'node:util';
import { startCms } from './lib/cms-process.mjs';
import { appendResult, machine } from './lib/report.mjs';
import { listPath, loadSiteQueries } from './lib/site-queries.mjs';

const { values } = parseArgs({
  options: {
    database: { type: 'string', multiple: true },
    cache: { type: 'string', multiple: true },
    seconds: { type: 'string', default: '5' },
  },
});
const databases = values.database ?? ['sqlite', 'postgres'];
const caches = values.cache ?? ['off', 'on'];
const seconds = Number(values.seconds);
const q = await loadSiteQueries();

/** @typedef {import('./lib/cms-process.mjs').BenchCms} BenchCms */

// [label, collection, query, site]: each measured on its first page (with the total count) and,
// when it has more, on its middle page (no count, a deep offset), as a build asks for both.
/** @type {[string, string, import('./lib/site-queries.mjs').Query, string | null][]} */
const LISTS = [
  ['articles, city portal', 'articles', q.ARTICLE_QUERY, 'vung-tau'],
  ['articles, ward', 'articles', q.ARTICLE_QUERY, 'phuong-7'],
  ['legal documents, city portal', 'legal-documents', q.LEGAL_DOCUMENT_QUERY, 'vung-tau'],
  ['categories, city portal', 'categories', q.CATEGORY_QUERY, 'vung-tau'],
  ['sites', 'sites', q.SITE_QUERY, null],
];
/** @param {BenchCms} cms */
const endpointsOf = async (cms) => {
  /** @type {[string, string][]} */
  const endpoints = [];
  for (const [label, collection, query, site] of LISTS) {
    const first = listPath(q, collection, query, site);
    const { pageCount } = /** @type {{ meta: { pagination: { pageCount: number } } }} */ (await (await fetch(`${cms.url}${first}`)).json())
      .meta.pagination;
    endpoints.push([`${label}, page 1 of ${pageCount}`, first]);
    if (pageCount > 1) {
      const middle = Math.max(2, Math.ceil(pageCount / 2));
      endpoints.push([`${label}, page ${middle} of ${pageCount}`, listPath(q, collection, query, site, middle)]);
    }
  }
  return endpoints;
};
// The populate=* baseline of earlier runs (what a naive client cost) is gone: the public API refuses
// populate=* since the guard of docs/security.md, so no anonymous client can cost that any more.
/** @type {[string, string][]} */
const BASELINE = [];

// What the build's fetch (Node's undici) sends; autocannon does not decode the body, the build does.
const HEADERS = { 'accept-encoding': 'gzip, deflate' };
/**
 * @param {string} url
 * @param {number} connections
 * @param {number} duration
 * @returns {Promise<autocannon.Result & { errorKinds: string }>}
 */
const load = (url, connections, duration) =>
  new Promise((resolve, reject) => {
    // autocannon gives up on a request after 10 s by default and counts it as an error; an uncached
    // list at 100 concurrent on PostgreSQL waits longer than that for its answer, which is a result.
    /** @type {Map<string, number>} */
    const errorKinds = new Map();
    const instance = autocannon({ url, connections, duration, timeout: 120, pipelining: 1, headers: HEADERS }, (error, result) =>
      error ? reject(error) : resolve({ ...result, errorKinds: [...errorKinds].map(([kind, n]) => `${n}× ${kind}`).join(', ') })
    );
    instance.on('reqError', (/** @type {NodeJS.ErrnoException} */ error) => {
      const kind = error.code ?? error.message;
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    });
  });

/** One request, tried again when undici reuses a keep-alive socket the CMS has closed meanwhile. @param {string} url */
const settle = async (url) => (await q.fetchRetrying(url, {})).arrayBuffer();

/**
 * autocannon stops sending at the end of a window, but the CMS still builds what was queued
 * (seconds of work for an uncached list at 100 concurrent): the next window starts when it has.
 * No request under way is not enough: the server forgets a request when its client goes away,
 * while Strapi goes on running its queries. So also wait until no request's query ran for 250 ms.
 * @param {BenchCms} cms
 */
const quiet = async (cms) => {
  await cms.idle();
  for (let before = await cms.queries(); ; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await cms.queries();
    if (now === before) return;
    before = now;
  }
};

// A closed loop reaches its steady state only when each client has had a few answers: in a window
// shorter than the wait, the first answers stand for the whole row (at 100 concurrent on an
// uncached list, 5 answers in 5 s once read as 1 request/s). So a window in which the clients had
// fewer than this many answers each is measured again over one long enough for them, up to
// LONGEST_WINDOW times --seconds.
const ANSWERS_PER_CLIENT = 2;
const LONGEST_WINDOW = 16;

/**
 * autocannon over `seconds`, or longer when the clients had too few answers for a steady state.
 * @param {BenchCms} cms
 * @param {string} label
 * @param {string} url
 * @param {number} connections
 */
const measure = async (cms, label, url, connections) => {
  for (let duration = seconds; ; ) {
    const result = await load(url, connections, duration);
    await quiet(cms);
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(
        `${label} ×${connections} over ${duration} s: ${result.non2xx} non-2xx answers, ${result.errors} errors (${result.errorKinds || 'no detail'})`
      );
    const answered = result['2xx'];
    const wanted = ANSWERS_PER_CLIENT * connections;
    const longest = seconds * LONGEST_WINDOW;
    if (answered >= wanted) return { result, duration, answered, steady: true };
    // At the longest window, some answers are still a figure, but the row must say it is not steady.
    if (answered > 0 && duration >= longest) return { result, duration, answered, steady: false };
    if (duration >= longest) {
      throw new Error(
        `${label} ×${connections}: no request finished within ${duration} s (${result.timeouts} timed out); run with a longer --seconds`
      );
    }
    // Long enough at the rate seen, with a margin; at least twice as long as this one.
    const needed = answered > 0 ? Math.ceil((1.25 * wanted * duration) / answered) : duration * 2;
    const next = Math.min(longest, Math.max(duration * 2, needed));
    console.log(
      `${label} ×${connections}: ${answered} answer(s) within ${duration} s, fewer than ${ANSWERS_PER_CLIENT} per client; measuring over ${next} s`
    );
    duration = next;
  }
};

/**
 * SQL per request, over n requests after one that fills the cache (when it is on).
 * @param {BenchCms} cms
 * @param {string} path
 */
const queriesPerRequest = async (cms, path, n = 20) => {
  await settle(`${cms.url}${path}`);
  const before = await cms.queries();
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${cms.url}${path}`);
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
  return ((await cms.queries()) - before) / n;
};

/**
 * @typedef {object} Row
 * @property {string} database
 * @property {string} cache
 * @property {number} total
 * @property {string} label
 * @property {number} connections
 * @property {number} rps
 * @property {number} p50
 * @property {number} p95
 * @property {number} meanWait
 * @property {number} sql
 * @property {boolean} baseline
 */
/** @type {Row[]} */
const rows = [];
for (const [database, cache] of databases.flatMap((d) => caches.map((c) => [d, c]))) {
  let cms;
  try {
    cms = await startCms({ database, env: { API_CACHE: cache === 'on' ? 'true' : 'false' } });
  } catch (error) {
    console.warn(`${database}: skipped (${/** @type {Error} */ (error).message})`);
    continue;
  }
  try {
    const total = /** @type {{ meta: { pagination: { total: number } } }} */ (
      await (await fetch(`${cms.url}/api/articles?pagination[pageSize]=1`)).json()
    ).meta.pagination.total;
    const endpoints = [...(await endpointsOf(cms)), ...BASELINE];
    // Counted before any load: requests autocannon leaves queued would run their queries into the count.
    /** @type {Map<string, number>} */
    const sqlOf = new Map();
    for (const [label, path] of endpoints) sqlOf.set(label, await queriesPerRequest(cms, path));
    for (const [label, path] of endpoints) {
      const sql = /** @type {number} */ (sqlOf.get(label));
      for (const connections of [10, 100]) {
        const { result, duration, answered, steady } = await measure(cms, label, `${cms.url}${path}`, connections);
        const window = steady
          ? `over ${duration} s`
          : `over ${duration} s, fewer than ${ANSWERS_PER_CLIENT} answers per client: not a steady state`;
        const rowLabel = duration === seconds ? label : `${label} (${window})`;
        // The latencies are those of answered requests only: the `connections` requests still out
        // when the window closes are left out, which flatters a CMS slower than the load. Little's
        // law gives the mean wait from the throughput, with them.
        // Answers over the window's length: autocannon's per-second average rounds a slow row to whole requests.
        const rps = answered / duration;
        const meanWait = (connections / rps) * 1000;
        rows.push({
          database,
          cache,
          total,
          label: rowLabel,
          connections,
          rps,
          p50: result.latency.p50,
          p95: result.latency.p97_5,
          meanWait,
          sql,
          baseline: BASELINE.some(([l]) => l === label),
        });
        console.log(
          `${database} cache ${cache} ${rowLabel} ×${connections}: ${rps.toFixed(rps < 100 ? 1 : 0)} req/s, p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, mean wait ${meanWait.toFixed(0)} ms, ${sql} SQL queries/request`
        );
      }
    }
  } finally {
    await cms.stop();
  }
}

/** A database address with any password replaced by ***; a file path as it is. @param {string} value */
const withoutPassword = (value) => {
  if (!/^[a-z]+:\/\//i.test(value)) return value;
  const url = new URL(value);
  if (url.password) url.password = '***';
  return url.toString();
};

const lines = rows.map(
  (r) =>
    `| ${r.database} | ${r.cache} | ${r.label} | ${r.connections} | ${r.rps.toFixed(r.rps < 100 ? 1 : 0)} | ${r.p50} ms | ${r.p95} ms | ${r.meanWait.toFixed(0)} ms | ${r.sql.toFixed(1)} |`
);
/** @param {string} cache */
const worstOf = (cache) => {
  const ours = rows.filter((r) => !r.baseline && r.connections === 100 && r.cache === cache);
  return ours.length
    ? `cache ${cache}: worst p97.5 ${Math.max(...ours.map((r) => r.p95))} ms, most queries ${Math.max(...ours.map((r) => r.sql))}`
    : null;
};
appendResult({
  title: 'CMS API: the site build’s list requests',
  // Another bench database than the default is part of the command that produced the figures
  // (a password in its address is not: this text goes into docs/benchmarks-log.md).
  command: `${['BENCH_SQLITE_FILE', 'BENCH_POSTGRES_URL']
    .filter((name) => process.env[name])
    .map((name) => `${name}=${withoutPassword(/** @type {string} */ (process.env[name]))} `)
    .join(
      ''
    )}node scripts/bench/api.mjs ${databases.map((d) => `--database ${d}`).join(' ')} ${caches.map((c) => `--cache ${c}`).join(' ')} --seconds ${seconds}`,
  machine: machine(),
  body: [
    `Data: ${rows[0]?.total ?? '?'} articles${(rows[0]?.total ?? 0) >= 15000 ? ' (the ten-year bench data)' : ', fewer than the ten-year bench data'}. Each request is one page of 100, with the build's explicit fields and populate.`,
    '',
    '| database | cache | request | concurrent | req/s | p50 | p97.5 | mean wait (concurrent ÷ req/s) | SQL queries / request |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n'),
  notes: `autocannon, ${seconds} s per row (longer where a row says so: its clients had fewer than ${ANSWERS_PER_CLIENT} answers each in ${seconds} s, too few for a steady state); req/s is the answers over the window; p97.5 is autocannon's nearest percentile to p95 (stricter). p50 and p97.5 are those of answered requests: the requests still out when the window closed are left out, so where the CMS is slower than the load they understate the wait; the mean wait (Little's law: concurrent ÷ req/s) counts them. Target: p95 ≤ 50 ms at 100 concurrent with ≤ 10 SQL queries per request: ${caches.map(worstOf).filter(Boolean).join('; ')}. With the cache on, a request the cache cannot answer (the first after a write to what it shows) costs the cache-off figures plus one query.`,
});
