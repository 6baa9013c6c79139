import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import type { MessageStatus } from '../../shared/contracts';

export const MESSAGE_UID = 'plugin::mail.message';

/** A message as stored (server side: the admin reads `MessageSummary`/`MessageDetail`). */
export interface Message {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  kind: string;
  site: string | null;
  status: MessageStatus;
  attempts: number;
  nextAttemptAt: string | null;
  claimedAt: string | null;
  worker: string | null;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
}

/** One recipient's address. Callers check a citizen's address with this at their own form, before any write. */
export const mailAddress = z.email().max(254);

/** What a feature asks to send. `kind` says what sent it (`question-answered`, `question-assigned`…), for operators and logs. */
export const outgoingMessage = z.strictObject({
  to: mailAddress,
  subject: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .refine((value) => !/[\r\n]/.test(value), 'a subject is one line'),
  text: z.string().min(1).max(50_000),
  html: z.string().max(200_000).optional(),
  kind: z.string().regex(/^[a-z][a-z0-9-]{0,63}$/),
  /** The site the message is about: that site's administrators may read it in the outbox. */
  site: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional(),
});

export type OutgoingMessage = z.input<typeof outgoingMessage>;

/** Whether an SMTP server is configured (config/plugins.ts reads SMTP_HOST into the e-mail plugin's options). */
export const smtpConfigured = (strapi: Core.Strapi): boolean =>
  Boolean(strapi.config.get<string | undefined>('plugin::email.providerOptions.host'));

/**
 * Stores a message for the sender loop, in the caller's transaction when there is one: a write
 * that rolls back leaves no mail, one that commits always has its mail. Delivery happens later
 * and never fails the caller; an invalid message (a programming error, or an address the caller
 * did not check with `mailAddress`) is refused here with a ValidationError, before anything is stored.
 */
export const enqueue = async (
  strapi: Core.Strapi,
  input: OutgoingMessage,
  afterCommit?: () => void
): Promise<{ id: number; status: MessageStatus }> => {
  const parsed = outgoingMessage.safeParse(input);
  if (!parsed.success) {
    // The issues name fields, never the values (an address is personal data).
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(message)'))].join(', ');
    throw new errors.ValidationError(`Thư không hợp lệ (invalid mail message): ${fields}`);
  }
  const status: MessageStatus = smtpConfigured(strapi) ? 'queued' : 'held';
  const created = (await strapi.db.transaction(async ({ onCommit }) => {
    if (afterCommit && status === 'queued') onCommit(afterCommit);
    return strapi.db.query(MESSAGE_UID).create({
      data: {
        ...parsed.data,
        html: parsed.data.html ?? null,
        site: parsed.data.site ?? null,
        status,
        attempts: 0,
        nextAttemptAt: new Date(),
      },
    });
  })) as Message;
  return { id: created.id, status: created.status };
};

const ADDRESS = /[^\s<>()"',;:@]+@[^\s<>()"',;:]+/g;

/** SMTP errors quote addresses ("<a@b.vn>: Recipient address rejected"): logs get them without. */
export const withoutAddresses = (text: string): string => text.replace(ADDRESS, '[address]');
