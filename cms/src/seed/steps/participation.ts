import { DateTime } from 'luxon';
import { paragraphsToBlocks } from '../../utils/blocks';
import { loadHolidayCalendar } from '../../calendar/calendar-store';
import { addWorkingDays, DEFAULT_DUE_WORKING_DAYS } from '../../calendar/working-days';
import { newTrackingCode } from '../../plugins/participation/server/services/question-intake';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import { DRAFT_COMMENTS, type QuestionSeed } from '../data/questions';

const QUESTION_UID = 'api::question.question';
const COMMENT_UID = 'api::draft-comment.draft-comment';
const LEGAL_UID = 'api::legal-document.legal-document';

const DAY = 24 * 3600_000;

/** The demo questions: answered ones published (through the workflow's own write), the others waiting as drafts. */
export const seedQuestions = async (ctx: SeedContext, questions: readonly QuestionSeed[], sites: Index): Promise<Index> => {
  const calendar = await loadHolidayCalendar(ctx.strapi);
  const firstUnit = new Map<string, number | null>();
  const unitOf = async (site: string): Promise<number | null> => {
    if (!firstUnit.has(site)) {
      const unit = (await ctx.strapi.db.query('api::unit.unit').findOne({
        where: { site: { slug: site } },
        select: ['id'],
        orderBy: [{ order: 'asc' }, { id: 'asc' }],
      })) as { id: number } | null;
      firstUnit.set(site, unit?.id ?? null);
    }
    return firstUnit.get(site) ?? null;
  };
  return createMissing(ctx, {
    label: 'questions',
    uid: QUESTION_UID,
    items: questions,
    keyOf: (q) => `seed:${q.key}`,
    existing: () => storedKeys(ctx.strapi, QUESTION_UID, (row) => String(row.fingerprint), ['fingerprint']),
    create: async (q) => {
      const site = sites.get(q.site);
      if (!site) throw new Error(`Question ${q.key}: site ${q.site} is not in the demo data`);
      const receivedAt = new Date(ctx.now.getTime() - q.receivedDaysAgo * DAY);
      const answeredAt = q.answer ? new Date(receivedAt.getTime() + q.answeredAfterDays * DAY) : null;
      const created = await ctx.strapi.documents(QUESTION_UID).create({
        status: q.answer ? 'published' : 'draft',
        data: {
          title: q.title,
          question: q.question,
          field: q.field,
          askerName: q.askerName,
          email: q.email,
          phone: q.phone,
          site,
          // Answered and assigned questions have their unit; one just received has none yet.
          unit: q.answer || q.handling === 'assigned' ? await unitOf(q.site) : null,
          answer: q.answer ? paragraphsToBlocks(q.answer) : null,
          receivedAt,
          answeredAt,
          postedAt: answeredAt,
          dueAt: addWorkingDays(receivedAt, DEFAULT_DUE_WORKING_DAYS, calendar).endOf('day').toJSDate(),
          handling: q.answer ? 'answered' : (q.handling ?? 'received'),
          trackingCode: newTrackingCode(),
          fingerprint: `seed:${q.key}`,
          workflowState: q.answer ? 'published' : 'draft',
        } as never,
      });
      return created.documentId;
    },
  });
};

/** Comments on every draft whose window had opened by the demo's "now" (data/questions.ts DRAFT_COMMENTS). */
export const seedDraftComments = async (ctx: SeedContext): Promise<void> => {
  const drafts = (await ctx.strapi.db.query(LEGAL_UID).findMany({
    where: { kind: 'draft-for-comment', publishedAt: { $notNull: true } },
    select: ['documentId'],
    populate: { site: { select: ['id'] }, commentWindow: { select: ['opensAt', 'closesAt'] } },
  })) as Array<{ documentId: string; site: { id: number } | null; commentWindow: { opensAt: string; closesAt: string } | null }>;
  for (const draft of drafts) {
    if (!draft.commentWindow || new Date(draft.commentWindow.opensAt) > ctx.now) continue;
    const opens = new Date(draft.commentWindow.opensAt).getTime();
    const closes = new Date(draft.commentWindow.closesAt).getTime();
    for (const [i, comment] of DRAFT_COMMENTS.entries()) {
      const fingerprint = `seed:comment:${draft.documentId}:${i}`;
      if (await ctx.strapi.db.query(COMMENT_UID).findOne({ where: { fingerprint }, select: ['id'] })) continue;
      // Spread over the window's first days, never after it closed.
      const submittedAt = new Date(Math.min(closes - DAY, opens + (i + 1) * 2 * DAY));
      await ctx.strapi.db.query(COMMENT_UID).create({
        data: {
          legalDocumentId: draft.documentId,
          site: draft.site?.id ?? null,
          authorName: comment.authorName,
          organisation: comment.organisation,
          email: `gopy.${i}@example.vn`,
          phone: null,
          section: comment.section,
          body: comment.body,
          showName: comment.showName,
          status: comment.status,
          answer: comment.answer,
          answeredAt: comment.answer ? DateTime.fromJSDate(submittedAt).plus({ days: 3 }).toJSDate() : null,
          submittedAt,
          moderatedAt: comment.status === 'published' ? new Date(submittedAt.getTime() + DAY) : null,
          moderatedBy: comment.status === 'published' ? 'Ban biên tập (dữ liệu mẫu)' : null,
          fingerprint,
        },
      });
    }
  }
};
