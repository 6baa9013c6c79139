/**
 * The Design System's table keeps every cell on one line: names of sites and units then widen it
 * past a 1280 px screen. Cells and headers with this style wrap at spaces instead.
 */
export const WRAP = { whiteSpace: 'normal' } as const;
