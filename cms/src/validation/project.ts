import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

/** Projects are dated by year: a plan from before the city's first master plan or past this century is a typo. */
const FIRST_YEAR = 1975;
const LAST_YEAR = 2100;
const RESERVED_SLUG = 'dau-thau';

interface ProgressUpdate {
  date?: string | null;
  percent?: number | null;
}

/** A VND amount stored as a big integer (a string from the database): never negative. */
export const negativeAmount = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false;
  try {
    return BigInt(String(value)) < 0n;
  } catch {
    return true;
  }
};

const yearProblem = (doc: StoredDocument, key: 'periodStart' | 'periodEnd', name: string): FieldProblem[] => {
  const year = doc[key] as number | null | undefined;
  if (year === null || year === undefined) return [];
  return year < FIRST_YEAR || year > LAST_YEAR
    ? [{ path: [key], message: `${name} phải là một năm từ ${FIRST_YEAR} đến ${LAST_YEAR}.` }]
    : [];
};

export const projectRules: ContentRules = {
  populate: { site: { fields: ['documentId'] }, progress: true },
  async always(doc) {
    const problems: FieldProblem[] = [];
    // The procurement notices' list lives at /du-an/dau-thau/.
    if (doc.slug === RESERVED_SLUG)
      problems.push({
        path: ['slug'],
        message: `Đường dẫn "${RESERVED_SLUG}" dành cho danh sách thông báo đấu thầu; hãy chọn đường dẫn khác.`,
      });
    if (negativeAmount(doc.totalInvestment))
      problems.push({ path: ['totalInvestment'], message: 'Tổng mức đầu tư phải là số đồng không âm.' });
    problems.push(...yearProblem(doc, 'periodStart', 'Năm bắt đầu'), ...yearProblem(doc, 'periodEnd', 'Năm kết thúc'));
    const start = doc.periodStart as number | null;
    const end = doc.periodEnd as number | null;
    if (start && end && end < start)
      problems.push({ path: ['periodEnd'], message: 'Năm kết thúc không được trước năm bắt đầu thực hiện dự án.' });
    const progress = (doc.progress as ProgressUpdate[] | null) ?? [];
    progress.forEach((update, index) => {
      const percent = update.percent;
      if (percent !== null && percent !== undefined && (percent < 0 || percent > 100))
        problems.push({ path: ['progress', String(index), 'percent'], message: 'Tỷ lệ hoàn thành phải từ 0 đến 100%.' });
    });
    return problems;
  },
  async published(doc) {
    return one(doc, 'site') ? [] : [{ path: ['site'], message: 'Dự án phải thuộc một trang thông tin điện tử.' }];
  },
};
