import slugifyLib from '@sindresorhus/slugify';

/**
 * Kebab-case ASCII slug of Vietnamese text ("Đô thị văn minh" → "do-thi-van-minh"): the CMS's
 * slugs and the site's anchors alike; the admin's UID field uses the same library, so all agree.
 */
export const slugify = (text: string): string => slugifyLib(text.normalize('NFC'), { decamelize: false }).slice(0, 120).replace(/-+$/, '');
