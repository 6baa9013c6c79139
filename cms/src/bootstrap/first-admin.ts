import type { Core } from '@strapi/strapi';

/**
 * Creates the first super admin from ADMIN_EMAIL / ADMIN_PASSWORD when there is no admin yet,
 * so a fresh install is usable without the registration form. Never touches an existing admin.
 */
export const ensureFirstAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const email = process.env.ADMIN_EMAIL;
  const password = process.env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const userService = strapi.service('admin::user');
  if (await userService.exists()) return;

  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdmin) throw new Error('The Super Admin role is missing; the admin did not bootstrap.');
  await userService.create({
    email,
    password,
    firstname: process.env.ADMIN_FIRSTNAME ?? 'Quản trị',
    lastname: process.env.ADMIN_LASTNAME ?? 'hệ thống',
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  strapi.log.info(`Created the first admin user ${email}.`);
};
