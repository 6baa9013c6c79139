import fs from 'fs';
import os from 'os';
import path from 'path';
import Database from 'better-sqlite3';
import type { IndexDocument } from '../../../../../search/document';
import { embeddedEngine } from '.';
import { SearchBusyError, SearchRequestError } from '../errors';
import type { SearchEngine } from '../types';

const doc = (documentId: string, chunk: number, fields: Partial<IndexDocument>): IndexDocument => ({
  id: `${documentId}-${chunk}`,
  documentId,
  kind: 'legal-document',
  site: 'phuong-7',
  siteName: 'Phường 7',
  path: `van-ban/${documentId}/`,
  title: '',
  summary: '',
  body: '',
  date: 1_700_000_000,
  year: 2023,
  categories: [],
  ...fields,
});

async function* batches(...lists: IndexDocument[][]) {
  for (const list of lists) yield list;
}

describe('embedded search engine', () => {
  let dir: string;
  let engine: SearchEngine;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'search-engine-'));
    engine = embeddedEngine({ file: path.join(dir, 'search.db'), publicUrl: 'http://cms.test' });
    await engine.prepare();
    await engine.apply('legalDocuments', {
      deleteDocumentIds: [],
      upserts: [
        doc('qd8083', 0, {
          title: 'Quyết định 8083/QĐ-UBND',
          number: '8083/QĐ-UBND',
          summary: 'Ban hành quy chế phối hợp',
          type: 'quyet-dinh',
          year: 2023,
        }),
        doc('kh1927', 0, {
          title: 'Kế hoạch 1927/KH-UBND',
          number: '1927/KH-UBND',
          summary: 'Xây dựng đô thị văn minh',
          body: 'phần đầu',
          type: 'ke-hoach',
          year: 2024,
          site: 'vung-tau',
        }),
        doc('kh1927', 1, {
          title: 'Kế hoạch 1927/KH-UBND',
          number: '1927/KH-UBND',
          summary: 'Xây dựng đô thị văn minh',
          body: 'phần sau nói về Ủy ban nhân dân phường',
          type: 'ke-hoach',
          year: 2024,
          site: 'vung-tau',
        }),
      ],
    });
  });
  afterEach(async () => {
    await engine.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const ids = async (q: string, extra: Record<string, unknown> = {}) =>
    (await engine.search('legalDocuments', { q, ...extra })).hits.map((hit) => hit.documentId);

  it('search: finds words without their diacritics, numbers and abbreviations, one hit per document', async () => {
    expect(await ids('do thi van minh')).toEqual(['kh1927']);
    expect(await ids('8083/QĐ-UBND')).toEqual(['qd8083']);
    expect(await ids('8083')).toEqual(['qd8083']);
    expect(await ids('UBND phuong')).toEqual(['kh1927']);
    expect(await ids('quyet dinh 8083')).toEqual(['qd8083']);
  });

  it('search: filters, facets, highlights and crops like Meilisearch', async () => {
    const res = await engine.search('legalDocuments', {
      q: 'van minh',
      filter: [['site = "vung-tau"', 'site = "phuong-7"'], 'year >= 2024'],
      facets: ['type', 'year'],
      attributesToHighlight: ['summary'],
      highlightPreTag: '[',
      highlightPostTag: ']',
    });
    // Neither page nor hitsPerPage: Meilisearch's default limit/offset mode.
    expect(res).toMatchObject({ limit: 20, offset: 0, estimatedTotalHits: 1 });
    expect(res).not.toHaveProperty('totalHits');
    expect(res.facetDistribution).toEqual({ type: { 'ke-hoach': 1 }, year: { '2024': 1 } });
    expect(res.hits[0]._formatted?.summary).toBe('Xây dựng đô thị [văn] [minh]');
    expect(await ids('', { filter: ['site = phuong-7'] })).toEqual(['qd8083']);
    await expect(engine.search('legalDocuments', { q: 'x', filter: ['secret = 1'] })).rejects.toThrow('không lọc được');
  });

  it('search: a rebuild swaps in a whole new index, and deletions remove every chunk', async () => {
    await engine.apply('legalDocuments', { deleteDocumentIds: ['kh1927'], upserts: [] });
    expect(await ids('')).toEqual(['qd8083']);
    const count = await engine.rebuild(
      'legalDocuments',
      batches([doc('nd42', 0, { title: 'Nghị định 42/2022/NĐ-CP', number: '42/2022/NĐ-CP' })])
    );
    expect(count).toBe(1);
    expect(await ids('')).toEqual(['nd42']);
    expect(await ids('nghi dinh 42')).toEqual(['nd42']);
  });

  it('search: counts and facets follow every write, its own and another process\u2019s', async () => {
    const facets = async () => (await engine.search('legalDocuments', { q: '', facets: ['year', 'site'] })).facetDistribution;
    expect(await facets()).toEqual({ year: { '2023': 1, '2024': 1 }, site: { 'phuong-7': 1, 'vung-tau': 1 } });
    // Its own write: the same connection.
    await engine.apply('legalDocuments', {
      deleteDocumentIds: [],
      upserts: [doc('tb12', 0, { title: 'Thông báo 12/TB-UBND', year: 2024 })],
    });
    expect(await facets()).toEqual({ year: { '2023': 1, '2024': 2 }, site: { 'phuong-7': 2, 'vung-tau': 1 } });
    // Another connection to the same file, as `npm run reindex` in another process.
    const other = embeddedEngine({ file: path.join(dir, 'search.db'), publicUrl: 'http://cms.test' });
    try {
      await other.apply('legalDocuments', {
        deleteDocumentIds: ['qd8083'],
        upserts: [doc('tb12', 0, { title: 'Thông báo 12/TB-UBND', year: 2025, site: 'vung-tau' })],
      });
      expect(await facets()).toEqual({ year: { '2024': 1, '2025': 1 }, site: { 'vung-tau': 2 } });
      await other.rebuild('legalDocuments', batches([doc('nd42', 0, { title: 'Nghị định 42/2022/NĐ-CP', year: 2022 })]));
      expect(await facets()).toEqual({ year: { '2022': 1 }, site: { 'phuong-7': 1 } });
    } finally {
      await other.close();
    }
  });

  it('search: orders by relevance, then by date, and pages through the documents without repeating one', async () => {
    await engine.apply('legalDocuments', {
      deleteDocumentIds: [],
      upserts: Array.from({ length: 30 }, (_, i) =>
        doc(`tb${i}`, 0, { title: `Thông báo ${i}/TB-UBND`, summary: 'lịch tiếp công dân', date: 1_700_000_000 + i * 86_400 })
      ),
    });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => ids('tiep cong dan', { hitsPerPage: 8, page })));
    expect(pages.flat()).toEqual(Array.from({ length: 30 }, (_, i) => `tb${29 - i}`));
    // Same date: the order they were indexed in.
    expect(await ids('', { sort: ['date:asc'], hitsPerPage: 4 })).toEqual(['qd8083', 'kh1927', 'tb0', 'tb1']);
  });

  it('search: the words together rank first: as a phrase in the title, then as a phrase anywhere, then scattered', async () => {
    const day = (n: number) => 1_700_000_000 + n * 86_400;
    await engine.apply('legalDocuments', {
      deleteDocumentIds: [],
      upserts: [
        doc('scattered', 0, { title: 'Lịch làm việc', summary: 'Tiếp nhận hồ sơ công khai, dân chủ', date: day(3) }),
        doc('anywhere', 0, { title: 'Kế hoạch năm 2024', summary: 'Lịch tiếp công dân của lãnh đạo', date: day(2) }),
        doc('anywhere', 1, { title: 'Kế hoạch năm 2024', body: 'dân cư, tiếp theo, công trình', date: day(2) }),
        doc('in-title', 0, { title: 'Tiếp công dân định kỳ', date: day(1) }),
        doc('other-site', 0, { title: 'Tiếp công dân ở phường 8', site: 'phuong-8', date: day(4) }),
      ],
    });
    expect(await ids('tiep cong dan', { filter: ['site = "phuong-7"'] })).toEqual(['in-title', 'anywhere', 'scattered']);
    // Across sites: the two titles by bm25 (the shorter first), then the rest.
    expect(await ids('tiếp công dân')).toEqual(['in-title', 'other-site', 'anywhere', 'scattered']);
    // Two at a time: the titles fill the first page alone; the second needs the other bonus too.
    const page = (n: number) => ids('tiep cong dan', { hitsPerPage: 2, page: n });
    expect([...(await page(1)), ...(await page(2))]).toEqual(['in-title', 'other-site', 'anywhere', 'scattered']);
    // A sort comes before relevance, as in Meilisearch's ranking rules.
    expect(await ids('tiep cong dan', { filter: ['site = "phuong-7"'], sort: ['date:desc'] })).toEqual([
      'scattered',
      'anywhere',
      'in-title',
    ]);
  });

  it('search: a ward\u2019s site filter, alone or with others, finds what the values table finds, and never matches the site column as text', async () => {
    const wards = ['site = "phuong-7"', 'site = phuong-7'];
    for (const site of wards) {
      expect(await ids('', { filter: [site] })).toEqual(['qd8083']);
      expect(await ids('quyet dinh', { filter: [site, 'year = 2023'] })).toEqual(['qd8083']);
      expect(await ids('quyet dinh', { filter: [site, 'year = 2024'] })).toEqual([]);
      expect(await ids('', { filter: site })).toEqual(['qd8083']);
    }
    expect(await ids('ke hoach', { filter: ['site = "phuong-7"'] })).toEqual([]);
    expect(await ids('ke hoach', { filter: [['site = "phuong-7"', 'site = "vung-tau"']] })).toEqual(['kh1927']);
    // The site column's tokens are s + the slug in hex: "s70" begins every ward's.
    expect(await ids('s70')).toEqual([]);
    expect(await ids('s7068756f6e672d37')).toEqual([]);
  });

  it('search: an index written before the site column existed keeps answering and taking changes', async () => {
    await engine.close();
    const file = path.join(dir, 'old.db');
    // The tables as the engine created them before the site column (2026-12-03).
    const db = new Database(file);
    db.exec(`
      CREATE TABLE search_meta (idx TEXT PRIMARY KEY, generation INTEGER NOT NULL);
      INSERT INTO search_meta VALUES ('legal_documents', 1);
      CREATE TABLE "legal_documents_g1_docs" (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, documentId TEXT NOT NULL, date INTEGER NOT NULL, doc TEXT NOT NULL);
      CREATE TABLE "legal_documents_g1_values" (docRowid INTEGER NOT NULL, attr TEXT NOT NULL, value TEXT NOT NULL, num REAL);
      CREATE VIRTUAL TABLE "legal_documents_g1_fts" USING fts5(title, number, summary, issuer, body, tokenize = 'unicode61', prefix = '2 3 4');
    `);
    db.close();
    engine = embeddedEngine({ file, publicUrl: 'http://cms.test' });
    await engine.apply('legalDocuments', {
      deleteDocumentIds: [],
      upserts: [
        doc('qd1', 0, { title: 'Quyết định 1/QĐ-UBND', year: 2023 }),
        doc('qd2', 0, { title: 'Quyết định 2/QĐ-UBND', site: 'vung-tau', year: 2024 }),
      ],
    });
    expect(await ids('quyet dinh', { filter: ['site = "phuong-7"'] })).toEqual(['qd1']);
    expect((await engine.search('legalDocuments', { q: 'quyet dinh', facets: ['site'] })).facetDistribution).toEqual({
      site: { 'phuong-7': 1, 'vung-tau': 1 },
    });
    // A reindex writes a generation with the site column.
    await engine.rebuild('legalDocuments', batches([doc('qd3', 0, { title: 'Quyết định 3/QĐ-UBND' })]));
    expect(await ids('quyet dinh', { filter: ['site = "phuong-7"'] })).toEqual(['qd3']);
    const reopened = new Database(file, { readonly: true });
    expect(reopened.prepare(`SELECT name FROM pragma_table_info('legal_documents_g2_fts')`).pluck().all()).toContain('site_key');
    reopened.close();
  });

  it('search: limit and offset window the hits as Meilisearch does; page mode counts them all', async () => {
    await engine.apply('legalDocuments', {
      deleteDocumentIds: [],
      upserts: Array.from({ length: 12 }, (_, i) =>
        doc(`tb${i}`, 0, { title: `Thông báo ${i}/TB-UBND`, date: 1_700_000_000 + i * 86_400 })
      ),
    });
    const byDate = (extra: Record<string, unknown>) => engine.search('legalDocuments', { q: 'thong bao', sort: ['date:desc'], ...extra });
    const window = await byDate({ limit: 3, offset: 2 });
    expect(window).toMatchObject({ limit: 3, offset: 2, estimatedTotalHits: 12 });
    expect(window).not.toHaveProperty('page');
    expect(window.hits.map((hit) => hit.documentId)).toEqual(['tb9', 'tb8', 'tb7']);
    expect((await byDate({ limit: 0 })).hits).toEqual([]);
    expect((await byDate({ offset: 11 })).hits.map((hit) => hit.documentId)).toEqual(['tb0']);
    // page or hitsPerPage selects page mode; limit and offset are then ignored, as in Meilisearch.
    const page = await byDate({ hitsPerPage: 5, page: 3, limit: 1, offset: 7 });
    expect(page).toMatchObject({ page: 3, hitsPerPage: 5, totalHits: 12, totalPages: 3 });
    expect(page).not.toHaveProperty('estimatedTotalHits');
    expect(page.hits.map((hit) => hit.documentId)).toEqual(['tb1', 'tb0']);
  });

  it('security: only the first 10 words of a query count, and a 20,000-word query answers like its first ten', async () => {
    const first = 'quyet dinh 8083 mot hai ba bon nam sau bay';
    const tail = ' chin'.repeat(20_000);
    expect(await ids(first + tail)).toEqual(await ids(first));
    // Past the tenth word nothing counts: not a word that would match, nor one that would not.
    expect(await ids(`${first} 1927`)).toEqual(await ids(first));
    // The tenth word, followed by more, is a whole word, not a prefix being typed.
    expect(await ids('a b c d e f g h i quy')).toEqual([]);
  });

  it('security: a filter past 100 conditions is refused with what is too big, in every form', async () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => `"d${i}"`).join(', ');
    const refused = async (filter: unknown) => {
      const error = await engine.search('legalDocuments', { q: '', filter } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SearchRequestError);
      expect((error as SearchRequestError).code).toBe('invalid_search_filter');
      return (error as SearchRequestError).message;
    };
    expect(await refused([`documentId IN [${values(101)}]`])).toContain('tối đa 100 điều kiện');
    expect(await refused([Array.from({ length: 60 }, (_, i) => `year = ${i} AND site = s${i}`)])).toContain('tối đa 100 điều kiện');
    expect(await refused(Array.from({ length: 5000 }, (_, i) => `year = ${i}`))).toContain('tối đa 100 điều kiện');
    expect(await refused([`documentId IN [${values(600)}]`])).toContain('2000 ký tự');
    // At the bound it runs.
    expect(await ids('', { filter: [`documentId IN [${values(99)}]`, 'site = phuong-7'] })).toEqual([]);
  });

  it('security: a search over its time budget is stopped and answered as a timeout; other engines keep answering', async () => {
    // A budget of 1 ms: starting a worker thread alone takes longer, so the search cannot finish in time.
    const hurried = embeddedEngine({
      file: path.join(dir, 'search.db'),
      publicUrl: 'http://cms.test',
      pool: { timeoutMs: 1, threads: 1, maxQueue: 4 },
    });
    try {
      const error = await hurried.search('legalDocuments', { q: 'quyet dinh' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SearchBusyError);
      expect((error as SearchBusyError).code).toBe('search_timeout');
      expect((error as Error).message).toContain('0,001 giây');
    } finally {
      await hurried.close();
    }
    expect(await ids('quyet dinh')).toEqual(['qd8083']);
  });

  it('security: searches past the queue are refused at once as busy, not held in memory', async () => {
    const small = embeddedEngine({
      file: path.join(dir, 'search.db'),
      publicUrl: 'http://cms.test',
      pool: { timeoutMs: 10_000, threads: 1, maxQueue: 1 },
    });
    try {
      const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => small.search('legalDocuments', { q: 'quyet dinh' })));
      const busy = outcomes.filter((o) => o.status === 'rejected' && (o.reason as SearchBusyError).code === 'search_busy');
      // Sent in one tick: one runs, one waits, the other four are refused.
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBe(2);
      expect(busy.length).toBe(4);
    } finally {
      await small.close();
    }
  });
});
