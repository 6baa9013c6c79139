import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ReportPeriodKind, ReportSettingsView } from '../../shared/contracts';
import { MESSAGES } from '../messages';
import { assertCan, sitesInScope, type Access } from './access';
import {
  MAX_REPORT_DAY,
  MIN_REPORT_DAY,
  periodLabel,
  rangeLabel,
  REPORT_PERIOD_KINDS,
  reportDate,
  reportMonthOf,
  reportRange,
  type ReportSettings,
} from './periods';
import { reportSettingsOfSites } from './report-periods';
import { SITE } from './uids';

/**
 * A site's report period and report day, read by its board and finance and set by its head of
 * the board or an operator (`configure`). Not on the site administrator's form (workflow's
 * site-structure.ts `BOARD_SETTINGS`).
 */

type Problem = { path: string[]; message: string; name: 'ValidationError' };

const FIELDS = new Set(['site', 'reportPeriod', 'reportDay']);

const invalid = (problems: Problem[]) => new errors.ValidationError(problems[0].message, { errors: problems });

/** The one site a settings request is about: a documentId the user sees reports of, never "all". */
const oneSite = (access: Access, site: unknown) => {
  if (typeof site !== 'string' || site === '' || site === 'all' || site.length > 64)
    throw invalid([{ path: ['site'], message: MESSAGES.settingsSite, name: 'ValidationError' }]);
  return sitesInScope(access, site)[0];
};

const viewOf = (site: { documentId: string; name: string; can: Set<string> }, settings: ReportSettings, now: Date): ReportSettingsView => {
  const month = reportMonthOf(now, settings);
  return {
    site: { documentId: site.documentId, name: site.name },
    reportPeriod: settings.period,
    reportDay: settings.day,
    canEdit: site.can.has('configure'),
    current: {
      month,
      label: `${periodLabel(month)}: ${rangeLabel(reportRange(month, settings))}`,
      reportDate: reportDate(month, settings),
    },
  };
};

export const readReportSettings = async (
  strapi: Core.Strapi,
  access: Access,
  site: unknown,
  now = new Date()
): Promise<ReportSettingsView> => {
  const found = oneSite(access, site);
  const settings = (await reportSettingsOfSites(strapi, [found.id])).get(found.id);
  if (!settings) throw new errors.NotFoundError(MESSAGES.notBoardOfSite);
  return viewOf(found, settings, now);
};

/** Checks the whole body before anything is written: every wrong field is named in `details.errors`. */
const parse = (body: unknown): { site: unknown; settings: ReportSettings } => {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw invalid([{ path: [], message: MESSAGES.settingsBody, name: 'ValidationError' }]);
  const input = body as Record<string, unknown>;
  const problems: Problem[] = Object.keys(input)
    .filter((key) => !FIELDS.has(key))
    .slice(0, 5)
    .map((key) => ({ path: [key.slice(0, 64)], message: MESSAGES.settingsUnknown(key.slice(0, 64)), name: 'ValidationError' }));
  const period = input.reportPeriod;
  if (typeof period !== 'string' || !REPORT_PERIOD_KINDS.includes(period as ReportPeriodKind))
    problems.push({ path: ['reportPeriod'], message: MESSAGES.badReportPeriod, name: 'ValidationError' });
  const day = input.reportDay;
  if (typeof day !== 'number' || !Number.isInteger(day) || day < MIN_REPORT_DAY || day > MAX_REPORT_DAY)
    problems.push({ path: ['reportDay'], message: MESSAGES.badReportDay, name: 'ValidationError' });
  if (problems.length > 0) throw invalid(problems);
  return { site: input.site, settings: { period: period as ReportPeriodKind, day: day as number } };
};

export const saveReportSettings = async (
  strapi: Core.Strapi,
  access: Access,
  body: unknown,
  now = new Date()
): Promise<ReportSettingsView> => {
  if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
  const { site, settings } = parse(body);
  const found = oneSite(access, site);
  assertCan(access, found.id, 'configure');
  // The database layer, not the document service: the workflow's site-settings guard lets only the
  // site administrator write a site through it, and these two fields are exactly what they may not
  // change. Nothing public depends on them, so no rebuild or search update follows.
  await strapi.db.query(SITE).update({ where: { id: found.id }, data: { reportPeriod: settings.period, reportDay: settings.day } });
  return viewOf(found, settings, now);
};
