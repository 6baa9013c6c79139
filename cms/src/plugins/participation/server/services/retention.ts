import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { COMMENT_UID, LEGAL_UID, QUESTION_UID } from './uids';

/** Months contact details are kept after a draft's comment window closes (PARTICIPATION_RETENTION_MONTHS). */
export const retentionMonths = (): number => {
  const value = Number(process.env.PARTICIPATION_RETENTION_MONTHS);
  return Number.isInteger(value) && value > 0 && value <= 120 ? value : 24;
};

const BATCH = 500;

/**
 * Erases the e-mail addresses and phone numbers of comments on drafts whose window closed more
 * than the retention period ago (Nghị định 13/2023/NĐ-CP: kept no longer than their purpose
 * needs), keeping the name, the text and the answer the public record is made of. A comment whose
 * draft is gone is erased once it is as old as the period. Returns how many comments it erased.
 */
export const eraseExpiredContacts = async (strapi: Core.Strapi, now = new Date(), months = retentionMonths()): Promise<number> => {
  const cutoff = DateTime.fromJSDate(now).minus({ months }).toJSDate();
  let erased = 0;
  let afterId = 0;
  for (;;) {
    // A comment is sent while its window is open, so one sent after the cutoff cannot be due yet.
    const candidates = (await strapi.db.query(COMMENT_UID).findMany({
      where: { contactErasedAt: null, submittedAt: { $lt: cutoff }, id: { $gt: afterId } },
      select: ['id', 'legalDocumentId'],
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as Array<{ id: number; legalDocumentId: string }>;
    if (candidates.length === 0) return erased;
    afterId = candidates[candidates.length - 1].id;
    const documentIds = [...new Set(candidates.map((row) => row.legalDocumentId))];
    const drafts = (await strapi.db.query(LEGAL_UID).findMany({
      where: { documentId: { $in: documentIds } },
      select: ['documentId'],
      populate: { commentWindow: { select: ['closesAt'] } },
    })) as Array<{ documentId: string; commentWindow: { closesAt: string } | null }>;
    // The latest closing of any version (draft or published) of the document counts.
    const closes = new Map<string, number>();
    for (const draft of drafts) {
      const at = draft.commentWindow ? new Date(draft.commentWindow.closesAt).getTime() : 0;
      closes.set(draft.documentId, Math.max(closes.get(draft.documentId) ?? 0, at));
    }
    const due = candidates.filter((row) =>
      closes.has(row.legalDocumentId) ? (closes.get(row.legalDocumentId) as number) < cutoff.getTime() : true
    );
    if (due.length > 0) {
      const result = (await strapi.db.query(COMMENT_UID).updateMany({
        where: { id: { $in: due.map((row) => row.id) } },
        data: { email: null, phone: null, contactErasedAt: now },
      })) as { count: number };
      erased += result.count;
    }
  }
};

/**
 * The same for questions: a question closes when it is answered (publicly or by mail) or refused;
 * its asker's e-mail address and phone number go the retention period after (answeredAt, or the
 * last change for the others), every version of it. Returns how many rows it erased.
 */
export const eraseExpiredQuestionContacts = async (strapi: Core.Strapi, now = new Date(), months = retentionMonths()): Promise<number> => {
  const cutoff = DateTime.fromJSDate(now).minus({ months }).toJSDate();
  const result = (await strapi.db.query(QUESTION_UID).updateMany({
    where: {
      contactErasedAt: null,
      $or: [
        { handling: 'answered', answeredAt: { $lt: cutoff } },
        { handling: { $in: ['answered-privately', 'rejected'] }, updatedAt: { $lt: cutoff } },
      ],
    },
    data: { email: null, phone: null, contactErasedAt: now },
  })) as { count: number };
  return result.count;
};

/** Once a night, when the process runs cron jobs (CRON_ENABLED). */
export const registerRetention = (strapi: Core.Strapi): void => {
  strapi.cron.add({
    participationRetention: {
      task: async () => {
        const count = (await eraseExpiredContacts(strapi)) + (await eraseExpiredQuestionContacts(strapi));
        if (count > 0)
          strapi.log.info(`Participation: erased the contact details of ${count} comment(s) and question(s) past the retention period.`);
      },
      options: { rule: '0 30 2 * * *', tz: 'Asia/Ho_Chi_Minh' },
    },
  });
};
