import type { Core } from '@strapi/strapi';
import type { ArticleTables, MonthlyReport, RoyaltyTables, TopContributor } from '../../shared/contracts';
import { FORM_LABELS, FORMS, LEGAL_KIND_LABELS, NO_CATEGORY, NO_UNIT, STATUS_LABELS } from '../messages';
import type { SiteAccess } from './access';
import { monthRange, periodLabel } from './periods';
import { postedArticles, postedDocuments, primaryCategory, recordsFor, type PostedArticle, type RecordRow } from './queries';
import { relabel, tally } from './tally';
import { visitSummary } from '../visits/summary';

/**
 * The board's report of the 24th: what was posted in the month (per category, form, unit and
 * site), the legal documents posted by kind, the contributors who wrote most and the month's
 * royalties. Every table's total is the sum of its rows; the article tables all total the same
 * number of items.
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
  const siteIds = sites.map((site) => site.id);
  const range = monthRange(month);
  const articles = await postedArticles(strapi, siteIds, range);
  const documents = await postedDocuments(strapi, siteIds, range);
  const records = await recordsFor(strapi, siteIds, [month]);
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
    visits: await visitSummary(strapi, siteIds, range),
  };
};
