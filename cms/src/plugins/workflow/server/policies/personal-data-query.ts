import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { isSuperAdmin, type AdminUser } from '../services/actor';
import { QUESTION_SEARCH_FIELDS } from '../questions/fields';
import { CONTRIBUTOR_UID, isPersonalAttribute, personalPathsIn } from '../services/personal-data';
import { QUESTION_UID } from '../services/rules';

/** What the list's search box (`_q`) looks in, for types whose other text fields are personal. */
const SEARCHED: Record<string, readonly string[]> = { [CONTRIBUTOR_UID]: ['fullName'], [QUESTION_UID]: QUESTION_SEARCH_FIELDS };

/**
 * Strapi's field-level RBAC hides contributors' personal fields in what the content manager
 * returns, per entity (services/personal-data.ts). It does not stop a query from naming them:
 * its query sanitizer tests fields against the type, where a conditional permission counts as
 * granted, and the relation picker returns rows without sanitizing them. So on the content
 * manager's routes, a user who is not a super admin may not filter, sort, select or populate a
 * contributor's personal field (or a question asker's contact details) from any model, and a
 * free-text search of contributors searches the name only, of questions the title and the text
 * (Strapi's `_q` also matches e-mail and phone).
 */

export const POLICY = 'plugin::workflow.personal-data-query';
/** Bounds every content manager query's filters (query-cost.ts). */
const QUERY_COST = 'plugin::workflow.query-cost';

type Target = 'document' | 'relation';

interface PermissionChecker {
  can: { read(entity?: object, field?: string): boolean };
}

interface PolicyContext {
  state: { user?: AdminUser; userAbility?: unknown };
  params: Record<string, string | undefined>;
  request: { query: Record<string, unknown>; body?: unknown };
}

interface ViewConfiguration {
  metadatas?: Record<string, { edit?: { mainField?: string } }>;
}

const refuse = (paths: string[]) => {
  const message = MESSAGES.personalDataQuery(paths);
  return new errors.ValidationError(message, {
    errors: paths.map((path) => ({ path: path.split('.'), message, name: 'ValidationError' })),
  });
};

/** The model a relation route lists, and the field the picker shows of it. */
const relationTarget = async (strapi: Core.Strapi, model: string, field: string): Promise<{ uid?: string; mainField?: string }> => {
  const source = strapi.getModel(model as never) as
    | { modelType?: string; attributes?: Record<string, { type?: string; target?: string }> }
    | undefined;
  const attribute = source?.attributes?.[field];
  if (!source || attribute?.type !== 'relation' || !attribute.target) return {};
  const service = strapi.plugin('content-manager').service(source.modelType === 'component' ? 'components' : 'content-types') as {
    findConfiguration(model: unknown): Promise<ViewConfiguration>;
  };
  const configuration = await service.findConfiguration(source);
  return { uid: attribute.target, mainField: configuration.metadatas?.[field]?.edit?.mainField };
};

/** Whether the user's permissions let them read this field of the contributor named in the route. */
const mayReadPersonal = async (strapi: Core.Strapi, context: PolicyContext, field: string): Promise<boolean> => {
  const documentId = context.params.id;
  if (!documentId || !context.state.userAbility) return false;
  const rows = (await strapi.db.query(CONTRIBUTOR_UID).findMany({ where: { documentId }, select: ['id'] })) as Array<{ id: number }>;
  const checker = (strapi.plugin('content-manager').service('permission-checker') as { create(options: object): PermissionChecker }).create(
    {
      userAbility: context.state.userAbility,
      model: CONTRIBUTOR_UID,
    }
  );
  // The conditions name contributor ids (services/personal-data.ts), so the id is all they test.
  return rows.length > 0 && rows.every((row) => checker.can.read({ id: row.id }, field));
};

const personalDataQuery = async (context: PolicyContext, config: { target?: Target }, { strapi }: { strapi: Core.Strapi }) => {
  const user = context.state.user;
  if (!user || isSuperAdmin(user)) return true;
  const { model, targetField } = context.params;
  if (!model) return true;
  let uid: string | undefined = model;
  if (config.target === 'relation') {
    if (!targetField) return true;
    // A contributor's own personal relation (`adminUser`): only for those who may read that
    // contributor's personal fields, and picking a new one is for operators alone.
    if (isPersonalAttribute(model, targetField) && !(await mayReadPersonal(strapi, context, targetField))) throw refuse([targetField]);
    const target = await relationTarget(strapi, model, targetField);
    uid = target.uid;
    // The picker shows the main field of every contributor to anyone who may edit the article.
    if (uid && target.mainField && isPersonalAttribute(uid, target.mainField))
      throw new errors.ValidationError(MESSAGES.personalMainField(target.mainField));
  }
  if (!uid) return true;
  const query = context.request.query;
  // bulkFindForValidation takes its sort from the body (no model of this app has a `sort` field).
  const body = context.request.body as { sort?: unknown } | undefined;
  const paths = [
    ...(await personalPathsIn(strapi, uid, query)),
    ...(body?.sort ? await personalPathsIn(strapi, uid, { sort: body.sort }) : []),
  ];
  if (paths.length > 0) throw refuse(paths);
  const searched = SEARCHED[uid];
  if (config.target === 'document' && searched && typeof query._q === 'string' && query._q !== '') {
    const { _q: search, ...rest } = query;
    const byName = { $or: searched.map((field) => ({ [field]: { $containsi: search } })) };
    context.request.query = { ...rest, filters: rest.filters ? { $and: [rest.filters, byName] } : byName };
  }
  return true;
};

export default personalDataQuery;

/**
 * Puts the policy on every content manager route that reads or writes documents or lists
 * relations. Runs at register, before Strapi builds the router from the route table.
 */
export const guardContentManagerRoutes = (strapi: Core.Strapi): void => {
  const table = strapi.plugin('content-manager').routes as Record<
    string,
    { routes?: Array<{ path: string; config?: { policies?: unknown[] } }> }
  >;
  for (const group of Object.values(table)) {
    for (const route of group.routes ?? []) {
      const target: Target | null = route.path.startsWith('/relations/')
        ? 'relation'
        : route.path.startsWith('/collection-types/') || route.path.startsWith('/single-types/')
          ? 'document'
          : null;
      if (!target) continue;
      route.config = { ...route.config, policies: [...(route.config?.policies ?? []), QUERY_COST, { name: POLICY, config: { target } }] };
    }
  }
};
