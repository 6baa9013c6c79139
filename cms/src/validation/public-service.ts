import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

/** The national public-service portal (Cổng Dịch vụ công quốc gia): the only host of `nationalUrl`. */
export const NATIONAL_PORTAL_HOST = 'dichvucong.gov.vn';

/** A host name under gov.vn: the State's own domain, which only state bodies are given. */
export const isGovHost = (host: string): boolean => /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+gov\.vn$/.test(host);

/** The hosts a site's editors list (one per line or separated by commas), lower case. */
export const listedHosts = (text: unknown): string[] =>
  typeof text === 'string'
    ? text
        .split(/[\s,;]+/)
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean)
    : [];

/** An https address on one of `hosts` (no credentials, no other port), or the reason it is not. */
const linkProblem = (value: unknown, hosts: string[], field: string, what: string): FieldProblem | null => {
  if (value === null || value === undefined || value === '') return null;
  let url: URL;
  try {
    url = new URL(String(value));
  } catch {
    return { path: [field], message: `${what} không phải là địa chỉ web hợp lệ.` };
  }
  if (url.protocol !== 'https:') return { path: [field], message: `${what} phải bắt đầu bằng https://.` };
  if (url.username || url.password || url.port) return { path: [field], message: `${what} không được có tên đăng nhập hay cổng riêng.` };
  if (!hosts.includes(url.hostname))
    return {
      path: [field],
      message: `${what} phải dẫn đến ${hosts.length ? hosts.join(', ') : 'cổng dịch vụ công đã khai báo cho trang'}.`,
    };
  return null;
};

const siteHosts = async (strapi: Core.Strapi, doc: StoredDocument): Promise<string[]> => {
  const site = one(doc, 'site');
  if (!site) return [];
  const row = (await strapi.db.query('api::site.site').findOne({ where: { id: site.id }, select: ['publicServiceHosts'] })) as {
    publicServiceHosts?: string | null;
  } | null;
  return listedHosts(row?.publicServiceHosts).filter(isGovHost);
};

/**
 * A procedure links readers to where they file it: the province's public-service portal (hosts the
 * site lists in `publicServiceHosts`) and the national one. Only https and only those gov.vn hosts,
 * so a link on a state portal cannot send citizens to a look-alike site.
 */
export const publicServiceRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async always(doc, strapi) {
    const problems: FieldProblem[] = [];
    if (!one(doc, 'site')) problems.push({ path: ['site'], message: 'Thủ tục phải thuộc một trang.' });
    const provincial = linkProblem(doc.provincialUrl, await siteHosts(strapi, doc), 'provincialUrl', 'Liên kết Cổng dịch vụ công tỉnh');
    const national = linkProblem(doc.nationalUrl, [NATIONAL_PORTAL_HOST], 'nationalUrl', 'Liên kết Cổng Dịch vụ công quốc gia');
    return [...problems, ...[provincial, national].filter((p): p is FieldProblem => p !== null)];
  },
  async published(doc) {
    return doc.provincialUrl || doc.nationalUrl
      ? []
      : [{ path: ['provincialUrl'], message: 'Thủ tục phải có ít nhất một liên kết đến cổng dịch vụ công trước khi đăng.' }];
  },
};
