/**
 * No content API: overtime pay is staff pay, read and written only through the reports plugin's
 * admin routes (`/reports/overtime`), which check the head of board's or finance's role per site.
 */
export default { routes: [] };
