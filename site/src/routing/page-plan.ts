// Every page of a site, with a fingerprint of what it is rendered from. A static build writes it
// into its release (pages/page-plan.json.ts); the incremental publisher computes it again from the
// changed content and renders only the pages whose fingerprint differs, plus the new ones, and
// deletes the pages that are gone (docs/rebuilds.md).
import { currentSite } from '../data/site';
import {
  articlePages,
  categoryFeeds,
  categoryMorePages,
  categoryPages,
  datasetCsvs,
  datasetPages,
  documentPages,
  questionListPages,
  questionPages,
  registerPages,
  weekPages,
  type PagePath,
} from './pages';
import { noticeListPages, noticePages, projectListPages, projectPages } from './project-pages';
import { combine, digest } from './fingerprint';

type Params = Record<string, string | undefined>;

interface DynamicRoute {
  pages: () => Promise<PagePath<unknown>[]>;
  /** Where one of its pages is, under the site's base. */
  path: (params: Params) => string;
}

/** Every page file with parameters (under src/pages), and its table in routing/pages.ts. */
const DYNAMIC: Record<string, DynamicRoute> = {
  'tin/[slug].astro': { pages: articlePages, path: (p) => `tin/${p.slug}/` },
  'chuyen-muc/[slug]/index.astro': { pages: categoryPages, path: (p) => `chuyen-muc/${p.slug}/` },
  'chuyen-muc/[slug]/trang/[page].astro': { pages: categoryMorePages, path: (p) => `chuyen-muc/${p.slug}/trang/${p.page}/` },
  'chuyen-muc/[slug]/rss.xml.ts': { pages: categoryFeeds, path: (p) => `chuyen-muc/${p.slug}/rss.xml` },
  'van-ban/[...filter].astro': { pages: registerPages, path: (p) => (p.filter ? `van-ban/${p.filter}/` : 'van-ban/') },
  'van-ban/[slug].astro': { pages: documentPages, path: (p) => `van-ban/${p.slug}/` },
  'hoi-dap/[...list].astro': { pages: questionListPages, path: (p) => (p.list ? `hoi-dap/${p.list}/` : 'hoi-dap/') },
  'hoi-dap/[slug].astro': { pages: questionPages, path: (p) => `hoi-dap/${p.slug}/` },
  'lich-cong-tac/[week].astro': { pages: weekPages, path: (p) => `lich-cong-tac/${p.week}/` },
  'thong-ke/[slug].astro': { pages: datasetPages, path: (p) => `thong-ke/${p.slug}/` },
  'thong-ke/[slug].csv.ts': { pages: datasetCsvs, path: (p) => `thong-ke/${p.slug}.csv` },
  'du-an/[...list].astro': { pages: projectListPages, path: (p) => (p.list ? `du-an/${p.list}/` : 'du-an/') },
  'du-an/[slug].astro': { pages: projectPages, path: (p) => `du-an/${p.slug}/` },
  'du-an/dau-thau/[...list].astro': { pages: noticeListPages, path: (p) => (p.list ? `du-an/dau-thau/${p.list}/` : 'du-an/dau-thau/') },
  'du-an/dau-thau/[slug].astro': { pages: noticePages, path: (p) => `du-an/dau-thau/${p.slug}/` },
};

/** The not-found page's path. */
export const NOT_FOUND = '404/';

/** The endpoint that publishes the plan: not a page of the site. */
export const PLAN_FILE = 'page-plan.json';

const PAGE_FILES = Object.keys(import.meta.glob('../pages/**/*.{astro,ts}'))
  .map((f) => f.replace('../pages/', ''))
  .sort();

export interface PlannedPage {
  /** What it is rendered as, under the site's base: "", "tin/x/", "rss.xml", "404/" (served for any miss). */
  path: string;
  /** Its file in a release: "index.html", "tin/x/index.html", "rss.xml", "404.html". */
  file: string;
  /** A dynamic page's props; none for the others. */
  props?: unknown;
  /**
   * Changes exactly when the page does. Null for the pages without parameters (home, feeds,
   * sitemap, introduction…): a dozen pages that read from everywhere, always rendered again.
   */
  fingerprint: string | null;
}

// Astro writes the 404 page beside the home page, as the web servers expect it.
const fileOf = (path: string): string => (path === NOT_FOUND ? '404.html' : path === '' || path.endsWith('/') ? `${path}index.html` : path);

/** "index.astro" → "", "en/contact.astro" → "en/contact/", "rss.xml.ts" → "rss.xml". */
const staticPath = (file: string): string => {
  if (file.endsWith('.ts')) return file.slice(0, -'.ts'.length);
  const name = file.slice(0, -'.astro'.length);
  if (name === 'index' || name.endsWith('/index')) return name.slice(0, -'index'.length);
  return `${name}/`;
};

/** Each dynamic route's planned pages, kept while its table and the site are the same objects. */
const planned = new Map<string, { pages: PagePath<unknown>[]; site: string; plan: PlannedPage[] }>();

/** The planned pages of one dynamic route. */
const routePlan = async (file: string, route: DynamicRoute, site: string): Promise<PlannedPage[]> => {
  const pages = await route.pages();
  const kept = planned.get(file);
  if (kept?.pages === pages && kept.site === site) return kept.plan;
  const plan = pages.map(({ params, props }) => {
    const path = route.path(params);
    return { path, file: fileOf(path), props, fingerprint: combine(site, file, path, digest(props)) };
  });
  planned.set(file, { pages, site, plan });
  return plan;
};

/** Every page of the site, by file. */
export const pagePlan = async (): Promise<PlannedPage[]> => {
  // Every page shows the site (header, footer, title): its settings are part of every fingerprint.
  const site = digest(await currentSite());
  const plan: PlannedPage[] = [];
  for (const file of PAGE_FILES) {
    if (file === `${PLAN_FILE}.ts`) continue;
    const route = DYNAMIC[file];
    if (route) plan.push(...(await routePlan(file, route, site)));
    else if (file.includes('[')) throw new Error(`src/pages/${file} has parameters but no entry in src/routing/page-plan.ts`);
    else {
      const path = staticPath(file);
      plan.push({ path, file: fileOf(path), fingerprint: null });
    }
  }
  return plan.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
};

/** The plan as a release keeps it: each file's fingerprint. */
export const planFingerprints = (plan: PlannedPage[]): Record<string, string | null> =>
  Object.fromEntries(plan.map((p) => [p.file, p.fingerprint]));
