// Which filter values an attribute's type takes. A value the database cannot compare (a word where
// a number or a date belongs) is a 400 here, not an SQL error (PostgreSQL refuses `id = 'abc'`).

const INTEGER = /^-?\d{1,15}$/;
const DECIMAL = /^-?\d{1,15}(\.\d{1,10})?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/;

const TEXT_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration']);

/** A real calendar day (2024-02-30 is not one). */
const isDay = (y: string, m: string, d: string): boolean => {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCFullYear() === Number(y) && date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d);
};

const isClock = (h = '0', min = '0', s = '0'): boolean => Number(h) < 24 && Number(min) < 60 && Number(s) < 60;

/** Whether a filter value suits an attribute of this type. */
export const suitsType = (type: string, value: string): boolean => {
  if (TEXT_TYPES.has(type)) return true;
  switch (type) {
    case 'integer':
    case 'biginteger':
      return INTEGER.test(value);
    case 'decimal':
    case 'float':
      return DECIMAL.test(value);
    case 'boolean':
      return value === 'true' || value === 'false';
    case 'date': {
      const m = DATE.exec(value);
      return !!m && isDay(m[1], m[2], m[3]);
    }
    case 'datetime': {
      const m = DATETIME.exec(value);
      return !!m && isDay(m[1], m[2], m[3]) && isClock(m[4], m[5], m[6]);
    }
    case 'time': {
      const m = TIME.exec(value);
      return !!m && isClock(m[1], m[2], m[3]);
    }
    default:
      return false;
  }
};

/** Whether text operators ($contains, $startsWith, $eqi…) apply: on text, not on numbers or dates. */
export const isTextType = (type: string): boolean => TEXT_TYPES.has(type);
