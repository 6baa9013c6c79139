import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { ZONE } from '../../../../calendar/working-days';
import { mailAddress } from '../../../mail/server/services/message';
import { MEMBERSHIP_UID } from '../services/memberships';
import type { QuestionRow, QuestionSite } from './load';
import { questionPageUrl, questionsAdminUrl } from './site-url';

/**
 * The mail questions send, through the mail plugin's outbox inside the caller's transaction
 * (docs/mail.md): the asker when the answer is published or answered by mail, a unit's answerers
 * when a question is assigned to their unit. Staff mail names the question, never the asker's
 * contact details.
 */

interface Outbox {
  enqueue(message: { to: string; subject: string; text: string; kind: string; site?: string }): Promise<unknown>;
}

const outbox = (strapi: Core.Strapi): Outbox => strapi.plugin('mail').service('outbox') as Outbox;

const localDate = (value: string | Date): string =>
  (value instanceof Date ? DateTime.fromJSDate(value) : DateTime.fromISO(value)).setZone(ZONE).toFormat('dd/MM/yyyy');

/** A subject is one line of at most 200 characters; a long title is cut. */
const subject = (prefix: string, title: string): string => {
  const line = `${prefix}: ${title.replace(/\s+/g, ' ').trim()}`;
  return line.length <= 200 ? line : `${line.slice(0, 199)}…`;
};

const FOOTER = 'Thư này được gửi tự động, vui lòng không trả lời thư này.';

/** The asker's address, when they gave one that is still kept and is an address at all. */
const askerAddress = (question: QuestionRow): string | null => {
  if (!question.email || question.contactErasedAt) return null;
  return mailAddress.safeParse(question.email).success ? question.email : null;
};

export const hasAskerAddress = (question: QuestionRow): boolean => askerAddress(question) !== null;

/** "Câu hỏi của bạn đã được trả lời", with the link to the question's page. Returns whether a mail was queued. */
export const mailAnswerPublished = async (strapi: Core.Strapi, question: QuestionRow, site: QuestionSite): Promise<boolean> => {
  const to = askerAddress(question);
  if (!to) return false;
  const url = questionPageUrl(site, question.slug);
  const text = [
    `Kính gửi ông/bà ${question.askerName},`,
    '',
    `Câu hỏi "${question.title}" ông/bà gửi ${site.name} ngày ${localDate(question.receivedAt)} đã được trả lời.`,
    url ? `Xem câu trả lời tại: ${url}` : `Câu trả lời được đăng trong mục Hỏi đáp của ${site.name}.`,
    '',
    `Trân trọng,`,
    site.name,
    '',
    FOOTER,
  ].join('\n');
  await outbox(strapi).enqueue({
    to,
    subject: subject('Câu hỏi của ông/bà đã được trả lời', question.title),
    text,
    kind: 'question-answered',
    site: site.slug,
  });
  return true;
};

/** The private answer itself, by mail. */
export const mailPrivateAnswer = async (strapi: Core.Strapi, question: QuestionRow, site: QuestionSite, answer: string): Promise<void> => {
  const to = askerAddress(question);
  if (!to) return;
  const text = [
    `Kính gửi ông/bà ${question.askerName},`,
    '',
    `${site.name} trả lời câu hỏi "${question.title}" ông/bà gửi ngày ${localDate(question.receivedAt)} như sau:`,
    '',
    answer,
    '',
    'Câu trả lời này được gửi riêng cho ông/bà và không đăng công khai.',
    '',
    `Trân trọng,`,
    site.name,
    '',
    FOOTER,
  ].join('\n');
  await outbox(strapi).enqueue({
    to,
    subject: subject('Trả lời câu hỏi của ông/bà', question.title),
    text,
    kind: 'question-answered-privately',
    site: site.slug,
  });
};

interface AnswererRow {
  user: { email: string; isActive: boolean; blocked: boolean | null } | null;
}

/** Tells the answerers of the unit on the question's site that it is theirs to answer. Returns how many mails were queued. */
export const mailAssigned = async (
  strapi: Core.Strapi,
  question: QuestionRow,
  site: QuestionSite,
  unit: { id: number; name: string },
  due: Date
): Promise<number> => {
  const rows = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { role: 'answerer', site: { id: site.id }, unit: { id: unit.id } },
    populate: { user: { select: ['email', 'isActive', 'blocked'] } },
  })) as AnswererRow[];
  const addresses = [
    ...new Set(
      rows
        .filter((row) => row.user?.isActive && !row.user.blocked && mailAddress.safeParse(row.user.email).success)
        .map((row) => row.user!.email)
    ),
  ];
  const admin = questionsAdminUrl();
  const text = [
    `${unit.name} được giao trả lời câu hỏi của người dân trên ${site.name}:`,
    '',
    `"${question.title}"`,
    `Nhận ngày ${localDate(question.receivedAt)}; hạn trả lời ${localDate(due)}.`,
    '',
    admin
      ? `Xem câu hỏi và viết câu trả lời tại mục "Hỏi đáp" của trang quản trị: ${admin}`
      : 'Xem câu hỏi và viết câu trả lời tại mục "Hỏi đáp" của trang quản trị.',
    '',
    FOOTER,
  ].join('\n');
  for (const to of addresses) {
    await outbox(strapi).enqueue({
      to,
      subject: subject('Câu hỏi mới giao đơn vị trả lời', question.title),
      text,
      kind: 'question-assigned',
      site: site.slug,
    });
  }
  return addresses.length;
};
