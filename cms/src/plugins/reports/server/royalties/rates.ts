import type { Core } from '@strapi/strapi';
import { RATE, UNIT_VALUE } from '../services/uids';

export interface FormRate {
  rateTableId: number;
  rateTableName: string;
  min: number;
  max: number;
  base: number;
}

interface RateRow {
  id: number;
  name: string;
  rates?: Array<{ form: string; minCoefficient: unknown; maxCoefficient: unknown; defaultCoefficient: unknown }>;
}

/** PostgreSQL returns decimal and bigint columns as strings; SQLite as numbers. */
export const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value ?? 0));

/** Valid on `date` (YYYY-MM-DD): from validFrom on, up to and including validTo when there is one. */
const validOn = (date: string) => ({ validFrom: { $lte: date }, $or: [{ validTo: null }, { validTo: { $gte: date } }] });

/** The coefficient range for a form in the site's rate table valid on the date, if any. */
export const formRate = async (strapi: Core.Strapi, siteId: number, date: string, form: string): Promise<FormRate | null> => {
  const [table] = (await strapi.db.query(RATE).findMany({
    where: { site: { id: siteId }, ...validOn(date) },
    populate: { rates: true },
    orderBy: [{ validFrom: 'desc' }, { id: 'desc' }],
    limit: 1,
  })) as RateRow[];
  const row = table?.rates?.find((rate) => rate.form === form);
  if (!table || !row) return null;
  return {
    rateTableId: table.id,
    rateTableName: table.name,
    min: num(row.minCoefficient),
    max: num(row.maxCoefficient),
    base: num(row.defaultCoefficient),
  };
};

/** The value of one coefficient unit (VND) for the site on the date, if any. */
export const unitValueOn = async (strapi: Core.Strapi, siteId: number, date: string): Promise<number | null> => {
  const [row] = (await strapi.db.query(UNIT_VALUE).findMany({
    where: { site: { id: siteId }, ...validOn(date) },
    select: ['amount'],
    orderBy: [{ validFrom: 'desc' }, { id: 'desc' }],
    limit: 1,
  })) as Array<{ amount: unknown }>;
  return row ? num(row.amount) : null;
};
