#!/usr/bin/env node
// @ts-check
// Search speed: p50/p95 of a fixed set of readers' queries, sent the way the search page sends
// them (hits with highlights and crops, facets), on a ward site and on the city portal (all
// sites), to the embedded engine on the bench data, and to Meilisearch when MEILISEARCH_HOST is set.
//   node scripts/bench/search.mjs [--database sqlite|postgres] [--rounds 5]
// Needs the bench data (npm run bench:data) and the compiled CMS (npm run build --workspace cms).
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchEnv, CMS_DIR } from './lib/bench-env.mjs';
import { appendResult, machine, percentile } from './lib/report.mjs';

const { values } = parseArgs({ options: { database: { type: 'string', default: 'sqlite' }, rounds: { type: 'string', default: '5' } } });
const rounds = Number(values.rounds);
const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');
const { embeddedEngine } = require(join(CMS_DIR, 'dist', 'src', 'plugins', 'search', 'server', 'engines', 'embedded'));
const { meilisearchEngine } = require(join(CMS_DIR, 'dist', 'src', 'plugins', 'search', 'server', 'engines', 'meilisearch'));
const { liveGeneration, tablesOf } = require(join(CMS_DIR, 'dist', 'src', 'plugins', 'search', 'server', 'engines', 'embedded', 'store'));
const { indexUid } = require(join(CMS_DIR, 'dist', 'src', 'search', 'index-names'));

/**
 * A search engine of the compiled CMS (cms/src/plugins/search/server/engines), as much of it as this measures.
 * @typedef {object} Engine
 * @property {string} name
 * @property {(index: string, query: object) => Promise<{ totalHits: number }>} search
 * @property {() => Promise<void>} close
 */

/** What readers type: words with and without diacritics, numbers, abbreviations, phrases, nonsense. */
export const QUERIES = [
  'vung tau',
  'Vũng Tàu',
  'do thi van minh',
  'đô thị văn minh',
  'cải cách hành chính',
  'cchc',
  'UBND phường 7',
  'uy ban nhan dan',
  '8083/QĐ-UBND',
  '8083',
  'quyết định',
  'ke hoach',
  'thông báo',
  'tiep cong dan',
  'lễ hội nghinh ông',
  'chuyen doi so',
  'dịch vụ công trực tuyến',
  'phong chong dich',
  'an toàn giao thông',
  'HĐND',
  'tiếp xúc cử tri',
  've sinh moi truong',
  'du lịch',
  'báo cáo',
  'tờ trình',
  'ngày chủ nhật xanh',
  'phuong thang tam',
  'xã long sơn',
  'thứ 7 lắng nghe dân nói',
  'quy tac ung xu',
  'bảo hiểm y tế',
  'pccc',
  'giải phóng mặt bằng',
  'khen thưởng',
  'học sinh',
  'nông thôn mới',
  'năm 2024',
  'quý III',
  'thanh niên tình nguyện',
  'xyzzy không có',
];

/**
 * The search page's main query for a reader on a ward site (its own site) or the city portal (all).
 * @param {string} q
 * @param {string} index
 * @param {string | null} site
 */
const request = (q, index, site) => ({
  q,
  filter: site ? [`site = "${site}"`] : [],
  facets:
    index === 'articles' ? ['categories', 'year', ...(site ? [] : ['site'])] : ['type', 'year', 'validity', ...(site ? [] : ['site'])],
  page: 1,
  hitsPerPage: 10,
  attributesToRetrieve: [
    'documentId',
    'site',
    'siteName',
    'path',
    'date',
    'title',
    'summary',
    'body',
    'categories',
    'number',
    'typeLabel',
    'issuer',
    'validity',
    'issuedDate',
  ],
  attributesToHighlight: ['title', 'summary', 'body'],
  attributesToCrop: ['body'],
  cropLength: 28,
  highlightPreTag: '\u0002',
  highlightPostTag: '\u0003',
});

/**
 * Documents in an embedded index, read from its file: a search's totalHits stops at 5,000, as Meilisearch's does.
 * @param {Engine} engine
 * @param {string} index
 * @returns {number | null}
 */
const documentsIn = (engine, index) => {
  if (engine.name !== 'embedded') return null;
  const db = new Database(benchEnv(values.database).SEARCH_EMBEDDED_FILE, { readonly: true });
  try {
    const uid = indexUid(index, ''); // the embedded engine's names carry no prefix
    const { docs } = tablesOf(uid, liveGeneration(db, uid));
    return /** @type {{ n: number }} */ (db.prepare(`SELECT COUNT(DISTINCT documentId) AS n FROM ${docs}`).get()).n;
  } finally {
    db.close();
  }
};

/** @param {Engine} engine */
const measure = async (engine) => {
  const rows = [];
  for (const [label, site] of /** @type {[string, string | null][]} */ ([
    ['ward (phuong-7)', 'phuong-7'],
    ['city (all sites)', null],
  ])) {
    for (const index of ['articles', 'legalDocuments']) {
      /** @type {number[]} */
      const times = [];
      let total = 0;
      await engine.search(index, request('warm up', index, site));
      for (let round = 0; round < rounds; round++) {
        for (const q of QUERIES) {
          const started = performance.now();
          const res = await engine.search(index, request(q, index, site));
          times.push(performance.now() - started);
          if (round === 0) total += res.totalHits;
        }
      }
      const size = documentsIn(engine, index) ?? (await engine.search(index, { q: '', hitsPerPage: 1 })).totalHits;
      rows.push({
        engine: engine.name,
        label,
        index,
        size,
        queries: times.length,
        hits: total,
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        max: Math.max(...times),
      });
    }
  }
  return rows;
};

const env = benchEnv(values.database);
/** @type {Engine[]} */
const engines = [embeddedEngine({ file: env.SEARCH_EMBEDDED_FILE, publicUrl: 'http://localhost' })];
if (process.env.MEILISEARCH_HOST) {
  engines.push(
    meilisearchEngine({
      host: process.env.MEILISEARCH_HOST,
      masterKey: process.env.MEILISEARCH_MASTER_KEY,
      publicHost: process.env.MEILISEARCH_HOST,
      prefix: process.env.MEILISEARCH_INDEX_PREFIX ?? '',
      taskTimeoutMs: 30_000,
    })
  );
}
const rows = [];
for (const engine of engines) {
  rows.push(...(await measure(engine)));
  await engine.close();
}
if (rows.every((r) => r.size === 0)) throw new Error(`The index ${env.SEARCH_EMBEDDED_FILE} is empty: run npm run bench:data first.`);
const lines = rows.map(
  (r) =>
    `| ${r.engine} | ${r.label} | ${r.index} (${r.size} documents) | ${r.queries} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.max.toFixed(1)} ms |`
);
console.log(lines.join('\n'));
const worst = Math.max(...rows.map((r) => r.p95));
appendResult({
  title: 'Search query time',
  command: `node scripts/bench/search.mjs --database ${values.database} --rounds ${rounds}`,
  machine: machine(),
  body: ['| engine | reader | index | queries | p50 | p95 | max |', '| --- | --- | --- | --- | --- | --- | --- |', ...lines].join('\n'),
  notes: `${QUERIES.length} queries × ${rounds} rounds, each the search page's full request (hits, highlights, crops, facets), timed in the engine's client (for the embedded engine: in its pool of worker threads, as the CMS runs it). Target: p95 ≤ 20 ms at full scale: ${worst <= 20 ? 'met' : 'not met'} (worst p95 ${worst.toFixed(1)} ms).`,
});
