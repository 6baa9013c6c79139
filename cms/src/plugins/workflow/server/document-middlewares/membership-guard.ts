import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { currentActor } from '../services/actor';
import { inWorkflow } from '../services/context';
import { MEMBERSHIP_UID, siteIdsWithRole } from '../services/memberships';
import { syncAdminRoles } from '../services/rbac';

type Middleware = Modules.Documents.Middleware.Middleware;

interface MembershipRow {
  id: number;
  role: string | null;
  user: { id: number } | null;
  site: { id: number; name: string } | null;
  unit: { id: number; site: { id: number } | null } | null;
}

const WRITES = new Set(['create', 'update', 'delete']);

const load = async (strapi: Core.Strapi, documentId: string | undefined): Promise<MembershipRow | null> =>
  documentId
    ? ((await strapi.db.query(MEMBERSHIP_UID).findOne({
        where: { documentId },
        populate: {
          user: { select: ['id'] },
          site: { select: ['id', 'name'] },
          unit: { select: ['id'], populate: { site: { select: ['id'] } } },
        },
      })) as MembershipRow | null)
    : null;

/** An answerer answers for one unit of the membership's site; no other role names a unit. */
const unitProblemOf = (row: MembershipRow): string | null => {
  if (row.role !== 'answerer') return row.unit ? MESSAGES.membershipUnitOnlyForAnswerer : null;
  if (!row.unit) return MESSAGES.membershipUnitRequired;
  return row.unit.site?.id === row.site?.id ? null : MESSAGES.membershipUnitOfOtherSite;
};

/**
 * Memberships say who holds which role on which site. Only a super admin or the site's own
 * administrator may change them; each change re-derives the users' admin roles in the same
 * transaction, so access never lags behind the membership list.
 */
const membershipGuard =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.uid !== MEMBERSHIP_UID || !WRITES.has(context.action)) return next();
    const actor = currentActor(strapi);
    if (actor.kind === 'anonymous' || actor.kind === 'token') throw new errors.PolicyError(MESSAGES.anonymousWrite);
    const mayAdminister = async (row: MembershipRow | null) => {
      if (actor.kind !== 'admin' || actor.superAdmin || inWorkflow() || !row?.site) return;
      const sites = await siteIdsWithRole(strapi, actor.user.id, ['site-admin']);
      if (!sites.includes(row.site.id)) throw new errors.PolicyError(MESSAGES.notMemberOfSite(row.site.name));
    };

    const params = context.params as { documentId?: string };
    const before = await load(strapi, params.documentId);
    await mayAdminister(before);
    return strapi.db.transaction(async () => {
      const result = await next();
      const after =
        context.action === 'delete'
          ? null
          : await load(strapi, (result as { documentId?: string } | null)?.documentId ?? params.documentId);
      if (after) {
        if (!after.user || !after.site || !after.role) {
          throw new errors.ValidationError(MESSAGES.membershipFields, {
            errors: (['user', 'site', 'role'] as const)
              .filter((key) => !after[key])
              .map((key) => ({ path: [key], message: MESSAGES.membershipFields, name: 'ValidationError' })),
          });
        }
        if (actor.kind === 'admin' && !actor.superAdmin && !after.site) throw new errors.PolicyError(MESSAGES.noSite);
        const unitProblem = unitProblemOf(after);
        if (unitProblem) {
          throw new errors.ValidationError(unitProblem, { errors: [{ path: ['unit'], message: unitProblem, name: 'ValidationError' }] });
        }
        await mayAdminister(after);
        const twins = await strapi.db.query(MEMBERSHIP_UID).count({
          where: {
            user: { id: after.user.id },
            site: { id: after.site.id },
            role: after.role,
            // An answerer may answer for two units of a site: one membership each.
            ...(after.unit ? { unit: { id: after.unit.id } } : {}),
          },
        });
        if (twins > 1) {
          throw new errors.ValidationError(MESSAGES.membershipDuplicate, {
            errors: [{ path: ['role'], message: MESSAGES.membershipDuplicate, name: 'ValidationError' }],
          });
        }
      }
      const users = new Set([before?.user?.id, after?.user?.id].filter((id): id is number => typeof id === 'number'));
      for (const userId of users) await syncAdminRoles(strapi, userId);
      return result;
    });
  };

export default membershipGuard;
