import type { Random } from '../random';
import type { SiteSeed, UnitSeed } from '../types';
import {
  BEACHES,
  CITY_SPOTS,
  CITY_STAGES,
  CITY_VENUES,
  COMMUNE_HAMLETS,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  MALE_GIVEN,
  MARKETS,
  PERSON_ROLES,
  PROCEDURES,
  PROJECTS,
  QUESTION_TOPICS,
  ROMAN_QUARTERS,
  STREETS,
  WOMEN_MODELS,
} from './article-templates';
import { fill, formatNumber, isCity, placeInText } from './demo-text';

/** Who an article is about and where: the values of the story placeholders. */
export interface StoryScene {
  site: SiteSeed;
  /** The ward the story happens in; for the city's ward-news column, a ward other than the site. */
  ward?: SiteSeed;
  unit: UnitSeed;
  /** Whose leader speaks in the story: the acting unit, else the ward's People's Committee; none means "lãnh đạo UBND …". */
  leaderUnit?: UnitSeed;
  /** The acting body as written in the text. */
  actor: string;
  /** The day of the event (UTC date = Vietnamese calendar date at office hours). */
  eventDay: Date;
  /** "Sáng ngày 12/3" etc. */
  when: string;
  wards: readonly SiteSeed[];
}

/** Festive occasions by month, for cultural programmes. */
const OCCASIONS: Record<number, string> = {
  1: 'Xuân mới',
  2: 'mừng Đảng, mừng Xuân',
  3: 'Ngày Quốc tế Phụ nữ 8/3',
  4: 'kỷ niệm Ngày Giải phóng miền Nam, thống nhất đất nước 30/4',
  5: 'kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5',
  6: 'Ngày Gia đình Việt Nam 28/6',
  7: 'mùa du lịch hè',
  8: 'kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2/9',
  9: 'Quốc khánh 2/9',
  10: 'Ngày Phụ nữ Việt Nam 20/10',
  11: 'Ngày Nhà giáo Việt Nam 20/11',
  12: 'kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam 22/12',
};

/** A position that already says where ("Chủ tịch UBND Phường 7", "Trưởng Công an phường"). */
const NAMES_A_PLACE = /phường|xã|thành phố|Phường|Xã|Vũng Tàu/;
/** A position that names a body but not where ("Chủ tịch UBND", "Bí thư Đoàn"). */
const NAMES_A_BODY = /UBND|HĐND|Ủy ban|Hội|Đoàn|Ban|Trung tâm|Công an|Mặt trận|MTTQ|Văn phòng|Đảng ủy/;

/** The leader's position completed with the body and place: "Trưởng phòng" → "Trưởng phòng Văn hóa và Thông tin". */
const fullPosition = (position: string, unit: UnitSeed, place: string): string => {
  if (NAMES_A_PLACE.test(position)) return position;
  if (/phòng$/i.test(position) && unit.name.startsWith('Phòng ')) return `${position} ${unit.name.slice(6)}`;
  if (NAMES_A_BODY.test(position)) return `${position} ${place}`;
  return `${position} ${unit.name}`;
};

/** "đồng chí Nguyễn Văn A, Chủ tịch UBND Phường 7", or a generic phrase when the unit lists no leader. */
export const leaderPhrase = (unit: UnitSeed, place: string, random: Random): string => {
  if (unit.leaders.length === 0) return `lãnh đạo ${unit.shortName ?? unit.name}`;
  const leader = random.pick(unit.leaders);
  return `đồng chí ${leader.fullName}, ${fullPosition(leader.position, unit, place)}`;
};

const hamletOf = (site: SiteSeed, random: Random): string =>
  site.kind === 'commune' ? random.pick(COMMUNE_HAMLETS) : `khu phố ${random.int(1, 8)}`;

/** All placeholder values of a scene; every story template draws only on these. */
export const sceneVars = (scene: StoryScene, random: Random): Record<string, string> => {
  const place = scene.ward ?? scene.site;
  const city = isCity(place);
  const area = city ? 'thành phố Vũng Tàu' : placeInText(place);
  const anyWard = scene.wards.length > 0 ? random.pick(scene.wards) : undefined;
  const hamlet = city ? (anyWard ? `${hamletOf(anyWard, random)}, ${placeInText(anyWard)}` : 'các khu phố') : hamletOf(place, random);
  const street = random.pick(STREETS);
  const year = scene.eventDay.getUTCFullYear();
  const month = scene.eventDay.getUTCMonth() + 1;
  const quarter = Math.ceil(month / 3) - 1;
  const female = random.chance(0.5);
  const properName = area.replace(/^(phường|xã)\s/i, '');
  const market = MARKETS.find((name) => name.endsWith(properName));
  return {
    actor: scene.actor,
    unit: scene.unit.name,
    area,
    leader: scene.leaderUnit ? leaderPhrase(scene.leaderUnit, city ? 'thành phố' : area, random) : `lãnh đạo UBND ${area}`,
    members: city
      ? 'các phòng, ban, đơn vị và UBND các phường, xã'
      : `các ban, ngành, đoàn thể và các ${place.kind === 'commune' ? 'thôn' : 'khu phố'}`,
    hamlet,
    street,
    venue: city ? random.pick(CITY_VENUES) : random.pick([`hội trường UBND ${area}`, `nhà văn hóa ${hamlet}`]),
    stage: city ? random.pick(CITY_STAGES) : random.pick([`khuôn viên nhà văn hóa ${hamlet}`, `sân UBND ${area}`]),
    beach: random.pick(BEACHES),
    locality: city ? (anyWard ? placeInText(anyWard) : 'các phường, xã') : area,
    spot: city ? random.pick(CITY_SPOTS) : random.pick([`tuyến đường ${street}`, hamlet, `các tuyến hẻm thuộc ${hamlet}`]),
    market: city ? random.pick(MARKETS) : (market ?? `các chợ trên địa bàn ${area}`),
    checkTarget: city ? (anyWard ? `UBND ${placeInText(anyWard)}` : 'UBND các phường, xã') : `UBND ${area}`,
    portal: city ? 'Cổng thông tin điện tử thành phố' : `Trang thông tin điện tử ${area}`,
    healthStation: city ? 'Trung tâm Y tế thành phố Vũng Tàu' : `Trạm Y tế ${area}`,
    reportTo: city ? 'Thành ủy, UBND thành phố' : 'UBND thành phố',
    project: fill(random.pick(PROJECTS), { street: random.pick(STREETS), hamlet }),
    qTopic: random.pick(QUESTION_TOPICS),
    procedure: random.pick(PROCEDURES),
    womenModel: random.pick(WOMEN_MODELS),
    personTitle: female ? 'bà' : 'ông',
    personName: `${random.pick(FAMILY_NAMES)} ${random.pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`,
    personRole: random.pick(PERSON_ROLES),
    occasion: OCCASIONS[month],
    when: scene.when,
    year: String(year),
    month: `tháng ${month}/${year}`,
    quarter: quarter === 0 ? `quý IV/${year - 1}` : `quý ${ROMAN_QUARTERS[quarter - 1]}/${year}`,
    reportYear: String(month === 1 ? year - 1 : year),
    planYear: String(month === 1 ? year : year + 1),
    people: String(random.int(4, 30) * 10),
    households: String(random.int(12, 85)),
    dossiers: formatNumber(random.int(300, 2600)),
    rate: String(random.int(95, 99)),
    progress: String(random.int(55, 85)),
    onlineRate: String(random.int(62, 92)),
    gifts: String(random.int(20, 150)),
    money: String(random.int(40, 120)),
    visitors: formatNumber(random.int(25, 45) * 10_000),
    recruits: String(random.int(260, 380)),
    count: String(random.int(3, 15)),
    count2: String(random.int(5, 30)),
  };
};

/** "Sáng ngày 12/3", "Chiều ngày 11/3" or "Ngày 11/3" for the day of the event. */
export const whenPhrase = (eventDay: Date, sameDayAsPosting: boolean, random: Random): string => {
  const date = `${eventDay.getUTCDate()}/${eventDay.getUTCMonth() + 1}`;
  if (sameDayAsPosting) return `sáng ngày ${date}`;
  return random.pick([`sáng ngày ${date}`, `chiều ngày ${date}`, `ngày ${date}`]);
};
