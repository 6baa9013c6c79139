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
});
