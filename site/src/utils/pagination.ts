export const PAGE_SIZE = 12;

/** The number of pages `count` items take. */
export const pageCount = (count: number, size = PAGE_SIZE): number => Math.max(1, Math.ceil(count / size));

/** The items of one page (1-based). */
export const pageItems = <T>(items: T[], page: number, size = PAGE_SIZE): T[] => items.slice((page - 1) * size, page * size);
