import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { monthOf, vietnamDate } from '../services/periods';
import { ARTICLE, RECORD } from '../services/uids';
import { formRate, num, unitValueOn } from './rates';
import { authorAmounts, withinRange } from './royalty-math';
import { runAsRoyalties } from './scope';

/**
 * Royalty records follow the published version of an article, decided by its documentId:
 *
 * - the first publication creates one record per contributor (their share of coefficient × unit
 *   value), dated to that moment's Vietnam month and priced with the rate table and unit value
 *   valid on that day;
 * - publishing again (a correction) while every record is still pending brings them in line with
 *   the corrected version (authors, shares, form), keeping a board adjustment that still fits;
 * - once any record of the piece is approved or paid, nothing about the piece's royalty changes.
 *
 * So calling it twice is the same as calling it once, and a correction never pays twice.
 */

export interface StoredRecord {
  id: number;
  documentId: string;
  status: 'pending' | 'approved' | 'paid';
  form: string;
  share: unknown;
  coefficient: unknown;
  baseCoefficient: unknown;
  minCoefficient: unknown;
  maxCoefficient: unknown;
  unitValue: unknown;
  amount: unknown;
  earnedAt: string;
  period: string;
  note: string | null;
  adjustedAt: string | null;
  adjustedBy: string | null;
  articleTitle: string | null;
  contributorName: string | null;
  contributor: { id: number } | null;
  unit: { id: number } | null;
  site: { id: number } | null;
  rateTable: { id: number } | null;
}

interface PublishedArticle {
  id: number;
  documentId: string;
  title: string;
  form: string;
  site: { id: number } | null;
  unit: { id: number } | null;
  authors: Array<{ share: unknown; contributor: { id: number; fullName: string; unit?: { id: number } | null } | null }> | null;
}

export type SyncOutcome = 'created' | 'updated' | 'unchanged' | 'settled' | 'not-published' | 'no-authors' | 'no-rate' | 'no-unit-value';

const RECORD_POPULATE = {
  contributor: { select: ['id'] },
  unit: { select: ['id'] },
  site: { select: ['id'] },
  rateTable: { select: ['id'] },
};

export const recordsOf = async (strapi: Core.Strapi, articleDocumentId: string): Promise<StoredRecord[]> =>
  (await strapi.db
    .query(RECORD)
    .findMany({ where: { articleDocumentId }, populate: RECORD_POPULATE, orderBy: { id: 'asc' } })) as StoredRecord[];

const publishedVersion = async (strapi: Core.Strapi, documentId: string): Promise<PublishedArticle | null> =>
  (await strapi.db.query(ARTICLE).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['id', 'documentId', 'title', 'form'],
    populate: {
      site: { select: ['id'] },
      unit: { select: ['id'] },
      authors: { populate: { contributor: { select: ['id', 'fullName'], populate: { unit: { select: ['id'] } } } } },
    },
  })) as PublishedArticle | null;

/** Two publishes of one piece committing at the same moment must not both create its records. */
const lockPiece = async (strapi: Core.Strapi, trx: Knex.Transaction, documentId: string): Promise<void> => {
  if (strapi.db.dialect.client !== 'postgres') return;
  await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`royalty:${documentId}`]);
};

/** The fields a record should have; compared with what is stored so an unchanged piece writes nothing. */
const desiredRecords = (
  article: PublishedArticle,
  rate: NonNullable<Awaited<ReturnType<typeof formRate>>>,
  unitValue: number,
  existing: StoredRecord[],
  earnedAt: string
) => {
  const authors = (article.authors ?? []).filter((author) => author.contributor);
  // A board adjustment survives a correction when the form, and so the range, still allow it.
  const adjusted = existing.find((record) => record.adjustedAt && record.form === article.form);
  const keep = adjusted && withinRange(num(adjusted.coefficient), rate) ? adjusted : null;
  const coefficient = keep ? num(keep.coefficient) : rate.base;
  const amounts = authorAmounts(
    coefficient,
    unitValue,
    authors.map((author) => ({ contributorId: author.contributor!.id, share: num(author.share) }))
  );
  return amounts.map((entry, index) => {
    const contributor = authors[index].contributor!;
    return {
      articleDocumentId: article.documentId,
      articleTitle: article.title,
      article: article.id,
      contributor: contributor.id,
      contributorName: contributor.fullName,
      unit: article.unit?.id ?? contributor.unit?.id ?? null,
      site: article.site?.id ?? null,
      form: article.form,
      share: entry.share,
      rateTable: rate.rateTableId,
      minCoefficient: rate.min,
      maxCoefficient: rate.max,
      baseCoefficient: rate.base,
      coefficient,
      unitValue,
      amount: entry.amount,
      earnedAt,
      period: monthOf(new Date(earnedAt)),
      status: 'pending' as const,
      note: keep?.note ?? null,
      adjustedBy: keep?.adjustedBy ?? null,
      adjustedAt: keep?.adjustedAt ?? null,
    };
  });
};

type Desired = ReturnType<typeof desiredRecords>[number];

const sameAs = (stored: StoredRecord, wanted: Desired): boolean =>
  stored.articleTitle === wanted.articleTitle &&
  stored.contributorName === wanted.contributorName &&
  (stored.unit?.id ?? null) === wanted.unit &&
  (stored.site?.id ?? null) === wanted.site &&
  (stored.rateTable?.id ?? null) === wanted.rateTable &&
  stored.form === wanted.form &&
  num(stored.share) === wanted.share &&
  num(stored.minCoefficient) === wanted.minCoefficient &&
  num(stored.maxCoefficient) === wanted.maxCoefficient &&
  num(stored.baseCoefficient) === wanted.baseCoefficient &&
  num(stored.coefficient) === wanted.coefficient &&
  num(stored.unitValue) === wanted.unitValue &&
  num(stored.amount) === wanted.amount;

/**
 * Brings the records of one article in line with its published version (see the top of this
 * file). `at` is the moment of publication, used only when the piece has no records yet.
 */
export const syncArticleRoyalties = async (strapi: Core.Strapi, documentId: string, at: Date): Promise<SyncOutcome> =>
  strapi.db.transaction(async ({ trx }) =>
    runAsRoyalties(async (): Promise<SyncOutcome> => {
      await lockPiece(strapi, trx, documentId);
      const existing = await recordsOf(strapi, documentId);
      if (existing.some((record) => record.status !== 'pending')) return 'settled';
      const article = await publishedVersion(strapi, documentId);
      if (!article) return 'not-published';
      const earnedAt = existing[0]?.earnedAt ? new Date(existing[0].earnedAt).toISOString() : at.toISOString();
      const day = vietnamDate(new Date(earnedAt));
      const hasAuthors = (article.authors ?? []).some((author) => author.contributor);
      let wanted: Desired[] = [];
      if (hasAuthors) {
        if (!article.site) return 'no-rate';
        const rate = await formRate(strapi, article.site.id, day, article.form);
        if (!rate) return 'no-rate';
        const unitValue = await unitValueOn(strapi, article.site.id, day);
        if (unitValue === null) return 'no-unit-value';
        wanted = desiredRecords(article, rate, unitValue, existing, earnedAt);
      }

      const records = strapi.documents(RECORD);
      let changed = false;
      const byContributor = new Map(existing.map((record) => [record.contributor?.id ?? -record.id, record]));
      for (const data of wanted) {
        const stored = byContributor.get(data.contributor);
        byContributor.delete(data.contributor);
        if (stored && sameAs(stored, data)) continue;
        changed = true;
        if (stored) await records.update({ documentId: stored.documentId, data: data as never });
        else await records.create({ data: data as never });
      }
      // Contributors removed from the piece by a correction no longer earn from it.
      for (const stale of byContributor.values()) {
        changed = true;
        await records.delete({ documentId: stale.documentId });
      }
      if (!hasAuthors) return changed ? 'updated' : 'no-authors';
      if (!changed) return 'unchanged';
      return existing.length === 0 ? 'created' : 'updated';
    })
  );

/**
 * A piece withdrawn because it was published in error earns nothing, like one never published:
 * its pending records go. Approved and paid records stay whatever the reason (a paid record is
 * locked), and a piece withdrawn as outdated or replaced keeps its royalty: it was published.
 */
export const dropPendingRecords = async (strapi: Core.Strapi, documentId: string): Promise<number> =>
  strapi.db.transaction(async ({ trx }) =>
    runAsRoyalties(async () => {
      await lockPiece(strapi, trx, documentId);
      const pending = (await recordsOf(strapi, documentId)).filter((record) => record.status === 'pending');
      for (const record of pending) await strapi.documents(RECORD).delete({ documentId: record.documentId });
      return pending.length;
    })
  );
