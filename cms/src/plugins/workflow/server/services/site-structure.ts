/**
 * A site's relations that place it among the others or hand it other sites' things: the tree the
 * pickers and the relation rule read (validation/site-scope.ts), mergers, and the inverse sides of
 * units and categories (connecting another ward's category here moves it to this site). Its
 * administrator edits the site's settings; these are the operator's (super admin's).
 */
export const SITE_STRUCTURE = ['parent', 'children', 'mergedInto', 'mergedSites', 'units', 'categories'] as const;

/**
 * The board's settings of a site: the period its monthly report covers and its report day, and
 * the public visit counter with the total it shows. The head of the board (and operators) set them
 * on the Báo cáo page (reports plugin, `PUT /reports/settings`, `POST /reports/visits/counter`);
 * the total is written by the access-log import. The site administrator's form leaves them alone.
 */
export const BOARD_SETTINGS = ['reportPeriod', 'reportDay', 'publicVisitCounter', 'publicVisitTotal'] as const;
