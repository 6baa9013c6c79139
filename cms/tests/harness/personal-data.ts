import type { TestCms } from './cms';

/** Checks of contributors' personal data (tests/contributor-privacy.test.ts). */

export const CONTRIBUTOR = 'api::contributor.contributor';

const PUBLIC_CONTRIBUTOR_FIELDS = ['fullName', 'active', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale'];
export const isPublicContributorField = (field: string): boolean => PUBLIC_CONTRIBUTOR_FIELDS.includes(field);

interface SchemaLike {
  attributes: Record<string, { type: string; target?: string; component?: string; relation?: string }>;
}

/**
 * Attribute paths (at most three hops) from each content type of the app to a scalar field of a
 * contributor, through relations and components. A path from the contributor list itself starts
 * at its own fields; `unit` leads on to `unit.site` etc. but not back into contributors twice.
 */
export const contributorPaths = (cms: TestCms): Array<{ start: string; path: string[] }> => {
  const model = (uid: string) => cms.strapi.getModel(uid as never) as unknown as SchemaLike | undefined;
  const out: Array<{ start: string; path: string[] }> = [];
  const walk = (start: string, uid: string, path: string[], hops: number) => {
    const schema = model(uid);
    if (!schema) return;
    for (const [key, attribute] of Object.entries(schema.attributes)) {
      const next = [...path, key];
      if (uid === CONTRIBUTOR && !['relation', 'component', 'media', 'dynamiczone'].includes(attribute.type))
        out.push({ start, path: next });
      if (hops >= 3) continue;
      const target = attribute.type === 'relation' ? attribute.target : attribute.type === 'component' ? attribute.component : undefined;
      if (uid === CONTRIBUTOR && target === 'admin::user' && key === 'adminUser') out.push({ start, path: [...next, 'id'] });
      if (!target || target.startsWith('admin::') || target.startsWith('plugin::upload') || attribute.relation?.startsWith('morph'))
        continue;
      if (uid === CONTRIBUTOR && target !== 'contributor.payment-details' && target !== 'api::unit.unit') continue;
      if (target === 'contributor.payment-details') {
        for (const field of Object.keys(model(target)?.attributes ?? {})) out.push({ start, path: [...next, field] });
        continue;
      }
      walk(start, target, next, hops + 1);
    }
  };
  for (const uid of Object.keys(cms.strapi.contentTypes).filter((u) => u.startsWith('api::'))) walk(uid, uid, [], 0);
  const seen = new Set<string>();
  return out.filter((p) => !seen.has(`${p.start}|${p.path.join('.')}`) && seen.add(`${p.start}|${p.path.join('.')}`));
};

/** The text of every part of an XLSX file (a zip of XML parts). */
export const unzipText = async (file: Buffer): Promise<string> => {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => cells.push(JSON.stringify(row.values))));
  return cells.join('\n');
};
