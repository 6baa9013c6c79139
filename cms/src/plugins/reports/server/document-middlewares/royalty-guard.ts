import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { inRoyalties } from '../royalties/scope';
import { RECORD } from '../services/uids';

type Middleware = Modules.Documents.Middleware.Middleware;

const WRITES = new Set(['create', 'update', 'delete', 'clone', 'publish', 'unpublish', 'discardDraft']);

/**
 * Amounts are computed on the server, never typed: a royalty record is written only by the
 * royalty service (royalties/records, royalties/record-actions), whoever calls, super admins in
 * the content manager included. And a paid record is locked even for the service.
 */
const royaltyGuard =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== RECORD || !WRITES.has(context.action)) return next();
    if (!inRoyalties()) throw new errors.PolicyError(MESSAGES.typedByHand);
    const documentId = (context.params as { documentId?: string }).documentId;
    if (documentId && (context.action === 'update' || context.action === 'delete')) {
      const stored = (await strapi.db.query(RECORD).findOne({ where: { documentId }, select: ['status'] })) as { status: string } | null;
      if (stored?.status === 'paid') throw new errors.PolicyError(MESSAGES.paidLocked);
    }
    return next();
  };

export default royaltyGuard;
