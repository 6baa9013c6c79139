import type { FieldProblem } from '../utils/validation-error';
import { negativeAmount } from './project';
import type { ContentRules } from './types';
import { one } from './types';

interface Result {
  state?: string | null;
  winner?: string | null;
  contractValue?: string | number | null;
}

/** The calendar day of a date or date-time in Vietnam (UTC+7), to compare a closing time with dates. */
const localDay = (value: string): string => new Date(new Date(value).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

export const procurementNoticeRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    project: { fields: ['documentId'], populate: { site: { fields: ['documentId'] } } },
    result: true,
  },
  async always(doc) {
    const problems: FieldProblem[] = [];
    if (negativeAmount(doc.budget)) problems.push({ path: ['budget'], message: 'Giá gói thầu phải là số đồng không âm.' });
    const result = (doc.result as Result | null) ?? null;
    if (result && negativeAmount(result.contractValue))
      problems.push({ path: ['result', 'contractValue'], message: 'Giá hợp đồng phải là số đồng không âm.' });
    const published = doc.publishedDate as string | null;
    const closing = doc.bidClosingAt as string | null;
    const resultDate = doc.resultDate as string | null;
    if (published && closing && localDay(closing) < published)
      problems.push({ path: ['bidClosingAt'], message: 'Thời điểm đóng thầu phải sau ngày đăng thông báo.' });
    if (resultDate && published && resultDate < published)
      problems.push({ path: ['resultDate'], message: 'Ngày có kết quả lựa chọn nhà thầu không được trước ngày đăng thông báo.' });
    else if (resultDate && closing && resultDate < localDay(closing))
      problems.push({ path: ['resultDate'], message: 'Ngày có kết quả lựa chọn nhà thầu không được trước thời điểm đóng thầu.' });
    return problems;
  },
  async published(doc) {
    const problems: FieldProblem[] = [];
    const site = one(doc, 'site');
    if (!site) problems.push({ path: ['site'], message: 'Thông báo phải thuộc một trang thông tin điện tử.' });
    const project = one(doc, 'project');
    const projectSite = (project?.site as { documentId: string } | null | undefined) ?? null;
    if (project && site && projectSite?.documentId !== site.documentId)
      problems.push({ path: ['project'], message: 'Dự án của gói thầu phải thuộc cùng trang với thông báo.' });
    const result = (doc.result as Result | null) ?? null;
    if (result?.state === 'trung-thau' && !result.winner?.trim())
      problems.push({ path: ['result', 'winner'], message: 'Kết quả trúng thầu phải có tên nhà thầu trúng thầu.' });
    if (result && !doc.resultDate)
      problems.push({ path: ['resultDate'], message: 'Kết quả lựa chọn nhà thầu phải có ngày phê duyệt kết quả.' });
    return problems;
  },
};
