import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

/**
 * The admin's list filters are as free as the public API's were: every `$or` branch through a
 * to-many relation adds a join, and the time doubled per branch (a contributor's four-branch
 * filter of the categories list over articles held the CMS 4 s, ten did not end), on SQLite with
 * the whole process. The admin's own filter bar builds one `$and` entry per filter, a relation
 * filter one join: these bounds leave it everything it builds, for super admins too.
 */
export const ADMIN_FILTER_LIMITS = { toManyJoins: 2, joins: 4, branches: 10, conditions: 20, depth: 6 } as const;

interface Attribute {
  type?: string;
  relation?: string;
  target?: string;
  component?: string;
  repeatable?: boolean;
}

interface Cost {
  joins: number;
  toManyJoins: number;
  conditions: number;
}

const TO_ONE = new Set(['oneToOne', 'manyToOne', 'oneWay']);

const tooCostly = (what: string) =>
  new errors.ValidationError(`Bộ lọc quá phức tạp: ${what}. Hãy lọc ít điều kiện hơn (the filter is too complex: ${what}).`);

/** Walks `filters` on `uid`, counting what the query builder will join and compare. Throws past a bound. */
const walk = (strapi: Core.Strapi, uid: string, filters: unknown, depth: number, cost: Cost): void => {
  if (depth > ADMIN_FILTER_LIMITS.depth) throw tooCostly(`lồng quá ${ADMIN_FILTER_LIMITS.depth} tầng`);
  if (Array.isArray(filters)) {
    if (filters.length > ADMIN_FILTER_LIMITS.branches) throw tooCostly(`quá ${ADMIN_FILTER_LIMITS.branches} nhánh`);
    for (const item of filters) walk(strapi, uid, item, depth + 1, cost);
    return;
  }
  if (filters === null || typeof filters !== 'object') return;
  const entries = Object.entries(filters as Record<string, unknown>);
  if (entries.length > ADMIN_FILTER_LIMITS.branches) throw tooCostly(`quá ${ADMIN_FILTER_LIMITS.branches} nhánh`);
  const attributes = ((strapi.getModel(uid as never) as { attributes?: Record<string, Attribute> } | undefined)?.attributes ??
    {}) as Record<string, Attribute>;
  for (const [key, value] of entries) {
    if (key.startsWith('$')) {
      if (key === '$and' || key === '$or' || key === '$not') walk(strapi, uid, value, depth + 1, cost);
      else if ((cost.conditions += 1) > ADMIN_FILTER_LIMITS.conditions) throw tooCostly(`quá ${ADMIN_FILTER_LIMITS.conditions} điều kiện`);
      continue;
    }
    const attribute = attributes[key];
    const target =
      attribute?.type === 'relation'
        ? attribute.target
        : attribute?.type === 'component' || attribute?.type === 'media'
          ? (attribute.component ?? 'plugin::upload.file')
          : undefined;
    if (target) {
      cost.joins += 1;
      const toMany =
        attribute!.type === 'relation'
          ? !TO_ONE.has(attribute!.relation ?? '')
          : attribute!.type === 'component'
            ? Boolean(attribute!.repeatable)
            : true;
      if (toMany) cost.toManyJoins += 1;
      if (cost.joins > ADMIN_FILTER_LIMITS.joins) throw tooCostly(`quá ${ADMIN_FILTER_LIMITS.joins} quan hệ`);
      if (cost.toManyJoins > ADMIN_FILTER_LIMITS.toManyJoins) throw tooCostly(`quá ${ADMIN_FILTER_LIMITS.toManyJoins} quan hệ nhiều-nhiều`);
      walk(strapi, target, value, depth + 1, cost);
    } else if (value !== null && typeof value === 'object') {
      walk(strapi, uid, value, depth + 1, cost);
    } else if ((cost.conditions += 1) > ADMIN_FILTER_LIMITS.conditions) {
      throw tooCostly(`quá ${ADMIN_FILTER_LIMITS.conditions} điều kiện`);
    }
  }
};

interface PolicyContext {
  params: Record<string, string | undefined>;
  request: { query: Record<string, unknown> };
}

/** A content manager route's `filters` within ADMIN_FILTER_LIMITS, for every caller. */
const adminQueryCost = (context: PolicyContext, _config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const { model } = context.params;
  const filters = context.request.query?.filters;
  if (!model || filters === undefined) return true;
  walk(strapi, model, filters, 0, { joins: 0, toManyJoins: 0, conditions: 0 });
  return true;
};

export default adminQueryCost;
