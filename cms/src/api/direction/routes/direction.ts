/**
 * No content API: a month's direction is the board's internal instruction to its contributors,
 * read in the admin (home page, reports) by the site's staff only.
 */
export default { routes: [] };
