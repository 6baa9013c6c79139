import { addDays, isIsoDate, isoWeekday } from '@vungtau/publishing';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

export const WORK_SCHEDULE_UID = 'api::work-schedule.work-schedule';

/** An entry as stored (component row): times are "HH:mm:ss.SSS", or null. */
export interface StoredEntry {
  leaders?: Array<{ documentId: string; site?: { documentId: string } | null }> | null;
  leaderNames?: string | null;
  date?: string | null;
  startTime?: string | null;
  endTime?: string | null;
  state?: string | null;
  note?: string | null;
}

const dmy = (date: string): string => date.split('-').reverse().join('/');

/** Problems of one week's entries; pure, so the copy and repeat actions check their result with it too. */
export const entryProblems = (weekStart: string, entries: readonly StoredEntry[]): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const sunday = addDays(weekStart, 6);
  entries.forEach((entry, i) => {
    const at = (field: string) => ['entries', String(i), field];
    const n = i + 1;
    if (!entry.date) problems.push({ path: at('date'), message: `Mục ${n}: chưa có ngày.` });
    else if (entry.date < weekStart || entry.date > sunday)
      problems.push({
        path: at('date'),
        message: `Mục ${n}: ngày ${dmy(entry.date)} không thuộc tuần từ ${dmy(weekStart)} đến ${dmy(sunday)}.`,
      });
    if (!entry.startTime) problems.push({ path: at('startTime'), message: `Mục ${n}: chưa có giờ bắt đầu.` });
    else if (entry.endTime && entry.endTime <= entry.startTime)
      problems.push({ path: at('endTime'), message: `Mục ${n}: giờ kết thúc phải sau giờ bắt đầu.` });
    if ((entry.leaders ?? []).length === 0 && !entry.leaderNames?.trim())
      problems.push({ path: at('leaders'), message: `Mục ${n}: chọn lãnh đạo dự (hoặc ghi tên ở ô Lãnh đạo khác).` });
    if ((entry.state === 'changed' || entry.state === 'cancelled') && !entry.note?.trim())
      problems.push({
        path: at('note'),
        message: `Mục ${n}: lịch ${entry.state === 'changed' ? 'có thay đổi' : 'hoãn, hủy'} phải ghi rõ lý do trong phần ghi chú.`,
      });
  });
  return problems;
};

/** One schedule per site and week, a week starting on a Monday, every entry inside its week. */
export const workScheduleRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    entries: { populate: { leaders: { fields: ['documentId', 'name'], populate: { site: { fields: ['documentId'] } } } } },
  },
  async always(doc: StoredDocument, strapi) {
    const problems: FieldProblem[] = [];
    const site = one(doc, 'site');
    if (!site) problems.push({ path: ['site'], message: 'Lịch công tác phải thuộc một trang thông tin điện tử.' });
    const weekStart = doc.weekStart;
    if (!isIsoDate(weekStart)) {
      problems.push({ path: ['weekStart'], message: 'Lịch công tác phải có ngày đầu tuần.' });
      return problems;
    }
    if (isoWeekday(weekStart) !== 1)
      problems.push({ path: ['weekStart'], message: `Ngày đầu tuần phải là thứ Hai; ${dmy(weekStart)} không phải thứ Hai.` });
    else problems.push(...entryProblems(weekStart, (doc.entries as StoredEntry[] | null) ?? []));
    if (site)
      ((doc.entries as StoredEntry[] | null) ?? []).forEach((entry, i) => {
        const stranger = (entry.leaders ?? []).find((leader) => leader.site?.documentId !== site.documentId);
        if (stranger)
          problems.push({
            path: ['entries', String(i), 'leaders'],
            message: `Mục ${i + 1}: ${(stranger as { name?: string }).name ?? 'lãnh đạo đã chọn'} không thuộc trang của lịch công tác này.`,
          });
      });
    if (site) {
      const clash = await strapi.db.query(WORK_SCHEDULE_UID).findOne({
        where: { weekStart, site: { documentId: site.documentId }, documentId: { $ne: doc.documentId } },
        select: ['id'],
      });
      if (clash) problems.push({ path: ['weekStart'], message: `Trang này đã có lịch công tác của tuần bắt đầu ngày ${dmy(weekStart)}.` });
    }
    return problems;
  },
};
