import type { Core } from '@strapi/strapi';
import contentTypes from './content-types';
import mail from './controllers/mail';
import mayReadOutbox from './policies/may-read-outbox';
import routes from './routes';
import { permissionActions } from './services/access';
import { enqueue, smtpConfigured, type OutgoingMessage } from './services/message';
import { drainOutbox, startSender, wakeSender } from './services/sender';

let sender: { stop: () => Promise<void> } | undefined;

/** The sender runs in every CMS process (MAIL_SENDER, on by default), not in tests, which drain by hand. */
const senderWanted = (): boolean => (process.env.MAIL_SENDER ?? (process.env.NODE_ENV === 'test' ? 'false' : 'true')) === 'true';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The site-admin role that holds it is made in the app's bootstrap (workflow's rbac.ts).
    await strapi.service('admin::permission').actionProvider.registerMany(permissionActions);
    if (!smtpConfigured(strapi)) strapi.log.info('Mail: SMTP_HOST is not set; outgoing mail is held in the outbox (Hộp thư đi).');
    if (senderWanted()) sender = startSender(strapi);
  },

  async destroy() {
    await sender?.stop();
    sender = undefined;
  },

  contentTypes,
  controllers: { mail },
  policies: { 'may-read-outbox': mayReadOutbox },
  routes,
  services: {
    /**
     * For the features that send mail: `strapi.plugin('mail').service('outbox').enqueue({ to, subject,
     * text, kind, site })` inside their write's transaction. `drain()` for scripts and tests.
     */
    outbox: ({ strapi }: { strapi: Core.Strapi }) => ({
      // The sender is woken once the caller's transaction commits: before, it could not see the message.
      enqueue: (message: OutgoingMessage) => enqueue(strapi, message, wakeSender),
      drain: (name?: string) => drainOutbox(strapi, name),
    }),
  },
};
