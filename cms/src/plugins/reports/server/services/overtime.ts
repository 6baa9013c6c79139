import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { displayName, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';
import { validationError } from '../../../../utils/validation-error';
import type { OvertimeEntry, OvertimeList } from '../../shared/contracts';
import { MESSAGES } from '../messages';
import { num } from '../royalties/rates';
import { assertCan, type Access, type SiteAccess } from './access';
import { OVERTIME_MESSAGES, readOvertime } from './overtime-math';
import { monthsOf, periodLabel } from './periods';
import { relabel, tally } from './tally';
import { OVERTIME } from './uids';

/**
 * Overtime pay (làm thêm giờ) entered by the head of the board and finance of a site, read by
 * the board; paid from the portal's whole budget. Every write checks the caller's role on the
 * entry's site and the whole input first, so a refused write changes nothing.
 */

const POPULATE = { site: { select: ['id', 'documentId', 'name'] }, staffUser: { select: ['id', 'firstname', 'lastname'] } };

interface Row {
  documentId: string;
  month: string;
  staffName: string;
  hours: unknown;
  amount: unknown;
  note: string | null;
  enteredBy: string | null;
  site: { id: number; documentId: string; name: string } | null;
  staffUser: { id: number; firstname: string | null; lastname: string | null } | null;
}

const view = (row: Row): OvertimeEntry => ({
  documentId: row.documentId,
  site: { documentId: row.site?.documentId ?? '', name: row.site?.name ?? '' },
  month: row.month,
  staffName: row.staffName,
  staffUser: row.staffUser
    ? { id: row.staffUser.id, name: [row.staffUser.firstname, row.staffUser.lastname].filter(Boolean).join(' ') }
    : null,
  hours: row.hours === null || row.hours === undefined ? null : num(row.hours),
  amount: num(row.amount),
  note: row.note,
  enteredBy: row.enteredBy,
});

/** The year's overtime entries of the sites in scope, with the total per month. */
export const overtimeList = async (strapi: Core.Strapi, sites: SiteAccess[], year: number): Promise<OvertimeList> => {
  const rows = (await strapi.db.query(OVERTIME).findMany({
    where: { site: { id: { $in: sites.map((s) => s.id) } }, month: { $startsWith: `${year}-` } },
    populate: POPULATE,
    orderBy: [{ month: 'asc' }, { id: 'asc' }],
  })) as Row[];
  const entries = rows.map(view);
  const months = monthsOf(year);
  return {
    year,
    entries,
    byMonth: overtimeByMonth(entries, months),
    can: { edit: sites.some((s) => s.can.has('overtime')), sites: sites.filter((s) => s.can.has('overtime')).map((s) => s.documentId) },
  };
};

/** The entries' count and amount per month of the year, every month listed. */
export const overtimeByMonth = (entries: OvertimeEntry[], months: string[]) =>
  relabel(
    tally(entries, { key: (e) => e.month, label: (e) => e.month, amount: (e) => e.amount, order: 'given', keys: months }),
    Object.fromEntries(months.map((m) => [m, periodLabel(m)]))
  );

/** A staff account named on an entry must belong to the entry's site. */
const checkStaffUser = async (strapi: Core.Strapi, userId: number | null, siteId: number): Promise<void> => {
  if (userId === null) return;
  if (!(await sitesOf(strapi, userId)).has(siteId)) throw validationError([{ path: ['staffUser'], message: OVERTIME_MESSAGES.staffUser }]);
};

const find = async (strapi: Core.Strapi, documentId: string): Promise<Row> => {
  const row = (await strapi.db.query(OVERTIME).findOne({ where: { documentId }, populate: POPULATE })) as Row | null;
  if (!row) throw new errors.NotFoundError(MESSAGES.overtimeNotFound);
  return row;
};

const dataOf = (entry: NonNullable<ReturnType<typeof readOvertime>['entry']>, user: AdminUser) => ({
  month: entry.month,
  staffName: entry.staffName,
  staffUser: entry.staffUser,
  hours: entry.hours,
  amount: entry.amount,
  note: entry.note,
  enteredBy: displayName(user),
});

export const createOvertime = async (
  strapi: Core.Strapi,
  access: Access,
  user: AdminUser,
  body: Record<string, unknown>
): Promise<OvertimeEntry> => {
  const site = [...access.sites.values()].find((s) => typeof body.site === 'string' && s.documentId === body.site);
  if (!site) throw new errors.PolicyError(MESSAGES.notBoardOfSite);
  assertCan(access, site.id, 'overtime');
  const { entry, problems } = readOvertime(body);
  if (!entry) throw validationError(problems);
  await checkStaffUser(strapi, entry.staffUser, site.id);
  const created = await strapi.documents(OVERTIME).create({ data: { ...dataOf(entry, user), site: site.documentId } as never });
  return view(await find(strapi, created.documentId));
};

export const updateOvertime = async (
  strapi: Core.Strapi,
  access: Access,
  user: AdminUser,
  documentId: string,
  body: Record<string, unknown>
): Promise<OvertimeEntry> => {
  const row = await find(strapi, documentId);
  assertCan(access, row.site?.id, 'overtime');
  const { entry, problems } = readOvertime(body);
  if (!entry) throw validationError(problems);
  await checkStaffUser(strapi, entry.staffUser, row.site!.id);
  await strapi.documents(OVERTIME).update({ documentId, data: dataOf(entry, user) as never });
  return view(await find(strapi, documentId));
};

export const deleteOvertime = async (strapi: Core.Strapi, access: Access, documentId: string): Promise<void> => {
  const row = await find(strapi, documentId);
  assertCan(access, row.site?.id, 'overtime');
  await strapi.documents(OVERTIME).delete({ documentId });
};
