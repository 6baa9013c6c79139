/** A nested query value as Strapi's REST API reads it (qs bracket notation). */
export type QueryValue = string | number | boolean | QueryValue[] | { [key: string]: QueryValue };

/** Serialises a nested object to `a[b][0]=c&…`, the bracket notation Strapi parses with qs. */
export const toQueryString = (query: Record<string, QueryValue>): string => {
  const pairs: string[] = [];
  const walk = (prefix: string, value: QueryValue): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(`${prefix}[${i}]`, v));
    else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(prefix ? `${prefix}[${k}]` : k, v);
    } else pairs.push(`${encodeURIComponent(prefix).replace(/%5B/g, '[').replace(/%5D/g, ']')}=${encodeURIComponent(String(value))}`);
  };
  walk('', query);
  return pairs.join('&');
};
