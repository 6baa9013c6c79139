import { createRandom, type Random } from '../random';
import type { ContributorSeed, UnitKind, UnitSeed } from '../types';

const CONTRIBUTOR_SEED = 20240202;
const MAIL_DOMAIN = 'baria-vungtau.gov.vn';
const BRANCH = 'Chi nhánh Vũng Tàu';

/** Nguyễn is listed often on purpose: roughly its share of Vietnamese family names. */
const FAMILY_NAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Huỳnh', 'Hoàng',
  'Võ', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Mai',
] as const;
const MALE_MIDDLE_NAMES = ['Văn', 'Văn', 'Minh', 'Quốc', 'Thanh', 'Hoàng', 'Đức', 'Hữu', 'Công', 'Tấn', 'Ngọc'] as const;
const FEMALE_MIDDLE_NAMES = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Mỹ', 'Thị Ngọc', 'Thị Thanh', 'Thị Kim', 'Thị Thu'] as const;
const MALE_GIVEN_NAMES = [
  'An', 'Bảo', 'Cường', 'Dũng', 'Duy', 'Hải', 'Hiếu', 'Hòa', 'Huy', 'Khang', 'Khoa', 'Kiên', 'Long', 'Lộc',
  'Nam', 'Nghĩa', 'Nhân', 'Phát', 'Phong', 'Phúc', 'Quang', 'Sang', 'Sơn', 'Tài', 'Thắng', 'Thành', 'Thịnh',
  'Tín', 'Toàn', 'Trí', 'Trung', 'Tuấn', 'Việt', 'Vinh',
] as const;
const FEMALE_GIVEN_NAMES = [
  'Anh', 'Ánh', 'Châu', 'Diễm', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hương',
  'Huyền', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Tâm',
  'Thảo', 'Thủy', 'Trang', 'Trâm', 'Tuyết', 'Uyên', 'Vân', 'Yến',
] as const;
const MOBILE_PREFIXES = ['090', '091', '093', '094', '097', '098', '083', '088', '070', '077', '079', '038'] as const;

interface Bank {
  name: string;
  accountDigits: number;
}
const BANKS: readonly Bank[] = [
  { name: 'Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)', accountDigits: 13 },
  { name: 'Ngân hàng TMCP Công Thương Việt Nam (VietinBank)', accountDigits: 12 },
  { name: 'Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)', accountDigits: 14 },
  { name: 'Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam (Agribank)', accountDigits: 13 },
];

/** Units that write most (the culture centre, the propaganda board, the portal's own office) always name two. */
const ALWAYS_TWO = new Set(['trung-tam-van-hoa-thong-tin-va-the-thao', 'ban-tuyen-giao-thanh-uy', 'phong-van-hoa-va-thong-tin', 'van-phong-hdnd-va-ubnd']);
const CHANCE_OF_TWO: Record<UnitKind, number> = {
  department: 0.25,
  'ward-committee': 0.5,
  organisation: 0.1,
  centre: 1,
  'party-body': 1,
  police: 0.2,
  other: 0,
};

/** ASCII without Vietnamese diacritics ("Nguyễn Văn Đức" → "Nguyen Van Duc"). */
export const stripDiacritics = (text: string): string =>
  text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const digits = (random: Random, count: number): string =>
  Array.from({ length: count }, () => String(random.int(0, 9))).join('');

const fullName = (random: Random): { name: string; female: boolean } => {
  const female = random.chance(0.5);
  const family = random.pick(FAMILY_NAMES);
  const middle = random.pick(female ? FEMALE_MIDDLE_NAMES : MALE_MIDDLE_NAMES);
  const given = random.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES);
  return { name: `${family} ${middle} ${given}`, female };
};

/**
 * A 12-digit citizen ID laid out as the real ones are: province code (077, Bà Rịa - Vũng Tàu),
 * one digit for sex and century, two for the year of birth, six at random.
 */
const citizenId = (random: Random, female: boolean): string => {
  const born = random.int(1968, 2000);
  const sexCentury = (born >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `077${sexCentury}${String(born % 100).padStart(2, '0')}${digits(random, 6)}`;
};

const contributor = (random: Random, unit: UnitSeed, taken: Set<string>): ContributorSeed => {
  let person = fullName(random);
  while (taken.has(person.name)) person = fullName(random);
  taken.add(person.name);
  const ascii = stripDiacritics(person.name);
  const bank = random.pick(BANKS);
  return {
    email: `${ascii.toLowerCase().split(' ').join('.')}.${unit.slug}@${MAIL_DOMAIN}`,
    fullName: person.name,
    unit: unit.slug,
    phone: `${random.pick(MOBILE_PREFIXES)}${digits(random, 1)} ${digits(random, 3)} ${digits(random, 3)}`,
    paymentDetails: {
      accountHolder: ascii.toUpperCase(),
      accountNumber: `${random.int(1, 9)}${digits(random, bank.accountDigits - 1)}`,
      bankName: bank.name,
      bankBranch: BRANCH,
      taxCode: `8${digits(random, 9)}`,
      citizenId: citizenId(random, person.female),
    },
  };
};

/** One or two cộng tác viên per unit, the same on every run. */
export const buildContributors = (units: UnitSeed[]): ContributorSeed[] => {
  const random = createRandom(CONTRIBUTOR_SEED);
  const taken = new Set<string>();
  return units.flatMap((unit) => {
    const two = ALWAYS_TWO.has(unit.slug) || random.chance(CHANCE_OF_TWO[unit.kind]);
    const first = contributor(random, unit, taken);
    return two ? [first, contributor(random, unit, taken)] : [first];
  });
};
