import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { AdminUser } from '../../../workflow/server/services/actor';
import type { CopyLastWeekResult, RepeatEntryResult } from '../../shared/contracts';
import { copyLastWeek, repeatEntry, repeatInputOf } from '../services/quick-entry';

interface AdminContext {
  state: { user: AdminUser };
  params: Record<string, string>;
  request: { body?: unknown };
  body: unknown;
}

const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;

const documentIdOf = (value: unknown, what: string): string => {
  if (typeof value !== 'string' || !DOCUMENT_ID.test(value)) throw new errors.ValidationError(`Mã ${what} không hợp lệ.`);
  return value;
};

/** The edit view's quick-entry actions; each checks the user's rights on the schedule's site (services/access.ts). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `POST /work-schedules/:documentId/copy-last-week`: the site's latest week copied to the week after it, as a draft. */
  async copyLastWeek(ctx: AdminContext) {
    const documentId = documentIdOf(ctx.params.documentId, 'lịch công tác');
    const data: CopyLastWeekResult['data'] = await copyLastWeek(strapi, ctx.state.user, documentId);
    ctx.body = { data };
  },

  /** `POST /work-schedules/:documentId/repeat` with `{ entry, dates }`. */
  async repeat(ctx: AdminContext) {
    const documentId = documentIdOf(ctx.params.documentId, 'lịch công tác');
    const input = repeatInputOf(ctx.request.body);
    const data: RepeatEntryResult['data'] = await strapi.db.transaction(() => repeatEntry(strapi, ctx.state.user, documentId, input));
    ctx.body = { data };
  },
});
