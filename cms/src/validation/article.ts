import { isHttpUrl } from '../utils/urls';
import type { FieldProblem } from '../utils/validation-error';
import { articleMediaPopulate, articleMediaProblems } from './article-media';
import type { ContentRules } from './types';
import { one } from './types';

interface Source {
  kind?: string;
  name?: string | null;
  url?: string | null;
}

interface Author {
  share?: number | string | null;
  contributor?: { documentId: string; fullName?: string } | null;
}

/** The 2023 report: items with no source, or an author name only, left readers unsure what was quoted. */
const sourceProblems = (source: Source | null | undefined): FieldProblem[] => {
  if (!source) return [{ path: ['source'], message: 'Phải ghi nguồn tin: tự viết hay trích dẫn.' }];
  const problems: FieldProblem[] = [];
  if (source.kind === 'quoted' && !source.name?.trim()) {
    problems.push({ path: ['source', 'name'], message: 'Tin bài trích dẫn phải ghi rõ tên nguồn.' });
  }
  if (source.url && !isHttpUrl(source.url)) {
    problems.push({ path: ['source', 'url'], message: 'Đường dẫn nguồn phải là địa chỉ http:// hoặc https:// hợp lệ.' });
  }
  return problems;
};

const authorProblems = (authors: Author[]): FieldProblem[] => {
  if (authors.length === 0) return [];
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  authors.forEach((author, index) => {
    const id = author.contributor?.documentId;
    if (!id) problems.push({ path: ['authors', String(index), 'contributor'], message: 'Mỗi tác giả phải là một cộng tác viên.' });
    else if (seen.has(id))
      problems.push({ path: ['authors', String(index), 'contributor'], message: 'Một cộng tác viên chỉ được ghi một lần.' });
    else seen.add(id);
  });
  const total = authors.reduce((sum, author) => sum + Number(author.share ?? 0), 0);
  if (Math.abs(total - 100) > 0.001) {
    problems.push({ path: ['authors'], message: `Tổng tỷ lệ nhuận bút của các tác giả phải bằng 100% (hiện là ${total}%).` });
  }
  return problems;
};

/** Categories, unit and authors belong to the article's site: checked on every write by site-scope.ts. */
export const articleRules: ContentRules = {
  populate: {
    source: true,
    site: { fields: ['documentId', 'name'] },
    authors: { populate: { contributor: { fields: ['documentId', 'fullName'] } } },
    ...articleMediaPopulate,
  },
  async published(doc, strapi) {
    const problems: FieldProblem[] = [...sourceProblems(doc.source as Source | null)];
    const site = one(doc, 'site');
    if (!site) problems.push({ path: ['site'], message: 'Tin bài phải thuộc một trang thông tin điện tử.' });
    problems.push(...authorProblems((doc.authors as Author[] | null) ?? []));
    problems.push(...(await articleMediaProblems(strapi, doc)));
    return problems;
  },
};
