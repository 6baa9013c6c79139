import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { normaliseTrackingCode, type QuestionStatus } from '@vungtau/publishing';
import { loadHolidayCalendar } from '../../../../calendar/calendar-store';
import { addWorkingDays, dueWorkingDaysOf } from '../../../../calendar/working-days';
import { runAsWorkflow } from '../../../workflow/server/services/context';
import type { QuestionForm } from './question-form';

import { QUESTION_UID } from './uids';

export { QUESTION_UID };

export interface ReceivingSite {
  id: number;
  slug: string;
  name: string;
  questionDueWorkingDays: number | null;
}

/** The active site a question is sent to, by its slug. */
export const receivingSite = async (strapi: Core.Strapi, slug: string): Promise<ReceivingSite | null> =>
  (await strapi.db.query('api::site.site').findOne({
    where: { slug, status: 'active' },
    select: ['id', 'slug', 'name', 'questionDueWorkingDays'],
  })) as ReceivingSite | null;

/** Crockford's base 32: no I, L, O or U to misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** "HD" and 8 random characters (40 bits), stored without dashes: HD7K3M9QXT. */
export const newTrackingCode = (): string => `HD${Array.from(crypto.randomBytes(8), (byte) => ALPHABET[byte & 31]).join('')}`;

/** "HD7K3M9QXT" → "HD-7K3M-9QXT", as the asker is shown it. */
export const displayCode = (code: string): string => `${code.slice(0, 2)}-${code.slice(2, 6)}-${code.slice(6)}`;

/** The same question sent again (a double click, a resend): the site, the contact and the words. */
export const questionFingerprint = (form: QuestionForm): string =>
  crypto
    .createHash('sha256')
    .update(
      [
        form.site,
        (form.email ?? '').toLowerCase(),
        form.phone ?? '',
        form.title.replace(/\s+/g, ' ').toLowerCase(),
        form.question.replace(/\s+/g, ' ').toLowerCase(),
      ].join('\u0000')
    )
    .digest('hex');

interface StoredQuestion {
  documentId: string;
  trackingCode: string;
  dueAt: string | null;
}

const byFingerprint = async (strapi: Core.Strapi, fingerprint: string): Promise<StoredQuestion | null> =>
  (await strapi.db.query(QUESTION_UID).findOne({
    where: { fingerprint },
    select: ['documentId', 'trackingCode', 'dueAt'],
  })) as StoredQuestion | null;

/** Whether a question like this one is already stored: the resend then gets the same code. */
export const existingQuestion = (strapi: Core.Strapi, form: QuestionForm): Promise<StoredQuestion | null> =>
  byFingerprint(strapi, questionFingerprint(form));

/**
 * Stores the question as a draft the site's editors take up (handling `received`), with its due
 * date in working days (the site's setting, Vietnam's holidays) and a fresh tracking code. One
 * transaction, serialised per fingerprint, so a question sent twice at once is stored once.
 */
export const storeQuestion = async (strapi: Core.Strapi, site: ReceivingSite, form: QuestionForm, now: Date): Promise<StoredQuestion> => {
  const fingerprint = questionFingerprint(form);
  const calendar = await loadHolidayCalendar(strapi);
  const dueAt = addWorkingDays(now, dueWorkingDaysOf(site), calendar).endOf('day').toJSDate();
  return strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`question:${fingerprint}`]);
    const existing = await byFingerprint(strapi, fingerprint);
    if (existing) return existing;
    let trackingCode = newTrackingCode();
    while (await strapi.db.query(QUESTION_UID).findOne({ where: { trackingCode }, select: ['id'] })) trackingCode = newTrackingCode();
    // The workflow's own write: a citizen has no admin role, and the question starts as a draft.
    const created = (await runAsWorkflow(() =>
      strapi.documents(QUESTION_UID).create({
        data: {
          title: form.title,
          question: form.question,
          field: form.field,
          askerName: form.name,
          email: form.email,
          phone: form.phone,
          site: site.id,
          receivedAt: now,
          dueAt,
          handling: 'received',
          trackingCode,
          fingerprint,
          workflowState: 'draft',
        } as never,
        status: 'draft',
      })
    )) as { documentId: string };
    return { documentId: created.documentId, trackingCode, dueAt: dueAt.toISOString() };
  });
};

interface StatusRow {
  documentId: string;
  slug: string;
  field: QuestionStatus['field'];
  receivedAt: string;
  handling: string;
  rejectReason: QuestionStatus['rejectReason'];
  workflowState: string;
  publishedAt: string | null;
}

/** Where the question with this tracking code stands, or null; nothing about its asker. */
export const questionStatus = async (strapi: Core.Strapi, typed: string): Promise<(QuestionStatus & { siteSlug: string }) | null> => {
  const code = normaliseTrackingCode(typed);
  if (!/^HD[0-9A-HJKMNP-TV-Z]{8}$/.test(code)) return null;
  const rows = (await strapi.db.query(QUESTION_UID).findMany({
    where: { trackingCode: code },
    select: ['documentId', 'slug', 'field', 'receivedAt', 'handling', 'rejectReason', 'workflowState', 'publishedAt'],
    populate: { site: { select: ['slug'] } },
  })) as Array<StatusRow & { site: { slug: string } | null }>;
  if (rows.length === 0) return null;
  const published = rows.find((row) => row.publishedAt !== null);
  const draft = rows.find((row) => row.publishedAt === null) ?? rows[0];
  const status: QuestionStatus['status'] = published
    ? 'answered'
    : draft.handling === 'rejected'
      ? 'rejected'
      : draft.handling === 'answered-privately'
        ? 'answered-privately'
        : draft.handling === 'assigned' || ['submitted', 'edited', 'scheduled'].includes(draft.workflowState)
          ? 'in-progress'
          : 'received';
  return {
    code: displayCode(code),
    status,
    receivedAt: new Date(draft.receivedAt).toISOString(),
    field: draft.field,
    path: published ? `hoi-dap/${published.slug}/` : null,
    rejectReason: status === 'rejected' ? draft.rejectReason : null,
    siteSlug: (published ?? draft).site?.slug ?? '',
  };
};
