import { addDays, isIsoDate } from '@vungtau/publishing';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

export const DIRECTION_UID = 'api::direction.direction';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** How far before its month's first day or after its last a topic's deadline or an event may fall. */
export const NEAR_MONTH_DAYS = 31;

const dmy = (date: string): string => date.split('-').reverse().join('/');
const monthLabel = (month: string): string => `${month.slice(5)}/${month.slice(0, 4)}`;

/** The first and last day of a `YYYY-MM` month. */
export const monthBounds = (month: string): { first: string; last: string } => {
  const [year, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return { first: `${month}-01`, last };
};

interface Dated {
  title?: string | null;
  dueOn?: string | null;
  on?: string | null;
}

/** A topic's deadline or an event's day: a real date, inside the month or near it. Pure. */
export const directionDateProblems = (month: string, topics: readonly Dated[], events: readonly Dated[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const { first, last } = monthBounds(month);
  const from = addDays(first, -NEAR_MONTH_DAYS);
  const to = addDays(last, NEAR_MONTH_DAYS);
  const check = (value: string | null | undefined, path: string[], what: string) => {
    if (value === null || value === undefined || value === '') return;
    if (!isIsoDate(value)) problems.push({ path, message: `${what}: ngày không hợp lệ.` });
    else if (value < from || value > to)
      problems.push({
        path,
        message: `${what}: ngày ${dmy(value)} cách xa tháng ${monthLabel(month)}; chỉ nhận ngày từ ${dmy(from)} đến ${dmy(to)}.`,
      });
  };
  topics.forEach((topic, i) => check(topic.dueOn, ['topics', String(i), 'dueOn'], `Chủ đề ${i + 1}`));
  events.forEach((event, i) => {
    if (!event.on) problems.push({ path: ['events', String(i), 'on'], message: `Sự kiện ${i + 1}: chưa có ngày.` });
    else check(event.on, ['events', String(i), 'on'], `Sự kiện ${i + 1}`);
  });
  return problems;
};

/** One direction per site and month; its dates real and about its month. */
export const directionRules: ContentRules = {
  populate: { site: { fields: ['documentId'] }, topics: true, events: true },
  async always(doc: StoredDocument, strapi) {
    const problems: FieldProblem[] = [];
    const site = one(doc, 'site');
    if (!site) problems.push({ path: ['site'], message: 'Định hướng tuyên truyền phải thuộc một trang thông tin điện tử.' });
    const month = doc.month;
    if (typeof month !== 'string' || !MONTH.test(month)) {
      problems.push({ path: ['month'], message: 'Tháng ghi theo dạng năm-tháng, ví dụ 2026-12 cho tháng 12 năm 2026.' });
      return problems;
    }
    problems.push(...directionDateProblems(month, (doc.topics as Dated[] | null) ?? [], (doc.events as Dated[] | null) ?? []));
    if (site) {
      const clash = await strapi.db.query(DIRECTION_UID).findOne({
        where: { month, site: { documentId: site.documentId }, documentId: { $ne: doc.documentId } },
        select: ['id'],
      });
      if (clash)
        problems.push({
          path: ['month'],
          message: `Trang này đã có định hướng tuyên truyền tháng ${monthLabel(month)}; hãy sửa định hướng đó.`,
        });
    }
    return problems;
  },
};
