// Bounds on what one anonymous read may ask. The review behind issue 22 (finding 2) measured that
// every `$or` branch that follows a relation adds its own join and doubles the query's time
// (16 branches: 14 s; 21: 308 s; SQLite runs synchronously, so the whole CMS stopped answering).
// Joins are what multiplies, so they get the tightest bound; branches and leaves bound the WHERE
// clause's size, which grows only linearly.

/** Relations one filter may follow in total. The site build needs one (the site scope); one more
 * narrows a list by category or unit. */
export const MAX_FILTER_JOINS = 2;

/** Of those, relations where a row has many (categories, tags): each multiplies the joined rows by
 * its fan-out, and finding 2's 21 such joins cost 2^21. With one, a filter costs what a plain
 * scan of the joined pairs costs, linear in the data. */
export const MAX_FILTER_TO_MANY_JOINS = 1;

/** Entries of one `$and` / `$or`: a reader's form never offers more; `$or` past qs's arrayLimit
 * (100) arrived as an object Strapi silently dropped, returning everything (finding 8). */
export const MAX_FILTER_BRANCHES = 10;

/** Nesting of `$and` / `$or` / `$not` and relation steps below `filters`. */
export const MAX_FILTER_DEPTH = 3;

/** Conditions (one per operator) in one filter; an `$in` list is one condition. */
export const MAX_FILTER_CONDITIONS = 20;

/** Values of one `$in` / `$notIn`: the incremental build asks for 50 documentIds at a time. */
export const MAX_IN_VALUES = 100;

/** Characters of one filter value: slugs, numbers of legal documents and documentIds are short. */
export const MAX_VALUE_LENGTH = 200;

/** The API's maxLimit (config/api.ts). A bigger pageSize is refused, not silently cut. */
export const MAX_PAGE_SIZE = 100;

/** 10,000 pages of 100 reach a million entries, far past any site's collection; `page=1e20`
 * (finding 8) is not a page number at all. */
export const MAX_PAGE = 10_000;

/** Levels of populate below the entry: an article's cover → its image is two. */
export const MAX_POPULATE_DEPTH = 2;

/** Sort keys: the build sorts by one. */
export const MAX_SORT_KEYS = 3;
