import type { APIRoute } from 'astro';
import { allArticles, allCategories, postedAt } from '../data/articles';
import { allLegalDocuments } from '../data/legal-documents';
import { allQuestions } from '../data/questions';
import { allWeeks, weekPath } from '../data/work-schedules';
import { allDatasets, datasetPath } from '../data/datasets';
import { allNotices, allProjects, noticePath, projectPath } from '../data/projects';
import { sectionPageOf } from '../data/category-kinds';
import { absoluteUrl } from '../utils/urls';

export const GET: APIRoute = async () => {
  const pages: [string, Date?][] = [
    [''],
    ['gioi-thieu/'],
    ['co-cau-to-chuc/'],
    ['lien-he/'],
    ['van-ban/'],
    ['hoi-dap/'],
    ['hoi-dap/gui-cau-hoi/'],
    ['lich-cong-tac/'],
    ['thong-ke/'],
    ['dich-vu-cong/'],
    ['du-an/'],
    ['du-an/dau-thau/'],
    ['en/'],
    ['en/organisation/'],
    ['en/contact/'],
    // A page-section category's page only sends readers on: its own page is listed instead.
    ...(await allCategories()).filter((c) => !sectionPageOf(c)).map((c): [string] => [`chuyen-muc/${c.data.slug}/`]),
    ...(await allArticles()).map((a): [string, Date] => [`tin/${a.data.slug}/`, a.data.updatedAt ?? postedAt(a)]),
    ...(await allLegalDocuments()).map((d): [string, Date] => [`van-ban/${d.data.slug}/`, d.data.updatedAt]),
    ...(await allQuestions()).map((q): [string, Date] => [`hoi-dap/${q.data.slug}/`, q.data.updatedAt]),
    ...(await allWeeks()).map((w): [string, Date] => [weekPath(w.data.weekStart), w.data.updatedAt]),
    ...(await allDatasets()).map((d): [string, Date] => [datasetPath(d.data.slug), d.data.updatedAt]),
    ...(await allProjects()).map((p): [string, Date] => [projectPath(p.data.slug), p.data.updatedAt]),
    ...(await allNotices()).map((n): [string, Date] => [noticePath(n.data.slug), n.data.updatedAt]),
  ];
  const urls = pages.map(([p, d]) => `<url><loc>${absoluteUrl(p)}</loc>${d ? `<lastmod>${d.toISOString()}</lastmod>` : ''}</url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join('')}</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
