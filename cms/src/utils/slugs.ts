import slugifyLib from '@sindresorhus/slugify';

/** Kebab-case ASCII slug of Vietnamese text ("Đô thị văn minh" → "do-thi-van-minh"); the admin's UID field uses the same library, so both agree. */
export const slugify = (text: string): string =>
  slugifyLib(text.normalize('NFC'), { decamelize: false }).slice(0, 120).replace(/-+$/, '');

/** The first of `base`, `base-2`, `base-3`, … that `isTaken` rejects. */
export const uniqueSlug = async (
  base: string,
  isTaken: (candidate: string) => Promise<boolean>
): Promise<string> => {
  const root = base || 'muc';
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
};
