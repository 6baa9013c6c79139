import { fold, words } from './fold';

/**
 * Abbreviations of Vietnamese administration and their full forms: a query with either finds
 * both. Each group is multi-way. Kept to unambiguous ones ("TT" could be thông tư, trung tâm or
 * thị trấn, so it is not here).
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TP', 'thành phố'],
  ['TPVT', 'thành phố Vũng Tàu'],
  ['BR-VT', 'Bà Rịa - Vũng Tàu'],
  ['CCHC', 'cải cách hành chính'],
  ['TTHC', 'thủ tục hành chính'],
  ['DVC', 'dịch vụ công'],
  ['CĐS', 'chuyển đổi số'],
  ['QĐ', 'Quyết định'],
  ['NĐ', 'Nghị định'],
  ['NQ', 'Nghị quyết'],
  ['KH', 'Kế hoạch'],
  ['TB', 'Thông báo'],
  ['CV', 'Công văn'],
  ['TTLT', 'Thông tư liên tịch'],
  ['VBQPPL', 'văn bản quy phạm pháp luật'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['ATGT', 'an toàn giao thông'],
  ['PCCC', 'phòng cháy chữa cháy'],
  ['BHYT', 'bảo hiểm y tế'],
  ['BHXH', 'bảo hiểm xã hội'],
  ['GPMB', 'giải phóng mặt bằng'],
  ['KT-XH', 'kinh tế - xã hội'],
];

/** The groups as folded word sequences: [["ubnd"], ["uy", "ban", "nhan", "dan"]]. */
export const foldedSynonymGroups = (): string[][][] => SYNONYM_GROUPS.map((group) => group.map(words));

/**
 * Meilisearch's `synonyms` setting: every form maps to every other, given with and without
 * diacritics (Meilisearch matches synonyms on its normalised words, and both spellings are seen
 * in queries).
 */
export const meilisearchSynonyms = (): Record<string, string[]> => {
  const map: Record<string, Set<string>> = {};
  for (const group of SYNONYM_GROUPS) {
    const forms = [...new Set(group.flatMap((form) => [form.toLowerCase(), words(form).join(' ')]))];
    for (const form of forms) {
      map[form] ??= new Set();
      for (const other of forms) if (other !== form && fold(other) !== fold(form)) map[form].add(other);
    }
  }
  return Object.fromEntries(Object.entries(map).map(([form, others]) => [form, [...others]]));
};
