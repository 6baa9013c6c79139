import type { SeedContext, Index } from '../context';
import type { AdminRoleSeed, StaffSeed } from '../data/staff';

/**
 * Creates the demo staff accounts and their site memberships when DEMO_STAFF_PASSWORD is set
 * (`npm start` sets it in cms/.env), so the workflow can be tried role by role. Existing
 * accounts are left as they are.
 */
export const seedDemoStaff = async (ctx: SeedContext, staff: readonly StaffSeed[], sites: Index, units: Index): Promise<void> => {
  const password = process.env.DEMO_STAFF_PASSWORD;
  if (!password) return;
  const { strapi } = ctx;
  const users = strapi.service('admin::user');
  let created = 0;
  for (const person of staff) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: person.email }, select: ['id'] })) continue;
    const site = sites.get(person.site);
    if (!site) throw new Error(`Demo staff ${person.email}: site ${person.site} is not in the demo data`);
    const unit = person.unit ? units.get(person.unit) : undefined;
    if (person.unit && !unit) throw new Error(`Demo staff ${person.email}: unit ${person.unit} is not in the demo data`);
    await strapi.db.transaction(async () => {
      const user = (await users.create({
        email: person.email,
        password,
        firstname: person.firstname,
        lastname: person.lastname,
        isActive: true,
        registrationToken: null,
        roles: [],
      })) as { id: number };
      await strapi
        .documents('plugin::workflow.membership')
        .create({ data: { user: user.id, site, role: person.role, ...(unit ? { unit } : {}) } as never });
    });
    created += 1;
  }
  if (created > 0) ctx.log(`staff: ${created} demo accounts`);
};

/** Creates the demo accounts that hold an admin role of their own (operators), like seedDemoStaff. */
export const seedDemoRoleHolders = async (ctx: SeedContext, people: readonly AdminRoleSeed[]): Promise<void> => {
  const password = process.env.DEMO_STAFF_PASSWORD;
  if (!password) return;
  const { strapi } = ctx;
  let created = 0;
  for (const person of people) {
    if (await strapi.db.query('admin::user').findOne({ where: { email: person.email }, select: ['id'] })) continue;
    const role = (await strapi.db.query('admin::role').findOne({ where: { code: person.roleCode }, select: ['id'] })) as {
      id: number;
    } | null;
    if (!role) throw new Error(`Demo account ${person.email}: there is no admin role ${person.roleCode}`);
    const { roleCode: _code, ...profile } = person;
    await strapi.service('admin::user').create({ ...profile, password, isActive: true, registrationToken: null, roles: [role.id] });
    created += 1;
  }
  if (created > 0) ctx.log(`staff: ${created} demo operator account(s)`);
};
