import type { Core } from '@strapi/strapi';
import type { TallyRow, VisitSummary, YearReport, YearVisits } from '../../shared/contracts';
import { LEGAL_KIND_LABELS } from '../messages';
import type { SiteAccess } from './access';
import { budgetsFor } from './budget';
import { articleTables, royaltyTables, topContributors } from './monthly-report';
import { monthOf, monthsOf, periodLabel, yearRange } from './periods';
import { postedArticles, postedDocuments, recordsFor } from './queries';
import { overtimeByMonth, overtimeList } from './overtime';
import { relabel, sumRows, tally } from './tally';
import { visitSummary } from '../visits/summary';
import { headingOf, participationOf } from './year-extras';
import { NOTE_FIELDS, yearNotes } from './year-notes';

/**
 * The year-end report, with the figures of the board's 2023 report (seed 001): items posted
 * (1,705 that year, 82 in December), normative and administrative documents posted (103 and
 * 3,853), the units that supplied most, and the royalty and budget totals (790,000,000 đ).
 */

/** The access-log summary as the report's tables (visits counted); null for a year without imported figures. */
export const yearVisits = (summary: VisitSummary, months: string[]): YearVisits | null => {
  if (summary.total.days === 0) return null;
  const perMonth = new Map(summary.byMonth.map((row) => [row.month, row.visits]));
  const byMonth: TallyRow[] = months.map((month) => ({
    key: month,
    label: periodLabel(month),
    count: perMonth.get(month) ?? 0,
    amount: 0,
  }));
  const bySite: TallyRow[] = summary.bySite.map((row) => ({ key: String(row.siteId), label: row.name, count: row.visits, amount: 0 }));
  return {
    total: summary.total.visits,
    views: summary.total.views,
    days: summary.total.days,
    averagePerDay: summary.total.averageVisitsPerDay,
    byMonth: { rows: byMonth, total: sumRows(byMonth) },
    bySite: { rows: bySite, total: sumRows(bySite) },
  };
};

export const yearReport = async (strapi: Core.Strapi, sites: SiteAccess[], year: number, now = new Date()): Promise<YearReport> => {
  const siteIds = sites.map((site) => site.id);
  const range = yearRange(year);
  const months = monthsOf(year);
  const articles = await postedArticles(strapi, siteIds, range);
  const documents = await postedDocuments(strapi, siteIds, range);
  const records = await recordsFor(strapi, siteIds, months);
  const monthLabels = Object.fromEntries(months.map((m) => [m, periodLabel(m)]));
  const tables = articleTables(articles);
  const budgets = await budgetsFor(strapi, sites, year, now);
  const withBudget = budgets.filter((b) => b.status);
  const amount = withBudget.reduce((sum, b) => sum + (b.status?.amount ?? 0), 0);
  const spent = budgets.reduce((sum, b) => sum + b.spent, 0);
  const committed = budgets.reduce((sum, b) => sum + b.committed, 0);
  const overtime = await overtimeList(strapi, sites, year);
  const withPortal = budgets.filter((b) => b.portal);
  return {
    year,
    sites: sites.map((site) => site.name),
    articles: {
      ...tables,
      byMonth: relabel(
        tally(articles, { key: (a) => monthOf(new Date(a.postedAt)), label: (a) => a.postedAt, order: 'given', keys: months }),
        monthLabels
      ),
    },
    documents: {
      total: documents.length,
      byKind: relabel(
        tally(documents, { key: (d) => d.kind, label: (d) => d.kind, order: 'given', keys: Object.keys(LEGAL_KIND_LABELS) }),
        LEGAL_KIND_LABELS
      ),
    },
    topUnits: tables.byUnit,
    topContributors: topContributors(articles, records),
    royalties: {
      ...royaltyTables(records),
      byMonth: relabel(
        tally(records, { key: (r) => r.period, label: (r) => r.period, amount: (r) => r.amount, order: 'given', keys: months }),
        monthLabels
      ),
    },
    budgets,
    budgetTotal: {
      amount,
      spent,
      committed,
      // Only the sites that have a budget can be over or under it.
      remaining: amount - withBudget.reduce((sum, b) => sum + b.spent + b.committed, 0),
      sitesWithoutBudget: budgets.length - withBudget.length,
    },
    portalTotal: {
      amount: withPortal.reduce((sum, b) => sum + (b.portal?.amount ?? 0), 0),
      royaltyAmount: withPortal.reduce((sum, b) => sum + (b.portal?.royaltyAmount ?? 0), 0),
      royalties: withPortal.reduce((sum, b) => sum + (b.portal?.royalties ?? 0), 0),
      overtime: budgets.reduce((sum, b) => sum + b.overtime, 0),
      // Only the sites whose budget names the whole can be over or under it.
      remaining: withPortal.reduce((sum, b) => sum + (b.portal?.remaining ?? 0), 0),
    },
    overtime: overtimeByMonth(overtime.entries, months),
    participation: await participationOf(strapi, sites, year, range),
    notes: (await yearNotes(strapi, sites, year)).filter((note) => NOTE_FIELDS.some((field) => note[field] !== '')),
    heading: await headingOf(strapi, sites),
    visits: yearVisits(await visitSummary(strapi, siteIds, range), months),
  };
};
