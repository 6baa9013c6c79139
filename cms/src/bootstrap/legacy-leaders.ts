import type { Core } from '@strapi/strapi';

const LEGACY = 'legacy_unit_leaders';
const OFFICIAL = 'api::official.official';

interface LegacyLeader {
  unit_document_id: string;
  full_name: string | null;
  position: string | null;
  position_en: string | null;
  bio: string | null;
  bio_en: string | null;
  phone: string | null;
  email: string | null;
  order: number | null;
  photo_file_id: number | null;
}

/**
 * Turns the leaders a database kept in the old unit.leader component (saved aside by the
 * migration database/migrations/2026.12.07T00.00.00.keep-unit-leaders.js) into officials of the
 * same unit and site, the first of each unit its head, then drops the table: nothing typed in the
 * admin is lost when leaders became officials. An official already there by unit and name is kept.
 */
export const carryOverUnitLeaders = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection;
  if (!(await knex.schema.hasTable(LEGACY))) return;
  const rows = (await knex(LEGACY).select('*').orderBy(['unit_document_id', 'order', 'id'])) as LegacyLeader[];
  let created = 0;
  await strapi.db.transaction(async () => {
    const firstOf = new Set<string>();
    for (const row of rows) {
      const head = !firstOf.has(row.unit_document_id);
      firstOf.add(row.unit_document_id);
      if (!row.full_name || !row.position) continue;
      const unit = (await strapi.db.query('api::unit.unit').findOne({
        where: { documentId: row.unit_document_id },
        select: ['id', 'documentId'],
        populate: { site: { select: ['documentId'] } },
      })) as { documentId: string; site: { documentId: string } | null } | null;
      if (!unit?.site) continue;
      const exists = await strapi.db.query(OFFICIAL).count({ where: { name: row.full_name, unit: { documentId: unit.documentId } } });
      if (exists > 0) continue;
      await strapi.documents(OFFICIAL).create({
        data: {
          name: row.full_name,
          position: row.position,
          positionEn: row.position_en,
          rank: head ? 'head' : 'deputy',
          phone: row.phone,
          email: row.email,
          bio: row.bio,
          bioEn: row.bio_en,
          order: row.order ?? 0,
          photo: row.photo_file_id ?? undefined,
          site: unit.site.documentId,
          unit: unit.documentId,
        } as never,
      });
      created += 1;
    }
  });
  await knex.schema.dropTable(LEGACY);
  strapi.log.info(`Units' leaders carried over as officials: ${created} created from ${rows.length}.`);
};
