import type { Core } from '@strapi/strapi';
import { pollingLoop } from '../../../../utils/polling-loop';
import { smtpConfigured, withoutAddresses, type Message } from './message';
import { claim, housekeep, markFailed, markSent, maxAttempts, workerName } from './outbox';

interface EmailService {
  send(options: { to: string; subject: string; text: string; html?: string }): Promise<unknown>;
}

/** Hands one claimed message to Strapi's e-mail plugin (the nodemailer provider, config/plugins.ts). */
const sendOne = async (strapi: Core.Strapi, message: Message): Promise<void> => {
  const email = strapi.plugin('email').service('email') as unknown as EmailService;
  try {
    await email.send({ to: message.to, subject: message.subject, text: message.text, ...(message.html ? { html: message.html } : {}) });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const status = await markFailed(strapi, message, text);
    // Ids and kinds only: an SMTP error may quote the recipient's address.
    const attempt = `attempt ${message.attempts + 1} of ${maxAttempts()}`;
    const outcome = status === 'failed' ? 'kept as failed in the outbox' : 'will retry';
    strapi.log.warn(`Mail #${message.id} (${message.kind}) not sent (${attempt}), ${outcome}: ${withoutAddresses(text)}`);
    return;
  }
  // Outside the try: a database error here must not count as a refused mail and send it again at once.
  await markSent(strapi, message);
  strapi.log.info(`Mail #${message.id} (${message.kind}) sent.`);
};

/** Sends every due message (none without an SMTP server: they are held); returns how many were tried. */
export const drainOutbox = async (strapi: Core.Strapi, name = workerName()): Promise<number> => {
  const smtp = smtpConfigured(strapi);
  await housekeep(strapi, smtp);
  if (!smtp) return 0;
  let taken = 0;
  for (let batch = await claim(strapi, 20, name); batch.length > 0; batch = await claim(strapi, 20, name)) {
    for (const message of batch) await sendOne(strapi, message);
    taken += batch.length;
  }
  return taken;
};

let wakeUp: (() => void) | undefined;

/** Asks the in-process sender to look at the outbox now rather than at its next poll. */
export const wakeSender = (): void => wakeUp?.();

/** Polls the outbox (MAIL_POLL_MS, default 5 s) in this process. */
export const startSender = (strapi: Core.Strapi): { stop: () => Promise<void> } => {
  const loop = pollingLoop(
    () => drainOutbox(strapi),
    Number(process.env.MAIL_POLL_MS) || 5000,
    (error) => strapi.log.error(`Mail sender: ${error instanceof Error ? error.message : String(error)}`)
  );
  wakeUp = loop.wake;
  return {
    stop: async () => {
      wakeUp = undefined;
      await loop.stop();
    },
  };
};
