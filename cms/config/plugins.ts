import type { Core } from '@strapi/strapi';
import { ALLOWED_UPLOAD_TYPES } from '../src/security/upload-types';
import { requireSecret } from '../src/utils/secrets';

/** A real SMTP server wants a sender of its own domain: set MAIL_FROM in production (docs/mail.md). */
const DEFAULT_MAIL_FROM = 'Cổng thông tin điện tử <no-reply@localhost>';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requireSecret('JWT_SECRET'),
      jwt: { expiresIn: env('JWT_EXPIRES_IN', '7d') },
    },
  },
  // Editorial approval workflow and per-site access (local plugin, src/plugins/workflow).
  workflow: { enabled: true, resolve: './src/plugins/workflow' },
  // Rebuild pipeline: publish triggers, build queue, releases, rollback (src/plugins/rebuild).
  rebuild: { enabled: true, resolve: './src/plugins/rebuild' },
  // Search: outbox sync, Meilisearch or the embedded engine, the public search API (src/plugins/search).
  search: { enabled: true, resolve: './src/plugins/search' },
  // Royalties, unit quotas and the board's monthly and year-end reports (src/plugins/reports).
  reports: { enabled: true, resolve: './src/plugins/reports' },
  // A response cache for the public read API, retired by any write to what it was made of (src/plugins/api-cache).
  'api-cache': { enabled: true, resolve: './src/plugins/api-cache' },
  // Outgoing mail: a durable outbox sent over SMTP, held for operators without SMTP_HOST (src/plugins/mail, docs/mail.md).
  mail: { enabled: true, resolve: './src/plugins/mail' },
  // Citizen participation: the public comment and question routes with their protection, moderation, exports (src/plugins/participation, docs/participation.md).
  participation: { enabled: true, resolve: './src/plugins/participation' },
  // The leaders' work schedule: the edit view's quick entry, copy last week and repeat an entry (src/plugins/schedule, docs/sections.md).
  schedule: { enabled: true, resolve: './src/plugins/schedule' },
  // Strapi's Preview of a draft's page, rendered with the site's own renderer bundle behind a signed link (src/plugins/preview, docs/preview.md).
  preview: { enabled: true, resolve: './src/plugins/preview' },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', ''),
        // Compose passes an unset variable as an empty string: the port then follows SMTP_SECURE.
        port: Number(env('SMTP_PORT', '')) || (env.bool('SMTP_SECURE', false) ? 465 : 587),
        secure: env.bool('SMTP_SECURE', false),
        ...(env('SMTP_USER', '') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASSWORD', '') } } : {}),
        // Nodemailer waits minutes by default; a sender blocked that long holds its claimed messages.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      },
      settings: {
        defaultFrom: env('MAIL_FROM', '') || DEFAULT_MAIL_FROM,
        defaultReplyTo: env('MAIL_REPLY_TO', '') || env('MAIL_FROM', '') || DEFAULT_MAIL_FROM,
      },
    },
  },
  upload: {
    config: {
      sizeLimit: env.int('UPLOAD_SIZE_LIMIT', 50 * 1024 * 1024),
      // Widths the public site uses in srcset; Strapi generates these once at upload with sharp.
      breakpoints: { large: 1280, medium: 768, small: 480 },
      // By content, not by name: anything else is refused (docs/security.md#uploads).
      security: { allowedTypes: ALLOWED_UPLOAD_TYPES },
    },
  },
});
