import type { Core } from '@strapi/strapi';
import type { Statement } from '../../shared/contracts';
import { FORM_LABELS, NO_UNIT, STATUS_LABELS } from '../messages';
import { syncArticleRoyalties, type SyncOutcome } from '../royalties/records';
import type { SiteAccess } from './access';
import { monthRange, periodLabel } from './periods';
import { postedArticles, recordsFor } from './queries';
import { relabel, tally } from './tally';
import { RECORD } from './uids';

/** The published pieces without a record are those of a site that had no rate table or unit value when they were approved. */
export const statementFor = async (strapi: Core.Strapi, sites: SiteAccess[], month: string): Promise<Statement> => {
  const siteIds = sites.map((site) => site.id);
  const records = await recordsFor(strapi, siteIds, [month]);
  const byContributor = tally(records, {
    key: (r) => String(r.contributor?.id ?? `#${r.contributorName}`),
    label: (r) => r.contributor?.fullName ?? r.contributorName ?? '—',
    amount: (r) => r.amount,
    order: 'label',
  });
  const byUnit = tally(records, {
    key: (r) => String(r.unit?.id ?? 0),
    label: (r) => r.unit?.name ?? NO_UNIT,
    amount: (r) => r.amount,
    order: 'label',
  });
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
    month,
    label: periodLabel(month),
    records: records.map((r) => ({ ...r, formLabel: FORM_LABELS[r.form] ?? r.form, statusLabel: STATUS_LABELS[r.status] ?? r.status })),
    byContributor,
    byUnit,
    byStatus,
    total: byStatus.total,
    missing: await missingRecords(strapi, siteIds, month),
  };
};

/** Pieces posted in the month, with contributors, that earned no record (whatever the month of any record). */
const missingRecords = async (strapi: Core.Strapi, siteIds: number[], month: string): Promise<Statement['missing']> => {
  const articles = (await postedArticles(strapi, siteIds, monthRange(month))).filter((a) => a.authors.some((author) => author.contributor));
  if (articles.length === 0) return [];
  const withRecords = (await strapi.db.query(RECORD).findMany({
    where: { articleDocumentId: { $in: articles.map((a) => a.documentId) } },
    select: ['articleDocumentId'],
  })) as Array<{ articleDocumentId: string }>;
  const done = new Set(withRecords.map((row) => row.articleDocumentId));
  return articles
    .filter((a) => !done.has(a.documentId))
    .map((a) => ({ documentId: a.documentId, title: a.title, site: a.site?.name ?? '', postedAt: a.postedAt }));
};

/**
 * Computes the records the month's published pieces are missing, dated to their posting time.
 * The same idempotent computation as at approval, so pieces that have records are left alone.
 */
export const computeMissing = async (strapi: Core.Strapi, sites: SiteAccess[], month: string): Promise<Record<SyncOutcome, number>> => {
  const outcomes = {} as Record<SyncOutcome, number>;
  for (const piece of await missingRecords(
    strapi,
    sites.map((site) => site.id),
    month
  )) {
    const outcome = await syncArticleRoyalties(strapi, piece.documentId, new Date(piece.postedAt));
    outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  }
  return outcomes;
};
