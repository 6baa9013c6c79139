import type { Core } from '@strapi/strapi';

/** What anonymous readers (and the static-site build) may read: published public content only. */
export const PUBLIC_READ = [
  'api::site.site',
  'api::unit.unit',
  'api::official.official',
  'api::category.category',
  'api::tag.tag',
  'api::article.article',
  'api::legal-document.legal-document',
  'api::question.question',
  'api::work-schedule.work-schedule',
  'api::dataset.dataset',
  'api::public-service.public-service',
  'api::project.project',
  'api::procurement-notice.procurement-notice',
].flatMap((uid) => [`${uid}.find`, `${uid}.findOne`]);

const PERMISSION = 'plugin::users-permissions.permission';
const ROLE = 'plugin::users-permissions.role';

/**
 * Makes the Public role's rights on this project's APIs exactly PUBLIC_READ on every start, so a
 * right granted by hand in the admin (say, to royalty records) does not survive a restart.
 */
export const grantPublicRead = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query(ROLE).findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing; the plugin did not bootstrap.');

  const granted = (await strapi.db.query(PERMISSION).findMany({ where: { role: role.id } })) as Array<{
    id: number;
    action: string;
  }>;
  const wanted = new Set(PUBLIC_READ);
  const stray = granted.filter((p) => p.action.startsWith('api::') && !wanted.has(p.action));
  const have = new Set(granted.map((p) => p.action));
  const missing = PUBLIC_READ.filter((action) => !have.has(action));

  if (stray.length > 0) {
    await strapi.db.query(PERMISSION).deleteMany({ where: { id: { $in: stray.map((p) => p.id) } } });
    strapi.log.warn(`Removed public permissions not in the allowlist: ${stray.map((p) => p.action).join(', ')}`);
  }
  for (const action of missing) {
    await strapi.db.query(PERMISSION).create({ data: { action, role: role.id } });
  }
};

/** A portal's readers do not sign up: accounts are created by administrators. */
export const closePublicRegistration = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get()) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) await store.set({ value: { ...advanced, allow_register: false } });
};
