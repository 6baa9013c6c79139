/** The first of `base`, `base-2`, `base-3`, … that `isTaken` rejects. */
export const uniqueSlug = async (base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> => {
  const root = base || 'muc';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
};
