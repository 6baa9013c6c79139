import type { Core } from '@strapi/strapi';
import type { CitySupply } from '../../shared/contracts';
import { suppliedBy, within, type SupplyCopy, type SupplyHolder } from './quota-math';
import { periodRange } from './periods';
import { ARTICLE, SITE, TRANSITION } from './uids';

/**
 * What the wards sent up to the city portal (workflow action `propose`): the city copies, each
 * with the moment it was proposed (the proposal transition) and, when public, its posting time on
 * the city portal. A copy that was returned, withdrawn or never published has no posting time.
 */

export interface SupplyPiece extends SupplyCopy {
  form: string;
  proposedAt: number | null;
  postedAt: number | null;
}

/** The city portal: the first site of kind `city`. */
export const citySiteOf = async (strapi: Core.Strapi): Promise<{ id: number; name: string } | null> =>
  (await strapi.db.query(SITE).findOne({ where: { kind: 'city' }, select: ['id', 'name'], orderBy: { id: 'asc' } })) as {
    id: number;
    name: string;
  } | null;

/** The city copies credited to the given ward sites. */
export const supplyOf = async (strapi: Core.Strapi, wardSiteIds: number[]): Promise<SupplyPiece[]> => {
  if (wardSiteIds.length === 0) return [];
  const copies = (await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, proposedFrom: { id: { $notNull: true } }, creditSite: { id: { $in: wardSiteIds } } },
    select: ['documentId', 'form', 'createdAt'],
    populate: { unit: { select: ['id'] }, creditSite: { select: ['id'] } },
  })) as Array<{ documentId: string; form: string; createdAt: string; unit: { id: number } | null; creditSite: { id: number } | null }>;
  if (copies.length === 0) return [];
  const ids = copies.map((copy) => copy.documentId);
  const published = (await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: { $notNull: true }, documentId: { $in: ids } },
    select: ['documentId', 'postedAt'],
  })) as Array<{ documentId: string; postedAt: string | null }>;
  const proposals = (await strapi.db.query(TRANSITION).findMany({
    where: { targetUid: ARTICLE, action: 'propose', targetDocumentId: { $in: ids } },
    select: ['targetDocumentId', 'createdAt'],
  })) as Array<{ targetDocumentId: string; createdAt: string }>;
  const proposedAt = new Map(proposals.map((row) => [row.targetDocumentId, new Date(row.createdAt).getTime()]));
  const postedAt = new Map(published.map((row) => [row.documentId, row.postedAt ? new Date(row.postedAt).getTime() : null]));
  return copies.map((copy) => ({
    unitId: copy.unit?.id ?? null,
    creditSiteId: copy.creditSite?.id ?? null,
    form: copy.form,
    // A copy made before proposals were recorded has no transition: it was proposed when created.
    proposedAt: proposedAt.get(copy.documentId) ?? new Date(copy.createdAt).getTime(),
    postedAt: postedAt.get(copy.documentId) ?? null,
  }));
};

/** A holder's proposals and city publications in one period. */
export const supplyIn = (pieces: SupplyPiece[], holder: SupplyHolder, period: string): CitySupply => {
  const { start, end } = periodRange(period);
  const mine = pieces.filter((piece) => suppliedBy(holder, piece));
  const posted = mine.filter((piece) => within(piece.postedAt, start, end));
  const publishedByForm: Record<string, number> = {};
  for (const piece of posted) publishedByForm[piece.form] = (publishedByForm[piece.form] ?? 0) + 1;
  return { proposed: mine.filter((piece) => within(piece.proposedAt, start, end)).length, published: posted.length, publishedByForm };
};
