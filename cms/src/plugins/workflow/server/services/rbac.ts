import type { Core } from '@strapi/strapi';
import { ASSIGNMENT_UID, BOARD_CONDITIONS, BOARD_UIDS, BOARD_WRITERS, DIRECTION_READERS, DIRECTION_UID } from '../board/access';
import { ROLE_LABELS } from '../messages';
import { ANSWERER_WRITABLE, QUESTION_MANAGED_FIELDS, QUESTION_PERSONAL_FIELDS } from '../questions/fields';
import { answererScopes, MEMBERSHIP_UID, siteIdsWithRole } from './memberships';
import { CONTRIBUTOR_UID, PUBLIC_FIELDS } from './personal-data';
import { QUESTION_UID, WORKFLOW_UIDS, type Role } from './rules';
import { SECTION_PUBLISHERS, SECTION_TYPES, SECTION_WRITERS } from './sections';
import { BOARD_SETTINGS, SITE_STRUCTURE } from './site-structure';

/**
 * Per-site access on Strapi's own admin RBAC: one admin role per workflow role, whose content
 * permissions carry a condition that narrows them to the sites where the user holds that role
 * (memberships). A user's admin roles follow their memberships (see syncAdminRoles).
 */

export const ROLE_CODES: Record<Role, string> = {
  contributor: 'workflow-contributor',
  editor: 'workflow-editor',
  approver: 'workflow-approver',
  'site-admin': 'workflow-site-admin',
  'board-head': 'workflow-board-head',
  finance: 'workflow-finance',
  answerer: 'workflow-answerer',
};

/**
 * Shows the reports plugin ("Báo cáo") in the menu. What each page holds is decided per site by
 * the plugin's own routes (plugins/reports/server/services/access.ts), not by this permission.
 */
export const REPORTS_READ = 'plugin::reports.read';

/**
 * Shows the "Góp ý dự thảo" page to editors and approvers; which drafts' comments each sees is
 * decided per site by the participation plugin's routes (plugins/participation/server/services/access.ts).
 */
export const PARTICIPATION_MODERATE = 'plugin::participation.moderate';

/** Shows the "Hỏi đáp" page (admin/src/pages/QuestionsPage.tsx); its routes decide per site and unit what it lists. */
export const QUESTIONS_READ = 'plugin::workflow.questions';

/** Fields only the workflow writes; no role gets them in its create/update permissions. */
export const WORKFLOW_FIELDS = ['workflowState', 'scheduledAt', 'creditSite', 'proposedFrom'];

interface AdminUserLike {
  id: number;
}

type Handler = (user: AdminUserLike) => Promise<Record<string, unknown> | false>;

const onSitesWhere =
  (strapi: Core.Strapi, role: Role, key: 'site.id' | 'id'): Handler =>
  async (user) => {
    const ids = await siteIdsWithRole(strapi, user.id, [role]);
    return ids.length > 0 ? { [key]: { $in: ids } } : false;
  };

export const conditions = (strapi: Core.Strapi) => [
  {
    name: 'own-item-on-my-sites',
    displayName: 'Của tôi, trên trang tôi là cộng tác viên',
    plugin: 'workflow',
    handler: (async (user) => {
      const ids = await siteIdsWithRole(strapi, user.id, ['contributor']);
      return ids.length > 0 ? { $and: [{ 'createdBy.id': user.id }, { 'site.id': { $in: ids } }] } : false;
    }) as Handler,
  },
  {
    name: 'on-sites-i-edit',
    displayName: 'Trên trang tôi biên tập',
    plugin: 'workflow',
    handler: onSitesWhere(strapi, 'editor', 'site.id'),
  },
  {
    name: 'on-sites-i-approve',
    displayName: 'Trên trang tôi duyệt',
    plugin: 'workflow',
    handler: onSitesWhere(strapi, 'approver', 'site.id'),
  },
  {
    name: 'on-sites-i-administer',
    displayName: 'Thuộc trang tôi quản trị',
    plugin: 'workflow',
    handler: onSitesWhere(strapi, 'site-admin', 'site.id'),
  },
  { name: 'site-i-administer', displayName: 'Trang tôi quản trị', plugin: 'workflow', handler: onSitesWhere(strapi, 'site-admin', 'id') },
  {
    // The pair matters: an answerer of unit X on a ward sees X's questions of that ward only.
    name: 'question-of-my-unit',
    displayName: 'Câu hỏi giao cho đơn vị tôi trả lời, trên trang của đơn vị',
    plugin: 'workflow',
    handler: (async (user) => {
      const scopes = await answererScopes(strapi, user.id);
      if (scopes.length === 0) return false;
      return { $or: scopes.map(({ siteId, unitId }) => ({ $and: [{ 'site.id': siteId }, { 'unit.id': unitId }] })) };
    }) as Handler,
  },
];

const CM = 'plugin::content-manager.explorer';

interface Permission {
  action: string;
  subject?: string;
  properties?: { fields?: string[] };
  conditions?: string[];
}

interface ContentTypeService {
  getNestedFields(model: unknown, options: { components: unknown }): string[];
}

const fieldsOf = (strapi: Core.Strapi, uid: string, writable: boolean): string[] => {
  const service = strapi.service('admin::content-type') as unknown as ContentTypeService;
  const fields = service.getNestedFields(strapi.contentTypes[uid as keyof typeof strapi.contentTypes], { components: strapi.components });
  const managed: readonly string[] = uid === QUESTION_UID ? [...WORKFLOW_FIELDS, ...QUESTION_MANAGED_FIELDS] : WORKFLOW_FIELDS;
  return writable ? fields.filter((field) => !managed.includes(field.split('.')[0])) : fields;
};

/** Create, read, update and delete on a content type, narrowed by one condition. */
const crud = (strapi: Core.Strapi, uid: string, condition: string, actions = ['create', 'read', 'update', 'delete']): Permission[] =>
  actions.map((action) => ({
    action: `${CM}.${action}`,
    subject: uid,
    properties: action === 'delete' ? {} : { fields: fieldsOf(strapi, uid, action !== 'read') },
    // Creating has no stored item to test a condition against; the workflow guard checks the site.
    conditions: action === 'create' ? [] : [condition],
  }));

/**
 * Reading contributors' personal fields (services/personal-data.ts): a second read permission on
 * the same type with every field, under a condition. Strapi keeps, per entity, the union of the
 * fields of the permissions whose condition the entity meets.
 */
const personalRead = (strapi: Core.Strapi, condition: string): Permission => ({
  action: `${CM}.read`,
  subject: CONTRIBUTOR_UID,
  properties: { fields: fieldsOf(strapi, CONTRIBUTOR_UID, false) },
  conditions: [condition],
});

/** What every member may look up in relation pickers, and the media library as Strapi's own Author role has it. */
const common = (strapi: Core.Strapi): Permission[] => [
  ...['api::site.site', 'api::category.category', 'api::unit.unit', 'api::tag.tag'].map((uid) => ({
    action: `${CM}.read`,
    subject: uid,
    properties: { fields: fieldsOf(strapi, uid, false) },
  })),
  // Any contributor's name and unit, to pick the authors of a piece; their own record in full.
  { action: `${CM}.read`, subject: CONTRIBUTOR_UID, properties: { fields: [...PUBLIC_FIELDS] } },
  personalRead(strapi, 'plugin::workflow.my-contributor-record'),
  { action: 'plugin::upload.read' },
  { action: 'plugin::upload.configure-view' },
  { action: 'plugin::upload.assets.create' },
  { action: 'plugin::upload.assets.update', conditions: ['admin::is-creator'] },
  { action: 'plugin::upload.assets.download' },
  { action: 'plugin::upload.assets.copy-link' },
];

/**
 * Articles and legal documents in full; questions without `create` (they come from citizens) and
 * only for editors and approvers: a contributor has nothing to do with questions.
 */
const content = (strapi: Core.Strapi, condition: string, questions: boolean): Permission[] =>
  WORKFLOW_UIDS.flatMap((uid) =>
    uid !== QUESTION_UID ? crud(strapi, uid, condition) : questions ? crud(strapi, uid, condition, ['read', 'update', 'delete']) : []
  );

/**
 * A unit's answerer, on the questions assigned to their unit: reads what answering needs (the
 * question, its field, the asker's name to address the answer, the deadline), never the asker's
 * e-mail, phone or tracking code, nor a private answer; writes the answer only.
 */
const answering = (strapi: Core.Strapi): Permission[] => {
  const condition = 'plugin::workflow.question-of-my-unit';
  const personal: readonly string[] = QUESTION_PERSONAL_FIELDS;
  return [
    {
      action: `${CM}.read`,
      subject: QUESTION_UID,
      properties: { fields: fieldsOf(strapi, QUESTION_UID, false).filter((field) => !personal.includes(field.split('.')[0])) },
      conditions: [condition],
    },
    { action: `${CM}.update`, subject: QUESTION_UID, properties: { fields: [...ANSWERER_WRITABLE] }, conditions: [condition] },
  ];
};

/**
 * The law's other sections (services/sections.ts) on the sites where the role is held: kept by the
 * writers, published and withdrawn by the publishers only.
 */
const sections = (strapi: Core.Strapi, role: Role, condition: string): Permission[] => {
  if (!SECTION_WRITERS.includes(role)) return [];
  return SECTION_TYPES.flatMap((uid) => [
    ...crud(strapi, uid, condition),
    ...(SECTION_PUBLISHERS.includes(role) && strapi.contentTypes[uid as keyof typeof strapi.contentTypes]?.options?.draftAndPublish
      ? [{ action: `${CM}.publish`, subject: uid, properties: {}, conditions: [condition] }]
      : []),
  ]);
};

const permissionsFor = (strapi: Core.Strapi, role: Role): Permission[] => {
  switch (role) {
    case 'contributor':
      return [...common(strapi), ...content(strapi, 'plugin::workflow.own-item-on-my-sites', false)];
    case 'editor':
      return [
        ...common(strapi),
        ...content(strapi, 'plugin::workflow.on-sites-i-edit', true),
        ...sections(strapi, role, 'plugin::workflow.on-sites-i-edit'),
        { action: REPORTS_READ },
        { action: PARTICIPATION_MODERATE },
        { action: QUESTIONS_READ },
      ];
    case 'approver':
      return [
        ...common(strapi),
        ...content(strapi, 'plugin::workflow.on-sites-i-approve', true),
        ...sections(strapi, role, 'plugin::workflow.on-sites-i-approve'),
        { action: REPORTS_READ },
        { action: PARTICIPATION_MODERATE },
        { action: QUESTIONS_READ },
      ];
    case 'answerer':
      return [...common(strapi), ...answering(strapi), { action: QUESTIONS_READ }];
    case 'board-head':
    case 'finance':
      // They approve and pay royalties, so they read the payment details of their site's contributors.
      return [...common(strapi), personalRead(strapi, 'plugin::workflow.contributor-on-sites-i-pay'), { action: REPORTS_READ }];
    case 'site-admin':
      return [
        ...common(strapi),
        ...crud(strapi, 'api::category.category', 'plugin::workflow.on-sites-i-administer'),
        ...sections(strapi, role, 'plugin::workflow.on-sites-i-administer'),
        ...crud(strapi, MEMBERSHIP_UID, 'plugin::workflow.on-sites-i-administer'),
        // Their site's settings, not its place among the others nor the board's report settings (site-settings-guard.ts refuses those on save too).
        ...crud(strapi, 'api::site.site', 'plugin::workflow.site-i-administer', ['update']).map((permission) => ({
          ...permission,
          properties: {
            fields: permission.properties?.fields?.filter(
              (field) => !([...SITE_STRUCTURE, ...BOARD_SETTINGS] as readonly string[]).includes(field.split('.')[0])
            ),
          },
        })),
        { action: 'admin::users.read' },
        // The rebuild page, where they rebuild and roll back their own site (plugins/rebuild).
        { action: 'plugin::rebuild.read' },
        // The outbox, where they read their site's outgoing mail (plugins/mail).
        { action: 'plugin::mail.read' },
      ];
  }
};

/**
 * The board's month (board/access.ts): the board of a site keeps its directions and assignments;
 * its contributors and administrator read its directions; a contributor reads what is assigned to
 * them or their unit.
 */
const board = (strapi: Core.Strapi, role: Role): Permission[] => {
  if (BOARD_WRITERS.includes(role)) return BOARD_UIDS.flatMap((uid) => crud(strapi, uid, BOARD_CONDITIONS.runs));
  const reads = DIRECTION_READERS.includes(role) ? crud(strapi, DIRECTION_UID, BOARD_CONDITIONS.reads, ['read']) : [];
  return role === 'contributor' ? [...reads, ...crud(strapi, ASSIGNMENT_UID, BOARD_CONDITIONS.assigned, ['read'])] : reads;
};

interface RoleRow {
  id: number;
  code: string;
}

interface RoleService {
  findOne(params: { code: string }): Promise<RoleRow | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<RoleRow>;
  assignPermissions(roleId: number, permissions: Permission[]): Promise<unknown>;
}

const roleService = (strapi: Core.Strapi) => strapi.service('admin::role') as unknown as RoleService;

/** Creates the four admin roles if missing and resets their permissions to what this file says. */
export const ensureAdminRoles = async (strapi: Core.Strapi): Promise<void> => {
  const service = roleService(strapi);
  for (const [role, code] of Object.entries(ROLE_CODES) as Array<[Role, string]>) {
    const existing =
      (await service.findOne({ code })) ??
      (await service.create({
        name: ROLE_LABELS[role],
        code,
        description: 'Quyền theo trang: chỉ áp dụng trên các trang được phân quyền (Phân quyền biên tập).',
      }));
    await service.assignPermissions(existing.id, [...permissionsFor(strapi, role), ...board(strapi, role)]);
  }
};

/**
 * Gives a user exactly the workflow admin roles their memberships call for, keeping any other
 * role (Super Admin, roles an operator made by hand).
 */
export const syncAdminRoles = async (strapi: Core.Strapi, userId: number): Promise<void> => {
  const user = (await strapi.db.query('admin::user').findOne({ where: { id: userId }, populate: ['roles'] })) as {
    roles: RoleRow[];
  } | null;
  if (!user) return;
  const memberships = (await strapi.db.query(MEMBERSHIP_UID).findMany({
    where: { user: { id: userId } },
    select: ['role'],
  })) as Array<{ role: Role }>;
  const wanted = new Set(memberships.map((m) => ROLE_CODES[m.role]).filter(Boolean));
  const workflowCodes = new Set(Object.values(ROLE_CODES));
  const service = roleService(strapi);
  const wantedIds: number[] = [];
  for (const code of wanted) {
    const role = await service.findOne({ code });
    if (role) wantedIds.push(role.id);
  }
  const kept = user.roles.filter((role) => !workflowCodes.has(role.code)).map((role) => role.id);
  const next = [...new Set([...kept, ...wantedIds])].sort();
  const current = user.roles.map((role) => role.id).sort();
  if (JSON.stringify(next) === JSON.stringify(current)) return;
  await strapi.db.query('admin::user').update({ where: { id: userId }, data: { roles: next } });
};
