/**
 * What the mail plugin's admin routes answer (server/routes, server/controllers/mail.ts), as
 * `{ data: … }`. The server and the "Hộp thư đi" page both import these shapes from here.
 * Types and constants only: the admin bundle and the server compile this file separately.
 */

/**
 * `queued`: waiting for its (next) attempt; `sending`: a CMS process is handing it to the SMTP
 * server; `sent`: the SMTP server accepted it; `failed`: every attempt failed, kept with its error
 * until someone sends it again; `held`: no SMTP server is configured, kept for an operator to read.
 */
export type MessageStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'held';

/** A message as the outbox lists it. */
export interface MessageSummary {
  id: number;
  kind: string;
  site: string | null;
  to: string;
  subject: string;
  status: MessageStatus;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

/** `GET /messages/:id`: one message with its body. */
export interface MessageDetail extends MessageSummary {
  text: string;
  html: string | null;
}

/** `GET /messages?page=`: the newest first, a page at a time. */
export interface MessagePage {
  messages: MessageSummary[];
  page: number;
  pageCount: number;
  total: number;
  /** Whether an SMTP server is configured: without one, nothing is sent and "Gửi lại" is off. */
  smtpConfigured: boolean;
}

/** Statuses a message may be sent again from ("Gửi lại"). */
export const RESENDABLE: readonly MessageStatus[] = ['failed', 'held'];
