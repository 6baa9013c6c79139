import fs from 'fs';
import path from 'path';
import fc from 'fast-check';
import { propertyRuns } from '../../../../../tests/harness/property';
import { VisitCounter, type CountOptions } from './count';
import { anonymiseAddress, formatLine, parseLine } from './log-line';

const FIXTURE = path.resolve(__dirname, '../../../../../tests/fixtures/access-board.log');
const SITES = [
  { id: 1, slug: 'phuong-a', domain: null },
  { id: 2, slug: 'phuong-b', domain: 'phuongb.vungtau.gov.vn' },
];
const options = { done: new Set<string>(), until: '2026-12-01', salt: 'test' };

const count = (lines: string[], overrides: Partial<CountOptions> = {}) => {
  const counter = new VisitCounter(SITES, { ...options, ...overrides });
  for (const line of lines) counter.add(line);
  return counter.result();
};

const fixture = () => fs.readFileSync(FIXTURE, 'utf8').split('\n');

describe('board: visitor figures from the access log', () => {
  it('counts the fixture by hand: two sites by path and by host, bots apart, Vietnam days', () => {
    const result = count(fixture());
    expect(result.days).toEqual([
      { site: 1, day: '2026-11-14', visits: 5, views: 7, bots: 3 },
      { site: 1, day: '2026-11-15', visits: 2, views: 2, bots: 0 },
      { site: 2, day: '2026-11-14', visits: 2, views: 3, bots: 1 },
      { site: 2, day: '2026-11-15', visits: 0, views: 1, bots: 0 },
    ]);
    expect(result.pages.map(({ site, path: page, views, visits }) => [site, page, views, visits])).toEqual([
      [1, '/', 3, 3],
      [1, '/lich-cong-tac/', 2, 2],
      [1, '/tin-tuc/', 3, 2],
      [1, '/van-ban/', 1, 1],
      [2, '/', 1, 1],
      [2, '/gioi-thieu/', 1, 1],
      [2, '/tin-tuc/', 1, 1],
      [2, '/tin-tuc/bai-moi/', 1, 1],
    ]);
    expect(result.pages.every((page) => page.month === '2026-11')).toBe(true);
    expect(result.unreadable).toBe(2);
  });

  it('does not count a day already imported nor the day not yet over, yet keeps a visit across midnight one visit', () => {
    const result = count(fixture(), { done: new Set(['2|2026-11-14']), until: '2026-11-15' });
    expect(result.days).toEqual([{ site: 1, day: '2026-11-14', visits: 5, views: 7, bots: 3 }]);
    const next = count(fixture(), { done: new Set(['1|2026-11-14', '2|2026-11-14', '1|2026-11-15']) });
    // The view after midnight belongs to a visit that began on the 14th: no new visit on the 15th.
    expect(next.days).toEqual([{ site: 2, day: '2026-11-15', visits: 0, views: 1, bots: 0 }]);
  });

  it('counts a page once whatever spelling of its path the server resolved (dot segments, repeated slashes, percent-encoding)', () => {
    const at = Date.parse('2026-11-14T03:00:00Z');
    const spellings = [
      '/phuong-a/tin-tuc/',
      '//phuong-a//tin-tuc//',
      '/phuong-a/x1/../tin-tuc/',
      '/phuong-a/tin-t%75c/',
      '/phuong-a/./tin-tuc/?a=1',
    ];
    const flood = Array.from({ length: 2_100 }, (_, i) => `/phuong-a/x${i}/../`);
    const lines = [...spellings, ...flood].map((target, i) =>
      formatLine({
        address: '203.113.7.0',
        at: at + i * 1000,
        method: 'GET',
        target,
        status: 200,
        userAgent: 'Mozilla/5.0 Firefox/120.0',
        host: 'localhost',
      })
    );
    lines.push(
      formatLine({
        address: '203.113.7.0',
        at,
        method: 'GET',
        target: '/phuong-a/%E0%A4%A/',
        status: 200,
        userAgent: 'Mozilla/5.0',
        host: 'localhost',
      })
    );
    const pages = count(lines).pages.map(({ path: page, views }) => [page, views]);
    expect(pages).toEqual([
      ['/', 2_100],
      ['/tin-tuc/', 5],
    ]);
  });

  it('anonymises addresses as nginx.conf does: no full address survives', () => {
    expect(anonymiseAddress('203.113.7.42')).toBe('203.113.7.0');
    expect(anonymiseAddress('::ffff:10.1.2.3')).toBe('10.1.2.0');
    expect(anonymiseAddress('2001:0ee0:4f1c:12:a:b:c:d')).toBe('2001:0ee0:4f1c::');
    expect(anonymiseAddress('2001:db8::1')).toBe('2001:db8::');
    expect(anonymiseAddress('::1')).toBe('-');
    expect(anonymiseAddress('not an address')).toBe('-');
  });

  it('security: generated junk lines never throw and never count as a view or a visit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 })), { maxLength: 30 }),
        (lines) => {
          const result = count(lines);
          expect(result.days.filter((row) => row.views > 0 || row.visits > 0)).toEqual([]);
        }
      ),
      propertyRuns(300, 'board: junk access-log lines')
    );
  });

  it('security: a generated line in the declared format parses back to what was written', () => {
    const text = fc.string({ maxLength: 80 });
    fc.assert(
      fc.property(
        fc.record({
          at: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }),
          offset: fc.integer({ min: -12 * 60, max: 14 * 60 }),
          address: fc.ipV4().map(anonymiseAddress),
          method: fc.constantFrom('GET', 'POST', 'HEAD'),
          target: text.map((s) => `/${s.replace(/\s/g, '')}`),
          status: fc.integer({ min: 100, max: 599 }),
          userAgent: text,
          host: fc.domain(),
        }),
        (entry) => {
          const at = entry.at - (entry.at % 1000);
          const parsed = parseLine(formatLine({ ...entry, at }));
          expect(parsed).not.toBeNull();
          expect(parsed!.at).toBe(at);
          expect(parsed!.offset).toBe(entry.offset);
          expect(parsed!.status).toBe(entry.status);
          expect(parsed!.address).toBe(entry.address);
        }
      ),
      propertyRuns(300, 'board: access-log round trip')
    );
  });

  it('security: a flood of distinct visitors holds a bounded number of visits open and still counts every one', () => {
    const at = Date.parse('2026-11-14T03:00:00Z');
    const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
    const view = (n: number, second: number) =>
      formatLine({
        address: `10.${(n >> 16) & 255}.${(n >> 8) & 255}.0`,
        at: at + second * 1000,
        method: 'GET',
        target: '/phuong-a/',
        status: 200,
        userAgent: `${CHROME} ${n % 256}`,
        host: 'localhost',
      });
    const flood = Array.from({ length: 5_000 }, (_, n) => view(n, n / 100));
    // Within the bound, the first visitor's return a minute later is the same visit.
    expect(count([...flood, view(0, 60)]).days).toEqual([{ site: 1, day: '2026-11-14', visits: 5_000, views: 5_001, bots: 0 }]);
    // Past a bound of 1,000 open visits, the first ones were closed: the return is one visit more.
    const bounded = count([...flood, view(0, 60)], { maxOpenVisits: 1_000 });
    expect(bounded.days).toEqual([{ site: 1, day: '2026-11-14', visits: 5_001, views: 5_001, bots: 0 }]);
    // Pages held count too: one visitor's 60 pages pass a bound of 10 visits × 5 pages.
    const pages = Array.from({ length: 60 }, (_, k) =>
      formatLine({
        address: '10.9.9.0',
        at: at + k * 1000,
        method: 'GET',
        target: `/phuong-a/tin/${k}/`,
        status: 200,
        userAgent: CHROME,
        host: 'localhost',
      })
    );
    const many = count([...pages, view(1, 61), pages[0]], { maxOpenVisits: 10 });
    expect(many.days[0]).toMatchObject({ visits: 3, views: 62 });
    expect(count([...pages, view(1, 61), pages[0]]).days[0]).toMatchObject({ visits: 2, views: 62 });
  });
});
