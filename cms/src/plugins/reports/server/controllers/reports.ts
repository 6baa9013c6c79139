import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminUser } from '../../../workflow/server/services/actor';
import { toCsv } from '../exports/csv';
import {
  complianceSheet,
  contributorsSheet,
  monthlySheets,
  questionsSheet,
  quotasSheet,
  recordsSheet,
  unitsSheet,
  yearlySheets,
} from '../exports/sheets';
import type { Sheet } from '../exports/sheet';
import { visitSheets } from '../exports/visit-sheets';
import { toXlsx } from '../exports/xlsx';
import { yearReportDocx } from '../exports/year-docx';
import { BUDGET_LEVEL_LABELS, FORM_LABELS, MESSAGES, QUOTA_STATE_LABELS, STATUS_LABELS } from '../messages';
import { accessOf, assertCan, sitesInScope, type SiteAccess } from '../services/access';
import { budgetsFor } from '../services/budget';
import { complianceOverview } from '../services/compliance';
import { monthlyReport } from '../services/monthly-report';
import { isMonthKey, monthOf, monthRange } from '../services/periods';
import { questionReport } from '../services/question-report';
import { readReportSettings, saveReportSettings } from '../services/report-settings';
import { quotaDashboard } from '../services/quotas';
import { adjustCoefficient, moveRecords } from '../royalties/record-actions';
import { computeMissing, statementFor } from '../services/statement';
import { createOvertime, deleteOvertime, overtimeList, updateOvertime } from '../services/overtime';
import { saveYearNote, yearNotes } from '../services/year-notes';
import { yearReport } from '../services/year-report';
import { setVisitCounter } from '../visits/counter';
import { visitMonth } from '../visits/summary';

interface AdminContext {
  state: { user: AdminUser };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  body: unknown;
  set(field: string, value: string): void;
}

const problem = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: [path], message, name: 'ValidationError' }] });

const monthParam = (value: unknown): string => {
  if (value === undefined || value === '') return monthOf(new Date());
  if (!isMonthKey(value)) throw problem('month', MESSAGES.badMonth);
  return value;
};

const yearParam = (value: unknown): number => {
  if (value === undefined || value === '') return Number(monthOf(new Date()).slice(0, 4));
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw problem('year', MESSAGES.badYear);
  return year;
};

const capabilitiesIn = (sites: SiteAccess[]) => ({
  adjust: sites.some((site) => site.can.has('adjust')),
  approve: sites.some((site) => site.can.has('approve')),
  pay: sites.some((site) => site.can.has('pay')),
});

const visitMonthOf = (strapi: Core.Strapi, sites: SiteAccess[], month: string) =>
  visitMonth(
    strapi,
    sites.map((s) => ({ id: s.id, documentId: s.documentId, name: s.name, canToggle: s.can.has('counter') })),
    month,
    monthRange(month)
  );

const EXPORTS: Record<
  string,
  {
    csv: boolean;
    build: (strapi: Core.Strapi, sites: SiteAccess[], query: Record<string, unknown>) => Promise<{ sheets: Sheet[]; file: string }>;
  }
> = {
  royalties: {
    csv: true,
    build: async (strapi, sites, query) => {
      const month = monthParam(query.month);
      return {
        sheets: [
          recordsSheet(
            await statementFor(strapi, sites, month),
            sites.map((s) => s.name)
          ),
        ],
        file: `nhuan-but-${month}`,
      };
    },
  },
  'royalty-contributors': {
    csv: true,
    build: async (strapi, sites, query) => {
      const month = monthParam(query.month);
      return {
        sheets: [
          contributorsSheet(
            await statementFor(strapi, sites, month),
            sites.map((s) => s.name)
          ),
        ],
        file: `nhuan-but-theo-cong-tac-vien-${month}`,
      };
    },
  },
  'royalty-units': {
    csv: true,
    build: async (strapi, sites, query) => {
      const month = monthParam(query.month);
      return {
        sheets: [
          unitsSheet(
            await statementFor(strapi, sites, month),
            sites.map((s) => s.name)
          ),
        ],
        file: `nhuan-but-theo-don-vi-${month}`,
      };
    },
  },
  quotas: {
    csv: true,
    build: async (strapi, sites) => ({
      sheets: [
        quotasSheet(
          await quotaDashboard(strapi, sites),
          sites.map((s) => s.name)
        ),
      ],
      file: `chi-tieu-${monthOf(new Date())}`,
    }),
  },
  monthly: {
    csv: false,
    build: async (strapi, sites, query) => {
      const month = monthParam(query.month);
      return { sheets: monthlySheets(await monthlyReport(strapi, sites, month)), file: `bao-cao-thang-${month}` };
    },
  },
  yearly: {
    csv: false,
    build: async (strapi, sites, query) => {
      const year = yearParam(query.year);
      return { sheets: yearlySheets(await yearReport(strapi, sites, year)), file: `bao-cao-nam-${year}` };
    },
  },
  visits: {
    csv: true,
    build: async (strapi, sites, query) => {
      const month = monthParam(query.month);
      return { sheets: visitSheets(await visitMonthOf(strapi, sites, month)), file: `luot-truy-cap-${month}` };
    },
  },
  compliance: {
    csv: true,
    build: async (strapi, sites) => ({
      sheets: [complianceSheet(await complianceOverview(strapi, sites))],
      file: `tuan-thu-nd42-${monthOf(new Date())}`,
    }),
  },
  questions: {
    csv: true,
    build: async (strapi, sites, query) => {
      const year = yearParam(query.year);
      return { sheets: [questionsSheet(await questionReport(strapi, sites, year))], file: `hoi-dap-${year}` };
    },
  },
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const scope = async (ctx: AdminContext, site: unknown = ctx.query.site) => {
    const access = await accessOf(strapi, ctx.state.user);
    return { access, sites: sitesInScope(access, site) };
  };

  /** `GET /reports/exports/yearly?format=docx`: the year-end report as the board's Word document. */
  const yearlyDocx = async (ctx: AdminContext) => {
    if (ctx.params.report !== 'yearly') throw problem('format', MESSAGES.docxYearlyOnly);
    const { sites } = await scope(ctx);
    const year = yearParam(ctx.query.year);
    const file = await yearReportDocx(await yearReport(strapi, sites, year));
    const slug = sites.length === 1 ? sites[0].slug : 'tat-ca-cac-trang';
    const name = `Báo cáo năm ${year} - ${sites.length === 1 ? sites[0].name : 'Tất cả các trang'}.docx`;
    ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // ASCII for old clients, the Vietnamese name as RFC 6266's UTF-8 `filename*` for the rest.
    ctx.set(
      'Content-Disposition',
      `attachment; filename="bao-cao-nam-${year}-${slug.replace(/[^a-z0-9-]/gi, '')}.docx"; filename*=UTF-8''${encodeURIComponent(name.normalize('NFC'))}`
    );
    ctx.body = file;
  };

  /** The one site a write is about: a documentId the user sees; never `all`. */
  const oneSite = async (ctx: AdminContext, site: unknown) => {
    const { access, sites } = await scope(ctx, site);
    if (typeof site !== 'string' || site === '' || site === 'all') throw problem('site', MESSAGES.oneSite);
    return { access, site: sites[0] };
  };

  return {
    /** The year's overtime entries of the sites in scope (board and finance read them). */
    async overtime(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      ctx.body = { data: await overtimeList(strapi, sites, yearParam(ctx.query.year)) };
    },

    /** Head of board and finance of the entry's site. */
    async createOvertime(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
      ctx.body = { data: await createOvertime(strapi, access, ctx.state.user, ctx.request.body ?? {}) };
    },

    async updateOvertime(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
      ctx.body = { data: await updateOvertime(strapi, access, ctx.state.user, ctx.params.documentId, ctx.request.body ?? {}) };
    },

    async deleteOvertime(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
      await deleteOvertime(strapi, access, ctx.params.documentId);
      ctx.body = { data: { documentId: ctx.params.documentId } };
    },

    /** The board's texts of one site's year-end report. */
    async yearNotes(ctx: AdminContext) {
      const { site } = await oneSite(ctx, ctx.query.site);
      ctx.body = { data: (await yearNotes(strapi, [site], yearParam(ctx.query.year)))[0] };
    },

    async saveYearNote(ctx: AdminContext) {
      const body = ctx.request.body ?? {};
      const { access, site } = await oneSite(ctx, body.site);
      ctx.body = { data: await saveYearNote(strapi, access, ctx.state.user, site, yearParam(body.year), body) };
    },

    /** The sites this user sees reports of, with what they may do there, and the labels. */
    async me(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      ctx.body = {
        data: {
          superAdmin: access.superAdmin,
          sites: [...access.sites.values()].map((site) => ({
            documentId: site.documentId,
            name: site.name,
            kind: site.kind,
            can: [...site.can],
          })),
          currentMonth: monthOf(new Date()),
          labels: { forms: FORM_LABELS, statuses: STATUS_LABELS, quotaStates: QUOTA_STATE_LABELS, budgetLevels: BUDGET_LEVEL_LABELS },
        },
      };
    },

    async royalties(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      const month = monthParam(ctx.query.month);
      const statement = await statementFor(strapi, sites, month);
      const budgets = await budgetsFor(strapi, sites, Number(month.slice(0, 4)));
      ctx.body = { data: { ...statement, budgets, can: capabilitiesIn(sites) } };
    },

    async adjust(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
      const records = await adjustCoefficient(strapi, access, ctx.state.user, ctx.params.documentId, ctx.request.body ?? {});
      ctx.body = {
        data: {
          records: records.map((r) => ({
            documentId: r.documentId,
            coefficient: Number(r.coefficient),
            amount: Number(r.amount),
            note: r.note,
          })),
        },
      };
    },

    async approve(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
      ctx.body = { data: { count: await moveRecords(strapi, access, ctx.state.user, 'approve', ctx.request.body ?? {}) } };
    },

    async pay(ctx: AdminContext) {
      const access = await accessOf(strapi, ctx.state.user);
      if (access.sites.size === 0) throw new errors.PolicyError(MESSAGES.noReportAccess);
      ctx.body = { data: { count: await moveRecords(strapi, access, ctx.state.user, 'pay', ctx.request.body ?? {}) } };
    },

    /** Computes the royalties the month's published pieces are missing (board only). */
    async compute(ctx: AdminContext) {
      const body = ctx.request.body ?? {};
      const { access, sites } = await scope(ctx, body.site);
      for (const site of sites) assertCan(access, site.id, 'adjust');
      ctx.body = { data: { outcomes: await computeMissing(strapi, sites, monthParam(body.month)) } };
    },

    async budget(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      ctx.body = { data: await budgetsFor(strapi, sites, yearParam(ctx.query.year)) };
    },

    async quotas(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      const past = Math.min(Math.max(Number(ctx.query.past ?? 3) || 3, 1), 12);
      ctx.body = { data: await quotaDashboard(strapi, sites, new Date(), past) };
    },

    async monthly(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      ctx.body = { data: await monthlyReport(strapi, sites, monthParam(ctx.query.month)) };
    },

    async yearly(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      ctx.body = { data: await yearReport(strapi, sites, yearParam(ctx.query.year)) };
    },

    /** Citizens' questions by month, site and unit (Hỏi đáp). */
    async questions(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      ctx.body = { data: await questionReport(strapi, sites, yearParam(ctx.query.year)) };
    },

    /** The Nghị định 42 check of each site in scope: each mandatory section present, filled and fresh. */
    async compliance(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      ctx.body = { data: await complianceOverview(strapi, sites) };
    },

    /** The site's report period and report day (`?site=`), and whether the user may change them. */
    async settings(ctx: AdminContext) {
      ctx.body = { data: await readReportSettings(strapi, await accessOf(strapi, ctx.state.user), ctx.query.site) };
    },

    /** Sets a site's report period and report day: its head of the board or an operator. */
    async saveSettings(ctx: AdminContext) {
      ctx.body = { data: await saveReportSettings(strapi, await accessOf(strapi, ctx.state.user), ctx.request.body) };
    },

    /** Visitor figures of the month (Lượt truy cập), per site and day, top pages and the public counters. */
    async visits(ctx: AdminContext) {
      const { sites } = await scope(ctx);
      const month = monthParam(ctx.query.month);
      ctx.body = { data: await visitMonthOf(strapi, sites, month) };
    },

    /** Turns a site's public visit counter on or off (the head of the board of the site, operators). */
    async visitCounter(ctx: AdminContext) {
      const body = ctx.request.body ?? {};
      if (typeof body.site !== 'string' || body.site === '' || body.site === 'all') throw problem('site', MESSAGES.counterSite);
      if (typeof body.enabled !== 'boolean') throw problem('enabled', MESSAGES.counterEnabled);
      const { access, sites } = await scope(ctx, body.site);
      assertCan(access, sites[0].id, 'counter');
      ctx.body = { data: await setVisitCounter(strapi, sites[0], body.enabled, ctx.state.user) };
    },

    /** `GET /reports/exports/:report?format=xlsx|csv&site=…&month=…|year=…` as a file download. */
    async exportReport(ctx: AdminContext) {
      const report = EXPORTS[ctx.params.report];
      if (!report) throw new errors.NotFoundError(MESSAGES.unknownReport(ctx.params.report));
      const format = ctx.query.format ?? 'xlsx';
      if (format === 'docx') return yearlyDocx(ctx);
      if (format !== 'xlsx' && format !== 'csv') throw problem('format', MESSAGES.badDocxFormat);
      if (format === 'csv' && !report.csv) throw problem('format', MESSAGES.xlsxOnly);
      const { sites } = await scope(ctx);
      const { sheets, file } = await report.build(strapi, sites, ctx.query);
      const csv = format === 'csv';
      ctx.set('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      ctx.set('Content-Disposition', `attachment; filename="${file}.${format}"`);
      ctx.body = csv ? toCsv(sheets[0]) : await toXlsx(sheets);
    },
  };
};
