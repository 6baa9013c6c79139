import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { assertNoProblems } from '../../../../utils/validation-error';
import { displayName, type AdminUser } from '../../../workflow/server/services/actor';
import { MESSAGES } from '../messages';
import { assertCan, type Access } from '../services/access';
import { RECORD } from '../services/uids';
import { num } from './rates';
import { recordsOf, type StoredRecord } from './records';
import { authorAmounts, normaliseCoefficient, withinRange } from './royalty-math';
import { runAsRoyalties } from './scope';

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().normalize('NFC') : null);

/**
 * The board's adjustment of one piece's coefficient, within the rate table's range for its form
 * and with a note. The coefficient rates the piece, so every co-author's record moves together
 * and their amounts are split again from the new whole.
 */
export const adjustCoefficient = async (
  strapi: Core.Strapi,
  access: Access,
  user: AdminUser,
  articleDocumentId: string,
  input: { coefficient?: unknown; note?: unknown }
): Promise<StoredRecord[]> =>
  strapi.db.transaction(() =>
    runAsRoyalties(async () => {
      const records = await recordsOf(strapi, articleDocumentId);
      if (records.length === 0) throw new errors.NotFoundError(MESSAGES.notFound);
      for (const record of records) assertCan(access, record.site?.id, 'adjust');
      if (records.some((record) => record.status === 'paid')) throw new errors.ApplicationError(MESSAGES.paidLocked);
      if (records.some((record) => record.status !== 'pending')) throw new errors.ApplicationError(MESSAGES.notPending);

      const first = records[0];
      const range = { min: num(first.minCoefficient), max: num(first.maxCoefficient) };
      const raw = typeof input.coefficient === 'string' ? Number(input.coefficient.replace(',', '.')) : input.coefficient;
      const note = text(input.note);
      if (typeof raw !== 'number' || !Number.isFinite(raw))
        assertNoProblems([{ path: ['coefficient'], message: MESSAGES.coefficientNumber }]);
      const coefficient = normaliseCoefficient(raw as number);
      const base = num(first.baseCoefficient);
      assertNoProblems([
        ...(withinRange(coefficient, range)
          ? []
          : [{ path: ['coefficient'], message: MESSAGES.coefficientRange(first.form, range.min, range.max) }]),
        ...(coefficient !== base && !note ? [{ path: ['note'], message: MESSAGES.noteRequired }] : []),
      ]);

      const amounts = authorAmounts(
        coefficient,
        num(first.unitValue),
        records.map((record) => ({ contributorId: record.id, share: num(record.share) }))
      );
      const now = new Date().toISOString();
      for (const [index, record] of records.entries()) {
        await strapi.documents(RECORD).update({
          documentId: record.documentId,
          data: { coefficient, amount: amounts[index].amount, note, adjustedBy: displayName(user), adjustedAt: now } as never,
        });
      }
      return recordsOf(strapi, articleDocumentId);
    })
  );

type Move = { from: 'pending' | 'approved'; to: 'approved' | 'paid'; capability: 'approve' | 'pay'; wrongState: string };

const MOVES: Record<'approve' | 'pay', Move> = {
  approve: { from: 'pending', to: 'approved', capability: 'approve', wrongState: MESSAGES.approveOnlyPending },
  pay: { from: 'approved', to: 'paid', capability: 'pay', wrongState: MESSAGES.payOnlyApproved },
};

/**
 * Approves (head of board) or marks paid (finance) a batch of records, all or none: one record
 * the user may not move, or in the wrong state, refuses the whole batch and changes nothing.
 */
export const moveRecords = async (
  strapi: Core.Strapi,
  access: Access,
  user: AdminUser,
  action: 'approve' | 'pay',
  input: { ids?: unknown; paymentRef?: unknown }
): Promise<number> => {
  const ids = Array.isArray(input.ids) ? input.ids.filter((id): id is string => typeof id === 'string') : [];
  if (ids.length === 0) assertNoProblems([{ path: ['ids'], message: MESSAGES.noneSelected }]);
  const move = MOVES[action];
  return strapi.db.transaction(() =>
    runAsRoyalties(async () => {
      const rows = (await strapi.db.query(RECORD).findMany({
        where: { documentId: { $in: ids } },
        select: ['documentId', 'status'],
        populate: { site: { select: ['id'] } },
      })) as Array<{ documentId: string; status: string; site: { id: number } | null }>;
      if (rows.length !== new Set(ids).size) throw new errors.NotFoundError(MESSAGES.notFound);
      for (const row of rows) assertCan(access, row.site?.id, move.capability);
      if (rows.some((row) => row.status === 'paid')) throw new errors.ApplicationError(MESSAGES.paidLocked);
      if (rows.some((row) => row.status !== move.from)) throw new errors.ApplicationError(move.wrongState);
      const now = new Date().toISOString();
      const by = displayName(user);
      const data =
        action === 'approve'
          ? { status: 'approved', approvedBy: by, approvedAt: now }
          : { status: 'paid', paidBy: by, paidAt: now, paymentRef: text(input.paymentRef) };
      for (const row of rows) await strapi.documents(RECORD).update({ documentId: row.documentId, data: data as never });
      return rows.length;
    })
  );
};
