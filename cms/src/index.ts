import type { Core } from '@strapi/strapi';
import { applyAdminLabels } from './bootstrap/admin-labels';
import { registerDocumentMiddlewares } from './bootstrap/document-middlewares';
import { ensureFirstAdmin } from './bootstrap/first-admin';
import { ensureHolidayCalendar } from './calendar/calendar-store';
import { ensureOperatorRole } from './plugins/rebuild/server/services/access';
import { ensureAdminRoles } from './plugins/workflow/server/services/rbac';
import { closePublicRegistration, grantPublicRead } from './bootstrap/public-permissions';
import { carryOverUnitLeaders } from './bootstrap/legacy-leaders';
import { seedDemoDataIfEmpty } from './seed';
import { keepSqliteStatistics, stopSqliteStatistics } from './bootstrap/sqlite-statistics';
import { backfillNumberKeys } from './validation/legal-document';
import { settleDatabase } from './utils/settle-database';
import { closeSourcePool } from './statistics/source-file';
import { guardUidGeneration } from './middlewares/uid-without-source';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerDocumentMiddlewares(strapi);
    guardUidGeneration(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await grantPublicRead(strapi);
    await closePublicRegistration(strapi);
    await applyAdminLabels(strapi);
    await ensureAdminRoles(strapi);
    await ensureOperatorRole(strapi);
    await ensureFirstAdmin(strapi);
    await backfillNumberKeys(strapi);
    await ensureHolidayCalendar(strapi);
    await carryOverUnitLeaders(strapi);
    await seedDemoDataIfEmpty(strapi);
    await keepSqliteStatistics(strapi);
  },

  // Runs before Strapi closes the database (after the plugins' own destroy).
  async destroy({ strapi }: { strapi: Core.Strapi }) {
    stopSqliteStatistics();
    await closeSourcePool();
    if (!(await settleDatabase(strapi)))
      strapi.log.warn('Shutdown: database work was still running after 5 s; closing the connections under it.');
  },
};
