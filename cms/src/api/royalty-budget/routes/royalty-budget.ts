/**
 * No content API at all: royalty data (rates, unit values, budgets, records) is never public and
 * is read only through the reports plugin's admin routes, which check the reader's role on each
 * site. Operators edit the configuration in the content manager.
 */
export default { routes: [] };
