import { createRandom, type Random } from '../random';
import { seedOffset, type Volume } from '../volume';
import type { LegalDocumentSeed, SiteSeed } from '../types';
import { FAMILY_NAMES, FEMALE_GIVEN, MALE_GIVEN, ROMAN_QUARTERS, STREETS } from './article-templates';
import { capitalizeSentences, DAY_MS, fill, isCity, isoDate, nfc, officeHoursBefore, placeInText, postedAfter } from './demo-text';
import { draftsForComment } from './legal-document-drafts';
import { planDocuments } from './legal-documents-plans';
import { DOC_TEMPLATES, NORMATIVE_TEMPLATES, TYPE_SYMBOLS, TYPE_WEIGHTS, type DocTemplate } from './legal-document-templates';
import { cityLegalDocuments } from './legal-documents-cited';
import { nationalLegalDocuments } from './legal-documents-cited-national';

/** Every document the seed texts cite, with its replaces/amends links. */
export const citedLegalDocuments: LegalDocumentSeed[] = nfc([...nationalLegalDocuments, ...cityLegalDocuments]);

export interface LegalDocumentInput {
  sites: SiteSeed[];
  volume: Volume;
  now: Date;
}

/** Document i always comes from createRandom(BASE_SEED + i): scale 2 extends scale 1 unchanged. */
const BASE_SEED = 7_300_000;
const CITY_ISSUER = 'UBND thành phố Vũng Tàu';
const LOCAL_GOV_LAW =
  'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;';

/** Numbers the cited documents already use, so a generated one never takes them. */
const RESERVED = new Set(citedLegalDocuments.map((d) => `${d.number}|${d.issuer}`));

interface Officials {
  /** Unknown when the site's editorial board does not list the chair: deputies sign instead. */
  chair?: string;
  vices: string[];
  office: string;
}

const personName = (random: Random): string => {
  const female = random.chance(0.4);
  return `${random.pick(FAMILY_NAMES)} ${random.pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
};

/**
 * Who signs a site's documents: the chair and deputies its editorial board names (the city's
 * deputy who signs seeds 000 and 002 first), else names invented once per site.
 */
const officialsOf = (site: SiteSeed): Officials => {
  const named = (pattern: RegExp): string[] => site.editorialBoard.filter((m) => pattern.test(m.position ?? '')).map((m) => m.fullName);
  let hash = 17;
  for (const char of site.slug) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) >>> 0;
  const random = createRandom(hash);
  const vices = [...(isCity(site) ? ['Nguyễn Thị Thu Hương'] : []), ...named(/^Phó Chủ tịch UBND/)];
  return {
    chair: named(/^Chủ tịch UBND/)[0],
    vices: vices.length > 0 ? vices : [personName(random)],
    office: named(/^Chánh Văn phòng/)[0] ?? personName(random),
  };
};

const signature = (type: DocTemplate['type'], city: boolean, officials: Officials, random: Random): { signer: string; signerTitle: string } => {
  if (type === 'quyet-dinh' && random.chance(0.4) && officials.chair) return { signer: officials.chair, signerTitle: 'CHỦ TỊCH' };
  if (city && (type === 'thong-bao' || (type === 'cong-van' && random.chance(0.5)))) {
    return { signer: officials.office, signerTitle: 'TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG' };
  }
  return { signer: random.pick(officials.vices), signerTitle: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' };
};

/** "quý III năm 2025", "6 tháng đầu năm 2025" or "năm 2024": the period a report issued in `month` covers. */
const reportPeriod = (year: number, month: number): string => {
  if (month === 1) return `năm ${year - 1}`;
  if (month === 12) return `năm ${year}`;
  if (month === 6 || month === 7) return `6 tháng đầu năm ${year}`;
  const quarter = Math.ceil(month / 3) - 1;
  return quarter === 0 ? `quý IV năm ${year - 1}` : `quý ${ROMAN_QUARTERS[quarter - 1]} năm ${year}`;
};

const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The body of a document in the usual layout of its type. */
const fullTextOf = (type: DocTemplate['type'], summary: string, points: readonly string[], area: string, city: boolean, effective?: string): string[] => {
  const executors = city
    ? 'Chánh Văn phòng HĐND và UBND thành phố, Thủ trưởng các phòng, ban, đơn vị có liên quan và Chủ tịch UBND các phường, xã'
    : `Công chức Văn phòng - Thống kê, các ban, ngành, đoàn thể ${area} và các cá nhân có liên quan`;
  const recipients = city ? 'Các phòng, ban, đơn vị thuộc thành phố; UBND các phường, xã.' : `Các ban, ngành, đoàn thể ${area}; Ban điều hành các khu phố.`;
  switch (type) {
    case 'quyet-dinh':
      return [
        LOCAL_GOV_LAW,
        city ? 'Theo đề nghị của Chánh Văn phòng HĐND và UBND thành phố.' : 'Theo đề nghị của công chức Văn phòng - Thống kê.',
        'QUYẾT ĐỊNH:',
        `Điều 1. ${points[0]}`,
        `Điều 2. ${points[1]}`,
        `Điều 3. Quyết định này có hiệu lực kể từ ${effective ?? 'ngày ký'}. ${executors} chịu trách nhiệm thi hành Quyết định này./.`,
      ];
    case 'ke-hoach':
      return [
        `Căn cứ chương trình công tác năm và tình hình thực tế của địa phương, UBND ${area} ban hành Kế hoạch ${lowerFirst(summary)} như sau:`,
        `I. MỤC ĐÍCH, YÊU CẦU: ${points[0]}`,
        `II. NỘI DUNG THỰC HIỆN: ${points[1]}`,
        `III. TỔ CHỨC THỰC HIỆN: ${city ? 'Các phòng, ban, đơn vị và UBND các phường, xã' : `Các ban, ngành, đoàn thể và Ban điều hành các khu phố`} căn cứ nhiệm vụ được giao triển khai thực hiện, báo cáo kết quả về UBND ${area} theo quy định./.`,
      ];
    case 'thong-bao':
      return [points[0], points[1], `UBND ${area} thông báo để các cơ quan, đơn vị và nhân dân biết, thực hiện./.`];
    case 'cong-van':
      return [`Kính gửi: ${recipients}`, points[0], points[1], 'Đề nghị các đơn vị nghiêm túc triển khai thực hiện./.'];
    case 'bao-cao':
      return [
        `Thực hiện chế độ báo cáo định kỳ, UBND ${area} báo cáo ${lowerFirst(summary)} như sau:`,
        `I. KẾT QUẢ ĐẠT ĐƯỢC: ${points[0]}`,
        `II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI: ${points[1]}`,
      ];
  }
};

/** "1234/QĐ-UBND": the sequence number comes from the index (10·i + 1…9), so it is unique per issuer at every scale. */
const numberFor = (index: number, symbol: string, issuer: string, random: Random): string => {
  let digit = random.int(1, 9);
  while (RESERVED.has(`${10 * index + digit}/${symbol}|${issuer}`)) digit = (digit % 9) + 1;
  return `${10 * index + digit}/${symbol}`;
};

const buildDocument = (sites: { city: SiteSeed; wards: SiteSeed[] }, volume: Volume, now: Date, index: number): LegalDocumentSeed => {
  const random = createRandom(BASE_SEED + seedOffset(volume) + index);
  const site = sites.wards.length === 0 || random.chance(volume.cityDocumentShare) ? sites.city : random.pick(sites.wards);
  const city = isCity(site);
  const area = city ? 'thành phố Vũng Tàu' : placeInText(site);
  const issuer = city ? CITY_ISSUER : `UBND ${area}`;
  const day = officeHoursBefore(now, 7, volume.historyDays, random);
  const issued = day.getUTCDay() === 6 ? new Date(day.getTime() - DAY_MS) : day;
  const issuedDate = isoDate(issued);
  const year = issued.getUTCFullYear();
  const month = issued.getUTCMonth() + 1;
  const normative = city && random.chance(volume.normativeShareOfCity);

  const type: DocTemplate['type'] = normative ? 'quyet-dinh' : weightedType(random);
  const templates = DOC_TEMPLATES.filter((t) => t.type === type && (!t.scope || (t.scope === 'city') === city));
  const template = random.pick(templates);
  const vars = {
    area,
    year: String(year),
    nextYear: String(year + 1),
    street: random.pick(STREETS),
    period: reportPeriod(year, month),
    quarter: `quý ${ROMAN_QUARTERS[Math.ceil(month / 3) - 1]} năm ${year}`,
    portalName: city ? 'Cổng thông tin điện tử thành phố' : `Trang thông tin điện tử ${area}`,
  };
  const normativeTemplate = random.pick(NORMATIVE_TEMPLATES);
  const summary = capitalizeSentences(fill(normative ? normativeTemplate.summary : template.summary, vars));
  const points = normative
    ? [`${normativeTemplate.summary} (kèm theo Quyết định này).`, 'Giao Phòng Tư pháp chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, kiểm tra việc thực hiện.']
    : template.points.map((p) => fill(p, vars));
  const effectiveDate = type !== 'quyet-dinh' ? undefined : normative ? isoDate(new Date(issued.getTime() + 10 * DAY_MS)) : issuedDate;
  const effectivePhrase = normative && effectiveDate ? `ngày ${effectiveDate.split('-').reverse().join('/')}` : undefined;
  const symbol = type === 'cong-van' ? (city ? 'UBND-VP' : TYPE_SYMBOLS[type]) : TYPE_SYMBOLS[type];
  const pastPlan = type === 'ke-hoach' && year < now.getUTCFullYear();

  return {
    number: normative ? `${index + 1}/${year}/QĐ-UBND` : numberFor(index, symbol, issuer, random),
    kind: normative ? 'normative' : 'administrative',
    type,
    issuer,
    ...signature(type, city, officialsOf(site), random),
    issuedDate,
    effectiveDate,
    validity: (pastPlan && random.chance(0.6)) || random.chance(0.05) ? 'expired' : 'in-force',
    field: normative ? normativeTemplate.field : template.field,
    summary,
    fullText: fullTextOf(type, summary, points, area, city, effectivePhrase).map(capitalizeSentences),
    site: site.slug,
    postedAt: postedAfter(issuedDate, random.int(1, 5), random.int(30, 599)),
  };
};

const weightedType = (random: Random): DocTemplate['type'] => {
  let roll = random.next() * TYPE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [type, weight] of TYPE_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return TYPE_WEIGHTS[0][0];
};

/**
 * The drafts for comment, each site's plans (legal-documents-plans.ts), then the volume's administrative (and a few normative) documents of the
 * city's and the wards' People's Committees over its years (60 × scale over three for the demo).
 */
export const generateLegalDocuments = (input: LegalDocumentInput): LegalDocumentSeed[] => {
  const city = input.sites.find(isCity) ?? input.sites[0];
  if (!city) return [];
  const wards = input.sites.filter((s) => !isCity(s));
  const generated = Array.from({ length: input.volume.documents }, (_, index) => buildDocument({ city, wards }, input.volume, input.now, index));
  return nfc([...draftsForComment(city, wards), ...planDocuments(input.sites), ...generated]);
};
