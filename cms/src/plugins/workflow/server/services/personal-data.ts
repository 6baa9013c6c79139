import type { Core } from '@strapi/strapi';
import { sanitize, traverse } from '@strapi/utils';
import { QUESTION_PERSONAL_FIELDS } from '../questions/fields';
import { siteIdsWithRole } from './memberships';
import { QUESTION_UID } from './rules';

/**
 * Contributors' personal data is need-to-know (issue 22). A contributor's record holds, besides
 * the name staff pick in the article's "Tác giả" field, the account royalties are paid into and
 * the numbers that identify them: bank account, tax code, citizen ID (`paymentDetails`), and their
 * own phone and e-mail. Decree 13/2023/NĐ-CP on personal data protection counts all of these as
 * personal data; only the people who pay royalties need them.
 *
 * - Everyone with a workflow role reads PUBLIC_FIELDS: the name, the unit and whether the person is
 *   still active, which is what an editor needs to pick the author of a piece.
 * - The head of the board and finance of the contributor's site (the site of the contributor's
 *   unit) read every field: they approve and pay the royalties.
 * - The contributor themself (the admin user the record is linked to) reads every field of their
 *   own record, to check where their royalties go. Reading only: a changed bank account redirects
 *   payments, so it goes through finance or an operator, never through a session that may be
 *   stolen (issue 22's threat model: "a stolen editor session").
 * - Super admins (operators) read everything, as Strapi gives them.
 */

export const CONTRIBUTOR_UID = 'api::contributor.contributor';
export const PAYMENT_COMPONENT = 'contributor.payment-details';

/** What everyone with a workflow role reads of any contributor. */
export const PUBLIC_FIELDS = ['fullName', 'unit', 'active'] as const;

/** Fields that carry no personal data and that Strapi itself keeps on every row. */
const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'];

const KNOWN_SAFE = new Set<string>([...PUBLIC_FIELDS, ...SYSTEM_FIELDS]);

const QUESTION_PERSONAL = new Set<string>(QUESTION_PERSONAL_FIELDS);

/**
 * True when reading, filtering or sorting on this attribute would reveal personal data: a
 * contributor's, or a citizen's contact details on a question (questions/fields.ts).
 */
export const isPersonalAttribute = (schemaUid: string | undefined, key: string): boolean =>
  schemaUid === PAYMENT_COMPONENT ||
  (schemaUid === CONTRIBUTOR_UID && !KNOWN_SAFE.has(key)) ||
  (schemaUid === QUESTION_UID && QUESTION_PERSONAL.has(key));

type Handler = (user: { id: number }) => Promise<Record<string, unknown> | false>;

const contributorIds = async (strapi: Core.Strapi, where: Record<string, unknown>): Promise<number[]> =>
  ((await strapi.db.query(CONTRIBUTOR_UID).findMany({ where, select: ['id'] })) as Array<{ id: number }>).map((row) => row.id);

/**
 * The conditions narrow by contributor id, not by `unit.site.id`: Strapi tests a condition twice,
 * as a query filter and against the loaded entity, and the content manager loads a contributor's
 * unit as a count only, so a relation path would never match the loaded entity.
 */
export const personalDataConditions = (strapi: Core.Strapi) => [
  {
    name: 'contributor-on-sites-i-pay',
    displayName: 'Cộng tác viên thuộc trang tôi là Trưởng ban biên tập hoặc Kế toán',
    plugin: 'workflow',
    handler: (async (user) => {
      const sites = await siteIdsWithRole(strapi, user.id, ['board-head', 'finance']);
      if (sites.length === 0) return false;
      const ids = await contributorIds(strapi, { unit: { site: { id: { $in: sites } } } });
      return ids.length > 0 ? { id: { $in: ids } } : false;
    }) as Handler,
  },
  {
    name: 'my-contributor-record',
    displayName: 'Hồ sơ cộng tác viên của chính tôi',
    plugin: 'workflow',
    handler: (async (user) => {
      const ids = await contributorIds(strapi, { adminUser: { id: user.id } });
      return ids.length > 0 ? { id: { $in: ids } } : false;
    }) as Handler,
  },
];

type Query = Record<string, unknown>;
type Visitor = Parameters<typeof traverse.traverseQueryFilters>[0];
type Model = Parameters<typeof traverse.traverseQueryFilters>[1]['schema'];

/** Keys inside a populate entry that hold a query of the populated model (nested populate is walked by Strapi). */
const NESTED_QUERY_KEYS = ['filters', 'sort', 'fields'];

/**
 * Every attribute path in a query's filters, sort, fields and populate (nested ones included,
 * `*` expanded) that reaches a contributor's personal data, from whichever model it starts:
 *
 * - a personal field named anywhere: an editor filtering articles by
 *   `authors.contributor.paymentDetails.accountNumber` learns the account digit by digit without
 *   ever reading it, so naming the field is refused, not only returning it;
 * - any relation into contributors from another model (`unit.contributors`,
 *   `authors.contributor`), whatever field follows: the content manager populates every relation
 *   a filter goes through and returns it whole under the other model's fields, where the
 *   contributor's own field permissions are never applied.
 */
export const personalPathsIn = async (strapi: Core.Strapi, uid: string, query: Query): Promise<string[]> => {
  const found: string[] = [];
  const getModel = (name: string) => strapi.getModel(name as never) as unknown as Model;
  const walk = async (schema: Model, part: Query): Promise<void> => {
    const options = { schema, getModel };
    const visitor: Visitor = async ({ key, attribute, schema: at, path, value }) => {
      const intoContributors = attribute?.type === 'relation' && (attribute as { target?: string }).target === CONTRIBUTOR_UID;
      if (attribute && (isPersonalAttribute(at.uid, key) || intoContributors)) found.push(path.attribute ?? key);
      if (!attribute && NESTED_QUERY_KEYS.includes(key) && value !== null && value !== undefined) await walk(at, { [key]: value });
    };
    if (part.filters) await traverse.traverseQueryFilters(visitor, options, part.filters);
    if (part.sort) await traverse.traverseQuerySort(visitor, options, part.sort);
    if (part.fields) await traverse.traverseQueryFields(visitor, options, part.fields);
    if (part.populate) {
      const expanded = await traverse.traverseQueryPopulate(sanitize.visitors.expandWildcardPopulate, options, part.populate);
      await traverse.traverseQueryPopulate(visitor, options, expanded);
    }
  };
  const model = getModel(uid);
  if (model) await walk(model, query);
  return [...new Set(found)];
};
