import slugifyLib from '@sindresorhus/slugify';

/** Kebab-case ASCII slug of Vietnamese text ("UBND thành phố Vũng Tàu" → "ubnd-thanh-pho-vung-tau"), exactly as the CMS makes its slugs (cms/src/utils/slugs.ts). */
export const slugify = (text: string): string =>
  slugifyLib(text.normalize('NFC'), { decamelize: false }).slice(0, 120).replace(/-+$/, '');
