/**
 * No content API: the board's own texts of the year-end report are internal until the report is sent, read and written only through the reports plugin's
 * admin routes (`/reports/year-notes`), which check the board role per site.
 */
export default { routes: [] };
