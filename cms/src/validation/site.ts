import { isHttpUrl } from '../utils/urls';
import { isGovHost, listedHosts } from './public-service';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

interface Banner {
  alt?: string | null;
  url?: string | null;
  image?: { name?: string | null } | null;
}

/** A site-internal path ("/chuyen-muc/chuyen-doi-so"), never protocol-relative ("//host"). */
const isSitePath = (value: string): boolean => value.startsWith('/') && !value.startsWith('//');

/**
 * Banners are images that usually carry text (the public-service portal's own artwork): WCAG 2.1
 * 1.1.1 needs that text as alt text, and a file name ("banner-dvc.png") is not a description.
 */
const bannerProblems = (banners: Banner[]): FieldProblem[] =>
  banners.flatMap((banner, index) => {
    const problems: FieldProblem[] = [];
    const alt = banner.alt?.trim() ?? '';
    const path = (field: string) => ['banners', String(index), field];
    if (!alt) {
      problems.push({
        path: path('alt'),
        message: 'Banner phải có mô tả ảnh (chữ trên ảnh hoặc nội dung ảnh) cho người dùng trình đọc màn hình.',
      });
    } else if (/\.(jpe?g|png|gif|webp|svg|avif)$/i.test(alt) || alt === banner.image?.name) {
      problems.push({ path: path('alt'), message: 'Mô tả ảnh phải là nội dung của ảnh, không phải tên tệp.' });
    }
    const url = banner.url?.trim() ?? '';
    if (url && !isHttpUrl(url) && !isSitePath(url)) {
      problems.push({
        path: path('url'),
        message: 'Liên kết của banner phải là địa chỉ http:// hoặc https://, hoặc đường dẫn trong trang bắt đầu bằng /.',
      });
    }
    return problems;
  });

const mergeProblems = (doc: StoredDocument): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const mergedInto = one(doc, 'mergedInto');
  if (doc.status === 'merged' && !mergedInto) {
    problems.push({ path: ['mergedInto'], message: 'Trang đã sáp nhập phải chỉ rõ trang tiếp nhận.' });
  }
  // Its old addresses redirect readers somewhere (site/scripts/lib/redirects.mjs): the site it was merged into, else its parent.
  if (doc.status === 'retired' && !mergedInto && !one(doc, 'parent')) {
    problems.push({
      path: ['status'],
      message: 'Trang ngừng hoạt động phải có trang cấp trên hoặc trang tiếp nhận để chuyển bạn đọc đến.',
    });
  }
  if (mergedInto?.documentId === doc.documentId) {
    problems.push({ path: ['mergedInto'], message: 'Trang không thể sáp nhập vào chính nó.' });
  }
  if (one(doc, 'parent')?.documentId === doc.documentId) {
    problems.push({ path: ['parent'], message: 'Trang không thể là trang cha của chính nó.' });
  }
  return problems;
};

/** The public-service portals a site's procedures may link to: gov.vn hosts only. */
const hostProblems = (text: unknown): FieldProblem[] => {
  const wrong = listedHosts(text).filter((host) => !isGovHost(host));
  return wrong.length
    ? [{ path: ['publicServiceHosts'], message: `Cổng dịch vụ công phải là tên miền .gov.vn, không phải: ${wrong.join(', ')}.` }]
    : [];
};

/** Sites are data: a ward merged by a reform keeps its record, pointing at the site that absorbed it. */
export const siteRules: ContentRules = {
  populate: {
    mergedInto: { fields: ['documentId'] },
    parent: { fields: ['documentId'] },
    banners: { populate: { image: { fields: ['name'] } } },
  },
  async published(doc) {
    return [...mergeProblems(doc), ...bannerProblems((doc.banners as Banner[] | null) ?? []), ...hostProblems(doc.publicServiceHosts)];
  },
};
