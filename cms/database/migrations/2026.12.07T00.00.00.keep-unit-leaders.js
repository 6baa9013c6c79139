'use strict';
// Units' leaders were a repeatable component (unit.leader); they are officials now
// (api::official.official). Strapi drops a removed component's table when it syncs the schema,
// which runs after the migrations: this copies the leaders, with their unit's documentId and
// photo, into a table Strapi does not track, from which bootstrap creates the officials
// (src/bootstrap/legacy-leaders.ts) and which it then drops.

const LEGACY = 'legacy_unit_leaders';

/** @param {import('knex').Knex} knex */
const up = async (knex) => {
  if (!(await knex.schema.hasTable('components_unit_leaders')) || (await knex.schema.hasTable(LEGACY))) return;
  await knex.schema.createTable(LEGACY, (t) => {
    t.increments('id');
    t.string('unit_document_id');
    t.string('full_name');
    t.string('position');
    t.string('position_en');
    t.text('bio');
    t.text('bio_en');
    t.string('phone');
    t.string('email');
    t.integer('order');
    t.integer('photo_file_id');
  });
  const rows = await knex('components_unit_leaders as l')
    .join('units_cmps as c', (on) => on.on('c.cmp_id', '=', 'l.id').andOnVal('c.component_type', '=', 'unit.leader'))
    .join('units as u', 'u.id', 'c.entity_id')
    .leftJoin('files_related_mph as f', (on) =>
      on.on('f.related_id', '=', 'l.id').andOnVal('f.related_type', '=', 'unit.leader').andOnVal('f.field', '=', 'photo')
    )
    .select(
      'u.document_id as unit_document_id',
      'l.full_name',
      'l.position',
      'l.position_en',
      'l.bio',
      'l.bio_en',
      'l.phone',
      'l.email',
      'l.order',
      'f.file_id as photo_file_id'
    );
  // Draft and published rows of a unit hold copies of the same leaders: keep one per unit and name.
  const seen = new Set();
  const unique = rows.filter((row) => {
    const key = `${row.unit_document_id}|${row.full_name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (let i = 0; i < unique.length; i += 100) await knex(LEGACY).insert(unique.slice(i, i + 100));
};

module.exports = { up };
