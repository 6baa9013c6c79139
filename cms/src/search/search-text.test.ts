import { chunkText } from './chunk';
import { fold, wordSpans, words } from './fold';
import { meilisearchSynonyms } from './synonyms';
import { matchExpression, parseQuery } from '../plugins/search/server/engines/embedded/match';

describe('search text', () => {
  it('search: folds Vietnamese tones, vowel marks and đ, whatever the normalisation form', () => {
    expect(fold('Đô thị văn minh Vũng Tàu')).toBe('do thi van minh vung tau');
    expect(fold('Ủy ban'.normalize('NFD'))).toBe('uy ban');
    expect(fold('Uỷ ban')).toBe(fold('Ủy ban'));
    expect(words('8083/QĐ-UBND ngày 04/12/2023')).toEqual(['8083', 'qd', 'ubnd', 'ngay', '04', '12', '2023']);
  });

  it('search: word spans point into the original text', () => {
    const text = 'Phường Thắng Nhất, TP. Vũng Tàu';
    const spans = wordSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Phường', 'Thắng', 'Nhất', 'TP', 'Vũng', 'Tàu']);
    expect(spans.map((s) => s.word)).toEqual(['phuong', 'thang', 'nhat', 'tp', 'vung', 'tau']);
  });

  it('search: a query expands abbreviations and their full forms both ways', () => {
    const short = parseQuery('UBND phường 7 ');
    expect(short.groups.map((g) => g.alternatives)).toEqual([[['ubnd'], ['uy', 'ban', 'nhan', 'dan']], [['phuong']], [['7']]]);
    expect(short.lastIsPrefix).toBe(false);
    expect(matchExpression(short)).toBe('("ubnd" OR "uy ban nhan dan") AND "phuong" AND "7"');
    const long = parseQuery('uy ban nhan dan thanh pho');
    expect(long.groups.map((g) => g.alternatives)).toEqual([
      [['uy', 'ban', 'nhan', 'dan'], ['ubnd']],
      [['thanh', 'pho'], ['tp']],
    ]);
    expect(matchExpression(long)).toBe('("uy ban nhan dan" OR "ubnd") AND ("thanh pho"* OR "tp")');
  });

  it('search: Meilisearch receives each synonym with and without diacritics', () => {
    const synonyms = meilisearchSynonyms();
    expect(synonyms.ubnd).toEqual(expect.arrayContaining(['ủy ban nhân dân', 'uy ban nhan dan']));
    expect(synonyms['uy ban nhan dan']).toContain('ubnd');
    expect(synonyms['qđ']).toEqual(expect.arrayContaining(['quyết định', 'quyet dinh']));
  });

  it('search: long texts are chunked at word boundaries with an overlap', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' ');
    const chunks = chunkText(text, 400, 40);
    expect(chunks).toHaveLength(3);
    expect(chunks[0].split(' ')).toHaveLength(400);
    expect(chunks[1].startsWith('w360 ')).toBe(true);
    expect(chunks[2].endsWith('w999')).toBe(true);
    expect(chunkText('ngắn thôi')).toEqual(['ngắn thôi']);
  });
});
