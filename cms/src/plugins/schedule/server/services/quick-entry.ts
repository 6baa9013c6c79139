import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { addDays, isIsoDate } from '@vungtau/publishing';
import type { AdminUser } from '../../../workflow/server/services/actor';
import { WORK_SCHEDULE_UID, type RepeatEntryInput, type ScheduleRef } from '../../shared/contracts';
import { assertMayWrite } from './access';

/** An entry as the document service returns it; `id` and `__component` are the stored row's, never copied. */
type Entry = Record<string, unknown> & { date: string; startTime: string; state?: string; note?: string | null };

interface StoredSchedule {
  documentId: string;
  weekStart: string;
  site?: { id: number; documentId: string } | null;
  entries?: Entry[] | null;
}

const POPULATE = { site: { fields: ['id', 'documentId'] }, entries: { populate: { leaders: { fields: ['documentId'] } } } } as const;

const dmy = (date: string): string => date.split('-').reverse().join('/');

/** An entry's fields for a new row: without the stored row's id, its leaders by documentId. */
const fieldsOf = ({ id: _id, __component: _component, leaders, ...fields }: Entry): Entry =>
  ({ ...fields, leaders: ((leaders as Array<{ documentId: string }> | null) ?? []).map((leader) => leader.documentId) }) as Entry;

const byTime = (a: Entry, b: Entry): number =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.startTime < b.startTime ? -1 : a.startTime > b.startTime ? 1 : 0;

const schedules = (strapi: Core.Strapi) => strapi.documents(WORK_SCHEDULE_UID as 'api::work-schedule.work-schedule');

/** A schedule's draft with its site and entries; 404 when there is none, 400 when it has no site. */
const scheduleOf = async (
  strapi: Core.Strapi,
  documentId: string
): Promise<StoredSchedule & { site: { id: number; documentId: string } }> => {
  const schedule = (await schedules(strapi).findOne({
    documentId,
    status: 'draft',
    populate: POPULATE,
  } as never)) as unknown as StoredSchedule | null;
  if (!schedule) throw new errors.NotFoundError('Không tìm thấy lịch công tác này.');
  if (!schedule.site) throw new errors.ValidationError('Lịch công tác này chưa thuộc trang nào.');
  return schedule as StoredSchedule & { site: { id: number; documentId: string } };
};

/**
 * "Sao chép tuần trước": a draft of the week after the site's latest week, with that week's
 * entries moved seven days on, every one planned again and without its note (a change or a
 * cancellation was last week's news). Nothing is published: an approver publishes the new week.
 */
export const copyLastWeek = async (
  strapi: Core.Strapi,
  user: AdminUser,
  documentId: string
): Promise<ScheduleRef & { copiedFrom: string; entries: number }> => {
  const site = (await scheduleOf(strapi, documentId)).site;
  await assertMayWrite(strapi, user, site.id);
  const siteDocumentId = site.documentId;
  const latest = (await schedules(strapi).findFirst({
    filters: { site: { documentId: siteDocumentId } },
    sort: 'weekStart:desc',
    status: 'draft',
    populate: POPULATE,
  } as never)) as unknown as StoredSchedule | null;
  if (!latest) throw new errors.ValidationError('Trang này chưa có lịch công tác tuần nào để sao chép.');
  const weekStart = addDays(latest.weekStart, 7);
  const entries = (latest.entries ?? []).map((entry) => ({
    ...fieldsOf(entry),
    date: addDays(entry.date, 7),
    state: 'planned',
    note: null,
  }));
  const created = (await schedules(strapi).create({
    data: { site: siteDocumentId, weekStart, entries } as never,
  })) as unknown as { documentId: string };
  return { documentId: created.documentId, weekStart, copiedFrom: latest.weekStart, entries: entries.length };
};

/** The body of a repeat request, checked before anything is read. */
export const repeatInputOf = (body: unknown): RepeatEntryInput => {
  const input = (body ?? {}) as Partial<RepeatEntryInput>;
  const problems: Array<{ path: string[]; message: string }> = [];
  if (!Number.isInteger(input.entry) || (input.entry as number) < 0)
    problems.push({ path: ['entry'], message: 'Chọn buổi làm việc cần lặp lại.' });
  if (!Array.isArray(input.dates) || input.dates.length === 0 || input.dates.length > 6 || !input.dates.every(isIsoDate))
    problems.push({ path: ['dates'], message: 'Chọn từ một đến sáu ngày khác trong tuần để lặp lại.' });
  if (problems.length > 0)
    throw new errors.ValidationError(problems.map((p) => p.message).join(' '), {
      errors: problems.map((p) => ({ ...p, name: 'ValidationError' })),
    });
  return { entry: input.entry as number, dates: [...new Set(input.dates as string[])] };
};

/**
 * "Lặp lại": copies one entry of a week's draft onto other days of the same week (a weekly
 * meeting, a standing reception day), keeping the entries in order of day and time.
 */
export const repeatEntry = async (
  strapi: Core.Strapi,
  user: AdminUser,
  documentId: string,
  input: RepeatEntryInput
): Promise<ScheduleRef & { added: number }> => {
  const schedule = await scheduleOf(strapi, documentId);
  await assertMayWrite(strapi, user, schedule.site.id);
  const entries = schedule.entries ?? [];
  const source = entries[input.entry];
  if (!source) throw new errors.ValidationError(`Lịch tuần này không có buổi làm việc thứ ${input.entry + 1}.`);
  const sunday = addDays(schedule.weekStart, 6);
  const outside = input.dates.find((date) => date < schedule.weekStart || date > sunday);
  if (outside) throw new errors.ValidationError(`Ngày ${dmy(outside)} không thuộc tuần từ ${dmy(schedule.weekStart)} đến ${dmy(sunday)}.`);
  if (input.dates.includes(source.date)) throw new errors.ValidationError('Buổi làm việc đã có vào ngày chọn; hãy chọn các ngày khác.');
  const copies = input.dates.map((date) => ({ ...fieldsOf(source), date }));
  const next = [...entries.map(fieldsOf), ...copies].sort(byTime);
  await schedules(strapi).update({ documentId, status: 'draft', data: { entries: next } as never } as never);
  return { documentId, weekStart: schedule.weekStart, added: copies.length };
};
