import fs from 'fs';
import path from 'path';
import type { SeedContext } from '../context';
import { createRandom } from '../random';
import { formatLine } from '../../plugins/reports/server/visits/log-line';

const DAYS = 30;
/** Visits a day: the city portal past the 2023 report's "hơn ba ngàn lượt người truy cập" a day, wards far fewer. */
const CITY_VISITS = 3_400;
const WARD_VISITS = 140;
const SECTIONS = [
  '/',
  '/van-ban/',
  '/lich-cong-tac/',
  '/hoi-dap/',
  '/gioi-thieu/',
  '/lien-he/',
  '/co-cau-to-chuc/',
  '/dich-vu-cong/',
  '/thong-ke/',
];
const BROWSERS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
  'Mozilla/5.0 (Linux; Android 13; Redmi Note 12) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36 Zalo/24.08',
];
const BOTS = [
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
  'curl/8.5.0',
];
const DAY_MS = 86_400_000;
const VIETNAM_MS = 7 * 3_600_000;

/**
 * A month of demo access logs (the 30 Vietnam days before `now`, the real day) for every site, in
 * the declared format, counted by the real import: so the Lượt truy cập tab has figures on a fresh
 * `npm start`. Deterministic for a given day; bots, assets, 404s and a few feeds included. The
 * city portal's board has turned its public counter on, so its footer shows the figure. Skipped
 * once any figure is stored.
 */
export const seedVisits = async (ctx: SeedContext, now: Date): Promise<void> => {
  const { strapi } = ctx;
  if ((await strapi.db.query('plugin::reports.visit-day').count()) > 0) return;
  const sites = (await strapi.db.query('api::site.site').findMany({ select: ['id', 'slug', 'kind'] })) as Array<{
    id: number;
    slug: string;
    kind: string;
  }>;
  const articles = (await strapi.db.query('api::article.article').findMany({
    select: ['slug'],
    where: { publishedAt: { $notNull: true } },
    populate: { site: { select: ['id'] } },
    orderBy: { id: 'desc' },
    limit: 2_000,
  })) as Array<{ slug: string; site: { id: number } | null }>;
  const random = createRandom(20231224);
  const started = Date.now();
  const file = path.join(strapi.dirs.app.root, '.tmp', 'demo-access-logs', 'access-demo.log');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const lines: string[] = [];
  const today = Math.floor((now.getTime() + VIETNAM_MS) / DAY_MS) * DAY_MS - VIETNAM_MS;
  for (let d = DAYS; d >= 1; d -= 1) {
    const start = today - d * DAY_MS;
    const day: Array<{ at: number; line: string }> = [];
    for (const site of sites) {
      const own = articles.filter((a) => a.site?.id === site.id).map((a) => `/tin/${a.slug}/`);
      const pages = [...SECTIONS, ...own.slice(0, 60)];
      const base = site.kind === 'city' ? CITY_VISITS : WARD_VISITS;
      const weekend = new Date(start + VIETNAM_MS).getUTCDay() % 6 === 0 ? 0.7 : 1;
      const visits = Math.max(1, Math.round(base * weekend * (0.85 + random.next() * 0.3)));
      const line = (at: number, address: string, target: string, status: number, userAgent: string) =>
        day.push({
          at,
          line: formatLine({ address, at, method: 'GET', target: `/${site.slug}${target}`, status, userAgent, host: 'localhost:8080' }),
        });
      for (let v = 0; v < visits; v += 1) {
        const address = `${random.pick(['113.161', '14.161', '27.72', '42.112', '171.250', '116.110', '123.20'])}.${random.int(0, 255)}.0`;
        const agent = random.pick(BROWSERS);
        // Office hours weigh most: 7:00–22:00 Vietnam.
        let at = start + (7 + random.next() * 15) * 3_600_000;
        for (let p = random.int(1, 3); p > 0; p -= 1) {
          const page = p > 1 && own.length > 0 && random.chance(0.6) ? random.pick(own) : random.pick(pages);
          line(at, address, page, random.chance(0.2) ? 304 : 200, agent);
          if (random.chance(0.1)) line(at + 400, address, '/_astro/index.css', 200, agent);
          if (random.chance(0.02)) line(at + 900, address, '/khong-tim-thay/', 404, agent);
          at += random.int(20, 600) * 1000;
        }
      }
      for (let b = Math.round(visits * 0.15); b > 0; b -= 1)
        line(start + random.next() * DAY_MS, '66.249.66.0', random.chance(0.8) ? random.pick(pages) : '/rss.xml', 200, random.pick(BOTS));
    }
    day.sort((a, b) => a.at - b.at);
    for (const entry of day) lines.push(entry.line);
  }
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  const generated = Date.now();
  await strapi.db.query('api::site.site').updateMany({ where: { kind: 'city' }, data: { publicVisitCounter: true } });
  const outcome = await strapi.plugin('reports').service('visits').import(now, file);
  ctx.log(
    `visitor figures: ${lines.length} demo log lines written in ${((generated - started) / 1000).toFixed(1)} s, ${outcome.days} site-days imported in ${((Date.now() - generated) / 1000).toFixed(1)} s`
  );
};
