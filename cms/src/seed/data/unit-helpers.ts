import type { LeaderSeed, UnitSeed } from '../types';

export const WORKING_HOURS = 'Thứ Hai - Thứ Sáu: 7h30 - 11h30, 13h30 - 17h00';
export const WORKING_HOURS_EN = 'Monday to Friday: 7:30–11:30 and 13:30–17:00';

/** Quyết định 834/QĐ-UBND (2021): at least 3 items a month; from the 2024 plan at most 5. */
export const MONTHLY_QUOTA: UnitSeed['quota'] = { minItems: 3, maxItems: 5, period: 'month' };
/** A ward's People's Committee: the same 3 to 5 a month, counted on what reaches the city portal (QĐ 834). */
export const WARD_COMMITTEE_QUOTA: UnitSeed['quota'] = { ...MONTHLY_QUOTA, countsOn: 'city-portal' };
/** Party bodies and mass organisations: 3 features a quarter, as in Cẩm Mỹ's 2023 plan. */
export const QUARTERLY_QUOTA: UnitSeed['quota'] = { minItems: 3, period: 'quarter' };

/** Leaders in the order given. */
export const leaders = (...rows: Array<Omit<LeaderSeed, 'order'>>): LeaderSeed[] => rows.map((row, order) => ({ ...row, order }));
