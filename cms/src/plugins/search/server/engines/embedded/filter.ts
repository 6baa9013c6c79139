import { SEARCH_LIMITS } from '../request';
import { FILTERABLE_ATTRIBUTES, NUMERIC_ATTRIBUTES } from '../../../../../search/settings';
import { SearchRequestError } from '../errors';

export interface SqlFragment {
  sql: string;
  params: Array<string | number>;
}

const FILTERABLE: ReadonlySet<string> = new Set(FILTERABLE_ATTRIBUTES);

// attr = "value" | attr != value | attr > 3 | attr IN ["a", "b"] | attr NOT IN [...] | attr 2020 TO 2024
const ATOM = /^\s*([A-Za-z][\w.]*)\s*(=|!=|>=|<=|>|<|NOT IN|IN|TO)?\s*(.*?)\s*$/s;
const RANGE = /^\s*([A-Za-z][\w.]*)\s+(\S+)\s+TO\s+(\S+)\s*$/s;

/** A filter value: "quoted", 'quoted' or bare, with \" escapes. */
const parseValue = (raw: string): string => {
  const text = raw.trim();
  const quote = text[0];
  if ((quote === '"' || quote === "'") && text.endsWith(quote) && text.length >= 2) return text.slice(1, -1).replace(/\\(["'\\])/g, '$1');
  return text;
};

const parseList = (raw: string, expression: string): string[] => {
  const text = raw.trim();
  if (!text.startsWith('[') || !text.endsWith(']'))
    throw new SearchRequestError(`Bộ lọc "${expression}": sau IN cần một danh sách [..].`, 'invalid_search_filter');
  const inner = text.slice(1, -1);
  const values = inner.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,\s][^,]*/g) ?? [];
  return values.map(parseValue);
};

const attribute = (name: string, expression: string): string => {
  if (!FILTERABLE.has(name)) {
    throw new SearchRequestError(
      `Thuộc tính "${name}" không lọc được (bộ lọc "${expression}"). Các thuộc tính lọc được: ${FILTERABLE_ATTRIBUTES.join(', ')}.`,
      'invalid_search_filter'
    );
  }
  return name;
};

/**
 * Counts a filter's conditions as they are parsed (each value of an IN list and each OR branch is
 * one) and refuses the filter past SEARCH_LIMITS.filterTerms: every condition is one more probe of
 * the values table per matching record, and a filter of thousands held the engine for seconds.
 */
type Spend = (terms: number) => void;

const budget = (): Spend => {
  let used = 0;
  return (terms) => {
    used += terms;
    if (used > SEARCH_LIMITS.filterTerms) {
      throw new SearchRequestError(
        `Bộ lọc quá lớn: tối đa ${SEARCH_LIMITS.filterTerms} điều kiện, kể cả từng giá trị trong IN [..] và từng nhánh OR (filter too large).`,
        'invalid_search_filter'
      );
    }
  };
};

/** One comparison as SQL on the values table (`values` is its quoted name, `doc` the docs row alias). */
const atomSql = (expression: string, values: string, doc: string, spend: Spend): SqlFragment => {
  spend(1);
  const exists = (condition: string, params: Array<string | number>, negate = false): SqlFragment => ({
    sql: `${negate ? 'NOT ' : ''}EXISTS (SELECT 1 FROM ${values} v WHERE v.docRowid = ${doc}.rowid AND v.attr = ? AND ${condition})`,
    params,
  });
  const range = RANGE.exec(expression);
  if (range) {
    const name = attribute(range[1], expression);
    const [low, high] = [Number(parseValue(range[2])), Number(parseValue(range[3]))];
    if (Number.isNaN(low) || Number.isNaN(high))
      throw new SearchRequestError(`Bộ lọc "${expression}": TO cần hai số.`, 'invalid_search_filter');
    return exists('v.num BETWEEN ? AND ?', [name, low, high]);
  }
  const match = ATOM.exec(expression);
  if (!match || !match[2]) throw new SearchRequestError(`Không hiểu bộ lọc "${expression}".`, 'invalid_search_filter');
  const [, rawName, operator, rawValue] = match;
  const name = attribute(rawName, expression);
  switch (operator) {
    case 'IN':
    case 'NOT IN': {
      const list = parseList(rawValue, expression);
      spend(Math.max(list.length - 1, 0));
      if (list.length === 0) return { sql: operator === 'IN' ? '0' : '1', params: [] };
      return exists(`v.value IN (${list.map(() => '?').join(', ')})`, [name, ...list], operator === 'NOT IN');
    }
    case '=':
      return exists('v.value = ?', [name, parseValue(rawValue)]);
    case '!=':
      return exists('v.value = ?', [name, parseValue(rawValue)], true);
    default: {
      if (!NUMERIC_ATTRIBUTES.has(name))
        throw new SearchRequestError(`Bộ lọc "${expression}": ${operator} chỉ dùng cho số.`, 'invalid_search_filter');
      const value = Number(parseValue(rawValue));
      if (Number.isNaN(value)) throw new SearchRequestError(`Bộ lọc "${expression}": cần một số.`, 'invalid_search_filter');
      return exists(`v.num ${operator} ?`, [name, value]);
    }
  }
};

/** A string filter may join comparisons with AND (OR is the array form's inner list). */
const stringSql = (expression: string, values: string, doc: string, spend: Spend): SqlFragment => {
  if (/\sOR\s|\(|\)/.test(expression)) {
    throw new SearchRequestError(
      `Bộ lọc "${expression}": dùng dạng mảng cho OR, ví dụ [["site = a", "site = b"]].`,
      'invalid_search_filter'
    );
  }
  return join(
    expression.split(/\s+AND\s+/).map((part) => atomSql(part, values, doc, spend)),
    'AND'
  );
};

const join = (parts: SqlFragment[], operator: 'AND' | 'OR'): SqlFragment => ({
  sql: parts.length === 0 ? '1' : parts.map((part) => `(${part.sql})`).join(` ${operator} `),
  params: parts.flatMap((part) => part.params),
});

/** Meilisearch's filter (string, or array: outer AND, inner OR) as a SQL condition on one docs row. */
export const filterSql = (filter: unknown, values: string, doc: string): SqlFragment => {
  if (filter === undefined || filter === null || filter === '') return { sql: '1', params: [] };
  const spend = budget();
  if (typeof filter === 'string') return stringSql(filter, values, doc, spend);
  if (!Array.isArray(filter)) throw new SearchRequestError('Bộ lọc phải là chuỗi hoặc mảng.', 'invalid_search_filter');
  return join(
    filter.map((clause) => {
      if (typeof clause === 'string') return stringSql(clause, values, doc, spend);
      if (Array.isArray(clause) && clause.every((item) => typeof item === 'string'))
        return join(
          clause.map((item) => stringSql(item, values, doc, spend)),
          'OR'
        );
      throw new SearchRequestError('Mỗi phần tử của bộ lọc phải là chuỗi hoặc mảng chuỗi.', 'invalid_search_filter');
    }),
    'AND'
  );
};

/**
 * Splits off a top-level `site = "<slug>"` (an element of the array form, or the whole string
 * form), which the engine can run as part of the text match; the rest stays a SQL filter. Null
 * when the filter has no such clause.
 */
export const siteClause = (filter: unknown): { site: string; rest: unknown } | null => {
  const siteOf = (clause: unknown): string | null => {
    if (typeof clause !== 'string') return null;
    const match = ATOM.exec(clause);
    return match && match[1] === 'site' && match[2] === '=' && !/\s(AND|OR)\s|[()]/.test(clause) ? parseValue(match[3]) : null;
  };
  if (typeof filter === 'string') {
    const site = siteOf(filter);
    return site === null ? null : { site, rest: null };
  }
  if (!Array.isArray(filter)) return null;
  const at = filter.findIndex((clause) => siteOf(clause) !== null);
  if (at < 0) return null;
  return { site: siteOf(filter[at])!, rest: filter.filter((_, i) => i !== at) };
};
