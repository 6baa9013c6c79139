import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { MessageDetail, MessagePage, MessageSummary } from '../../shared/contracts';
import type { MailScope } from '../services/access';
import { scopeWhere } from '../services/access';
import { MESSAGE_UID, smtpConfigured, type Message } from '../services/message';
import { requeue } from '../services/outbox';
import { wakeSender } from '../services/sender';

interface AdminContext {
  state: { mailScope: MailScope };
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
}

const PAGE_SIZE = 50;
const SUMMARY_FIELDS = ['id', 'kind', 'site', 'to', 'subject', 'status', 'attempts', 'lastError', 'createdAt', 'sentAt', 'nextAttemptAt'];

const summary = (row: Message): MessageSummary => ({
  id: row.id,
  kind: row.kind,
  site: row.site ?? null,
  to: row.to,
  subject: row.subject,
  status: row.status,
  attempts: row.attempts ?? 0,
  lastError: row.lastError ?? null,
  createdAt: row.createdAt,
  sentAt: row.sentAt ?? null,
  nextAttemptAt: row.nextAttemptAt ?? null,
});

const idOf = (ctx: AdminContext): number => {
  const id = Number(ctx.params.id);
  if (!/^\d{1,12}$/.test(ctx.params.id ?? '') || !Number.isSafeInteger(id) || id < 1)
    throw new errors.ValidationError('Mã thư không hợp lệ.');
  return id;
};

/** A message this reader may see; another site's is as absent as a missing one. */
const findVisible = async (strapi: Core.Strapi, ctx: AdminContext): Promise<Message> => {
  const row = (await strapi.db
    .query(MESSAGE_UID)
    .findOne({ where: { id: idOf(ctx), ...scopeWhere(ctx.state.mailScope) } })) as Message | null;
  if (!row) throw new errors.NotFoundError('Không tìm thấy thư.');
  return row;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The messages this reader may see, newest first. */
  async list(ctx: AdminContext) {
    // The page asks for a page number and nothing else; anything else is refused, not ignored.
    const unknown = Object.keys(ctx.query).filter((key) => key !== 'page');
    if (unknown.length > 0) throw new errors.ValidationError(`Tham số không được hỗ trợ: ${unknown.join(', ')}.`);
    const page = ctx.query.page ?? '1';
    if (typeof page !== 'string' || !/^[1-9]\d{0,5}$/.test(page)) throw new errors.ValidationError('Số trang không hợp lệ.');
    const requested = Number(page);
    const where = scopeWhere(ctx.state.mailScope);
    const total = await strapi.db.query(MESSAGE_UID).count({ where });
    const rows = (await strapi.db.query(MESSAGE_UID).findMany({
      where,
      select: SUMMARY_FIELDS,
      orderBy: { id: 'desc' },
      limit: PAGE_SIZE,
      offset: (requested - 1) * PAGE_SIZE,
    })) as Message[];
    const data: MessagePage = {
      messages: rows.map(summary),
      page: requested,
      pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)),
      total,
      smtpConfigured: smtpConfigured(strapi),
    };
    ctx.body = { data };
  },

  /** One message with its text. */
  async get(ctx: AdminContext) {
    const row = await findVisible(strapi, ctx);
    const data: MessageDetail = { ...summary(row), text: row.text, html: row.html ?? null };
    ctx.body = { data };
  },

  /** "Gửi lại": a failed or held message goes back to the queue for a fresh round of attempts. */
  async resend(ctx: AdminContext) {
    const row = await findVisible(strapi, ctx);
    if (!smtpConfigured(strapi)) throw new errors.ApplicationError('Chưa cấu hình máy chủ SMTP: thư chưa gửi được.');
    if (!(await requeue(strapi, row.id))) throw new errors.ApplicationError('Chỉ gửi lại được thư bị lỗi hoặc đang giữ lại.');
    strapi.log.info(`Mail #${row.id} (${row.kind}) queued again from the outbox page.`);
    wakeSender();
    const updated = (await strapi.db.query(MESSAGE_UID).findOne({ where: { id: row.id } })) as Message;
    ctx.body = { data: summary(updated) };
  },
});
