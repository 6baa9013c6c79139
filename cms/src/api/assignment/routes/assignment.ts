/**
 * No content API: an assignment is the board's internal instruction to a contributor or unit,
 * kept in the admin and read on the admin home (plugins/workflow/server/board).
 */
export default { routes: [] };
