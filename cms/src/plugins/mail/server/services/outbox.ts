import os from 'os';
import type { Core } from '@strapi/strapi';
import { claimDueRows } from '../../../../utils/claim-rows';
import { MESSAGE_UID, type Message } from './message';

/** A message claimed by a process that went silent this long is taken to have crashed. */
const STALE_AFTER_MS = 5 * 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** After this many failed attempts a message stays `failed` (with its error) until someone sends it again. */
export const maxAttempts = (): number => Number(process.env.MAIL_MAX_ATTEMPTS) || 10;

export const workerName = (): string => `${os.hostname()}:${process.pid}`;

/** 30 s, 1 min, 2 min … up to an hour between tries: about six hours in all with the default ten. */
export const backoffMs = (attempts: number): number => Math.min(MAX_BACKOFF_MS, 30_000 * 2 ** Math.max(0, attempts - 1));

/**
 * Takes up to `limit` due messages for this process (claimDueRows: two processes never send the
 * same message).
 */
export const claim = async (strapi: Core.Strapi, limit = 20, worker = workerName()): Promise<Message[]> => {
  const ids = await claimDueRows(strapi, MESSAGE_UID, { from: 'queued', to: 'sending', limit, worker });
  if (ids.length === 0) return [];
  return (await strapi.db
    .query(MESSAGE_UID)
    .findMany({ where: { id: { $in: ids }, status: 'sending', worker }, orderBy: { id: 'asc' } })) as Message[];
};

/** The SMTP server accepted it. */
export const markSent = async (strapi: Core.Strapi, message: Message): Promise<void> => {
  await strapi.db.query(MESSAGE_UID).updateMany({
    where: { id: message.id, status: 'sending', worker: message.worker },
    data: { status: 'sent', sentAt: new Date(), attempts: message.attempts + 1, lastError: null, claimedAt: null },
  });
};

/** Not accepted: queued again after a back-off, or `failed` for good after the last attempt. Returns the new status. */
export const markFailed = async (strapi: Core.Strapi, message: Message, error: string): Promise<'queued' | 'failed'> => {
  const attempts = message.attempts + 1;
  const status = attempts >= maxAttempts() ? 'failed' : 'queued';
  await strapi.db.query(MESSAGE_UID).updateMany({
    where: { id: message.id, status: 'sending', worker: message.worker },
    data: {
      status,
      attempts,
      nextAttemptAt: status === 'queued' ? new Date(Date.now() + backoffMs(attempts)) : null,
      lastError: error.slice(0, 2000),
      claimedAt: null,
    },
  });
  return status;
};

/**
 * Messages of a crashed process go back to the queue. Without an SMTP server queued messages
 * are held instead (the configuration was removed after they were queued): nothing waits forever
 * for a server that is not coming.
 */
export const housekeep = async (strapi: Core.Strapi, smtp: boolean, now = new Date()): Promise<void> => {
  await strapi.db.query(MESSAGE_UID).updateMany({
    where: { status: 'sending', claimedAt: { $lt: new Date(now.getTime() - STALE_AFTER_MS) } },
    data: { status: 'queued', nextAttemptAt: now },
  });
  if (!smtp) await strapi.db.query(MESSAGE_UID).updateMany({ where: { status: 'queued' }, data: { status: 'held' } });
};

/** "Gửi lại": a failed or held message is queued for a fresh round of attempts. False when it was not in one of those states. */
export const requeue = async (strapi: Core.Strapi, id: number): Promise<boolean> => {
  const updated = await strapi.db.query(MESSAGE_UID).updateMany({
    where: { id, status: { $in: ['failed', 'held'] } },
    data: { status: 'queued', attempts: 0, nextAttemptAt: new Date() },
  });
  return updated.count > 0;
};
