import type { Core } from '@strapi/strapi';
import type { ArticleTables, MonthlyReport, RoyaltyTables, TopContributor } from '../../shared/contracts';
import { FORM_LABELS, FORMS, LEGAL_KIND_LABELS, NO_CATEGORY, NO_UNIT, STATUS_LABELS } from '../messages';
import type { SiteAccess } from './access';
import { directionsFor } from './directions';
import { nextMonth, periodLabel } from './periods';
import { perGroup, periodGroups, periodInfo } from './report-periods';
import { postedArticles, postedDocuments, primaryCategory, recordsFor, type PostedArticle, type RecordRow } from './queries';
import { relabel, tally } from './tally';
import { visitSummaryOver } from '../visits/summary';

/**
 * The board's report of the 24th: what was posted in the period (per category, form, unit and
 * site), the legal documents posted by kind, the contributors who wrote most, the royalties and,
 * last, each site's direction for the month after. The period is each site's own (a calendar
 * month or up to its report day, report-periods.ts); the royalties are those of one calendar
 * month per site (`royaltyMonthOf`). Every table's total is the sum of its rows; the article
 * tables all total the same number of items.
 */

export const articleTables = (articles: PostedArticle[]): ArticleTables => ({
  total: articles.length,
  byCategory: tally(articles, {
    key: (a) => String(primaryCategory(a)?.id ?? 0),
    label: (a) => primaryCategory(a)?.name ?? NO_CATEGORY,
    order: 'largest',
  }),
  byForm: relabel(tally(articles, { key: (a) => a.form, label: (a) => a.form, order: 'given', keys: FORMS }), FORM_LABELS),
  byUnit: tally(articles, { key: (a) => String(a.unit?.id ?? 0), label: (a) => a.unit?.name ?? NO_UNIT, order: 'largest' }),
  bySite: tally(articles, { key: (a) => String(a.site?.id ?? 0), label: (a) => a.site?.name ?? '—', order: 'largest' }),
});

export const royaltyTables = (records: RecordRow[]): RoyaltyTables => {
  const byStatus = relabel(
    tally(records, {
      key: (r) => r.status,
      label: (r) => r.status,
      amount: (r) => r.amount,
      order: 'given',
      keys: Object.keys(STATUS_LABELS),
    }),
    STATUS_LABELS
  );
  return {
    byStatus,
    byUnit: tally(records, {
      key: (r) => String(r.unit?.id ?? 0),
      label: (r) => r.unit?.name ?? NO_UNIT,
      amount: (r) => r.amount,
      order: 'largest',
    }),
    byForm: relabel(
      tally(records, { key: (r) => r.form, label: (r) => r.form, amount: (r) => r.amount, order: 'given', keys: FORMS }),
      FORM_LABELS
    ),
    total: byStatus.total,
  };
};

/** Contributors by the pieces they wrote (a co-author counts the piece too), then by royalty. */
export const topContributors = (articles: PostedArticle[], records: RecordRow[], limit = 10): TopContributor[] => {
  const people = new Map<number, TopContributor>();
  for (const article of articles) {
    for (const author of article.authors) {
      if (!author.contributor) continue;
      const entry = people.get(author.contributor.id) ?? { name: author.contributor.fullName, pieces: 0, amount: 0 };
      entry.pieces += 1;
      people.set(author.contributor.id, entry);
    }
  }
  for (const record of records) {
    if (!record.contributor) continue;
    const entry = people.get(record.contributor.id) ?? { name: record.contributor.fullName, pieces: 0, amount: 0 };
    entry.amount += record.amount;
    people.set(record.contributor.id, entry);
  }
  return [...people.values()]
    .sort((a, b) => b.pieces - a.pieces || b.amount - a.amount || a.name.localeCompare(b.name, 'vi'))
    .slice(0, limit);
};

export const monthlyReport = async (strapi: Core.Strapi, sites: SiteAccess[], month: string): Promise<MonthlyReport> => {
  const groups = await periodGroups(strapi, sites, month);
  const articles = await perGroup(groups, (siteIds, group) => postedArticles(strapi, siteIds, group.range));
  const documents = await perGroup(groups, (siteIds, group) => postedDocuments(strapi, siteIds, group.range));
  const records = await perGroup(groups, (siteIds, group) => recordsFor(strapi, siteIds, [group.royaltyMonth]));
  const byKind = relabel(
    tally(documents, { key: (d) => d.kind, label: (d) => d.kind, order: 'given', keys: Object.keys(LEGAL_KIND_LABELS) }),
    LEGAL_KIND_LABELS
  );
  return {
    month,
    label: periodLabel(month),
    sites: sites.map((site) => site.name),
    articles: articleTables(articles),
    documents: { total: documents.length, byKind },
    topContributors: topContributors(articles, records),
    royalties: royaltyTables(records),
    periods: groups.map((group) => periodInfo(group, month)),
    nextMonth: await directionsFor(strapi, sites, nextMonth(month)),
    visits: await visitSummaryOver(
      strapi,
      groups.map((group) => ({ siteIds: group.sites.map((site) => site.id), range: group.range }))
    ),
  };
};
