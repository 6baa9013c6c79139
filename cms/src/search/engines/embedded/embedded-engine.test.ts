import fs from 'fs';
import os from 'os';
import path from 'path';
import type { IndexDocument } from '../../document';
import { embeddedEngine } from '.';
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
        doc('qd8083', 0, { title: 'Quyết định 8083/QĐ-UBND', number: '8083/QĐ-UBND', summary: 'Ban hành quy chế phối hợp', type: 'quyet-dinh', year: 2023 }),
        doc('kh1927', 0, { title: 'Kế hoạch 1927/KH-UBND', number: '1927/KH-UBND', summary: 'Xây dựng đô thị văn minh', body: 'phần đầu', type: 'ke-hoach', year: 2024, site: 'vung-tau' }),
        doc('kh1927', 1, { title: 'Kế hoạch 1927/KH-UBND', number: '1927/KH-UBND', summary: 'Xây dựng đô thị văn minh', body: 'phần sau nói về Ủy ban nhân dân phường', type: 'ke-hoach', year: 2024, site: 'vung-tau' }),
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
    expect(res.totalHits).toBe(1);
    expect(res.facetDistribution).toEqual({ type: { 'ke-hoach': 1 }, year: { '2024': 1 } });
    expect(res.hits[0]._formatted?.summary).toBe('Xây dựng đô thị [văn] [minh]');
    expect(await ids('', { filter: ['site = phuong-7'] })).toEqual(['qd8083']);
    await expect(engine.search('legalDocuments', { q: 'x', filter: ['secret = 1'] })).rejects.toThrow('không lọc được');
  });

  it('search: a rebuild swaps in a whole new index, and deletions remove every chunk', async () => {
    await engine.apply('legalDocuments', { deleteDocumentIds: ['kh1927'], upserts: [] });
    expect(await ids('')).toEqual(['qd8083']);
    const count = await engine.rebuild('legalDocuments', batches([doc('nd42', 0, { title: 'Nghị định 42/2022/NĐ-CP', number: '42/2022/NĐ-CP' })]));
    expect(count).toBe(1);
    expect(await ids('')).toEqual(['nd42']);
    expect(await ids('nghi dinh 42')).toEqual(['nd42']);
  });

  it('search: counts and facets follow every write, its own and another process\u2019s', async () => {
    const facets = async () => (await engine.search('legalDocuments', { q: '', facets: ['year', 'site'] })).facetDistribution;
    expect(await facets()).toEqual({ year: { '2023': 1, '2024': 1 }, site: { 'phuong-7': 1, 'vung-tau': 1 } });
    // Its own write: the same connection.
    await engine.apply('legalDocuments', { deleteDocumentIds: [], upserts: [doc('tb12', 0, { title: 'Thông báo 12/TB-UBND', year: 2024 })] });
    expect(await facets()).toEqual({ year: { '2023': 1, '2024': 2 }, site: { 'phuong-7': 2, 'vung-tau': 1 } });
    // Another connection to the same file, as `npm run reindex` in another process.
    const other = embeddedEngine({ file: path.join(dir, 'search.db'), publicUrl: 'http://cms.test' });
    try {
      await other.apply('legalDocuments', { deleteDocumentIds: ['qd8083'], upserts: [doc('tb12', 0, { title: 'Thông báo 12/TB-UBND', year: 2025, site: 'vung-tau' })] });
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
      upserts: Array.from({ length: 30 }, (_, i) => doc(`tb${i}`, 0, { title: `Thông báo ${i}/TB-UBND`, summary: 'lịch tiếp công dân', date: 1_700_000_000 + i * 86_400 })),
    });
    const pages = await Promise.all([1, 2, 3, 4].map((page) => ids('tiep cong dan', { hitsPerPage: 8, page })));
    expect(pages.flat()).toEqual(Array.from({ length: 30 }, (_, i) => `tb${29 - i}`));
    // Same date: the order they were indexed in.
    expect(await ids('', { sort: ['date:asc'], hitsPerPage: 4 })).toEqual(['qd8083', 'kh1927', 'tb0', 'tb1']);
  });
});
