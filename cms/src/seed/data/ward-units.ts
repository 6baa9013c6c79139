import type { ContactSeed, SiteSeed, UnitSeed } from '../types';
import { nameInText, wardProfiles } from './sites';
import { leaders, QUARTERLY_QUOTA, WARD_COMMITTEE_QUOTA } from './unit-helpers';

/** The second local unit some wards have, besides the UBND and the Fatherland Front. */
type ExtraUnit = { kind: 'police'; leader: string } | { kind: 'women'; leader: string } | { kind: 'youth' };

const extraUnits: Record<string, ExtraUnit> = {
  'phuong-1': { kind: 'police', leader: 'Nguyễn Trung Kiên' },
  'phuong-5': { kind: 'youth' },
  'phuong-8': { kind: 'women', leader: 'Trần Thị Hoàng Oanh' },
  'phuong-11': { kind: 'police', leader: 'Lê Văn Chính' },
  'phuong-thang-tam': { kind: 'youth' },
  'phuong-rach-dua': { kind: 'women', leader: 'Nguyễn Thị Thu Hà' },
};

/**
 * The demo's secretaries of the ward Party committees, by ward order; each also chairs the ward's
 * People's Council, as most wards do. Names of the demo, not of the real office-holders.
 */
const PARTY_SECRETARIES = [
  'Nguyễn Văn Bình', 'Trần Thị Mỹ Hạnh', 'Lê Quang Vinh', 'Phạm Thị Thu Sương', 'Đỗ Minh Trí', 'Huỳnh Văn Tài',
  'Võ Thị Kim Ngân', 'Bùi Văn Lộc', 'Ngô Thị Thanh Thúy', 'Đặng Văn Khải', 'Lý Thị Hồng Nhung', 'Mai Văn Phát',
  'Trương Thị Bảo Trâm', 'Hồ Quốc Việt', 'Dương Thị Ngọc Ánh', 'Châu Văn Hiếu', 'Tạ Thị Minh Nguyệt',
];

/** The demo's chiefs of the ward police, by ward order, where the ward's police send no news of their own. */
const POLICE_CHIEFS = [
  'Phạm Quốc Cường', 'Nguyễn Hữu Thắng', 'Lê Văn Dũng', 'Trần Minh Hiếu', 'Võ Thanh Sơn', 'Đinh Công Hậu',
  'Huỳnh Tấn Lực', 'Bùi Quang Huy', 'Ngô Văn Trọng', 'Đặng Hoàng Long', 'Lý Văn Tâm', 'Mai Xuân Trường',
  'Trương Công Bằng', 'Hồ Văn Nghĩa', 'Dương Minh Khoa', 'Châu Thanh Phong', 'Tạ Văn Hùng',
];

/** The ward police on the chart only, under the People's Committee (the wards whose police send news have their own unit below). */
const chartPolice = (site: SiteSeed, index: number, place: string, placeEn: string, contact: ContactSeed, order: number): UnitSeed => {
  const born = 1975 + (index % 10);
  return {
    slug: `cong-an-${site.slug}`,
    name: `Công an ${place}`,
    nameEn: `${placeEn} Police`,
    kind: 'police',
    site: site.slug,
    parent: `ubnd-${site.slug}`,
    functions: [
      `Công an ${place} bảo đảm an ninh, trật tự, an toàn xã hội trên địa bàn; quản lý cư trú, hướng dẫn người dân làm thủ tục cấp căn cước và kích hoạt tài khoản định danh điện tử VNeID.`,
    ],
    functionsEn: [
      `The ${placeEn} Police keep security and public order in the ${site.kind}, manage residence registration and help residents with citizen identity cards and VNeID accounts.`,
    ],
    leaders: leaders({
      fullName: POLICE_CHIEFS[index % POLICE_CHIEFS.length] as string,
      position: `Trưởng Công an ${place}`,
      positionEn: `Chief of the ${placeEn} Police`,
      bio: `Sinh năm ${born}. Phụ trách chung công tác bảo đảm an ninh, trật tự trên địa bàn.`,
      bioEn: `Born in ${born}. In overall charge of security and public order in the ${site.kind}.`,
    }),
    contact,
    order: order + 3,
    chartOnly: true,
  };
};

/** The ward Party committee and People's Council at the top of the ward's chart, beside the UBND. */
const wardTop = (site: SiteSeed, index: number, place: string, placeEn: string, contact: ContactSeed, order: number): UnitSeed[] => {
  const secretary = PARTY_SECRETARIES[index % PARTY_SECRETARIES.length] as string;
  const born = 1968 + (index % 9);
  return [
    {
      slug: `dang-uy-${site.slug}`,
      name: `Đảng ủy ${place}`,
      nameEn: `Party Committee of ${placeEn}`,
      kind: 'party-body',
      site: site.slug,
      functions: [
        `Đảng ủy ${place} lãnh đạo toàn diện hệ thống chính trị ở ${site.kind === 'commune' ? 'xã' : 'phường'}, quyết định chủ trương, nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh và công tác xây dựng Đảng trên địa bàn.`,
      ],
      functionsEn: [
        `The Party Committee of ${placeEn} leads the whole political system of the ${site.kind} and decides its course for economic and social development, defence, security and Party building.`,
      ],
      leaders: leaders({
        fullName: secretary,
        position: `Bí thư Đảng ủy ${place}`,
        positionEn: `Secretary of the Party Committee of ${placeEn}`,
        bio: `Sinh năm ${born}. Phụ trách chung; kiêm Chủ tịch Hội đồng nhân dân ${place}.`,
        bioEn: `Born in ${born}. In overall charge; also chairs the People's Council of ${placeEn}.`,
      }),
      contact,
      order: order - 5,
      chartOnly: true,
    },
    {
      slug: `hdnd-${site.slug}`,
      name: `Hội đồng nhân dân ${place}`,
      nameEn: `People's Council of ${placeEn}`,
      shortName: `HĐND ${place}`,
      kind: 'other',
      site: site.slug,
      functions: [
        `Hội đồng nhân dân ${place} là cơ quan quyền lực nhà nước ở địa phương, quyết định các vấn đề quan trọng của địa phương và giám sát hoạt động của Ủy ban nhân dân ${place}.`,
      ],
      functionsEn: [`The People's Council of ${placeEn} is the local body of state power: it decides the ${site.kind}'s important matters and oversees its People's Committee.`],
      leaders: leaders({
        fullName: secretary,
        position: `Chủ tịch HĐND ${place}`,
        positionEn: `Chair of the People's Council of ${placeEn}`,
        bio: `Sinh năm ${born}. Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân ${place}.`,
        bioEn: `Born in ${born}. Secretary of the Party Committee and Chair of the People's Council.`,
      }),
      contact,
      order: order - 4,
      chartOnly: true,
    },
  ];
};

/** A ward's or commune's own units, in Vietnamese and English. */
export const wardUnits = (site: SiteSeed, index: number): UnitSeed[] => {
  const officials = wardProfiles.get(site.slug);
  if (!officials) throw new Error(`No officials for ward ${site.slug}`);
  const place = nameInText(site.shortName);
  const placeEn = officials.en.place;
  const isCommune = site.kind === 'commune';
  const mailbox = (prefix: string): string => (site.contact.email ?? '').replace(/^ubnd/, prefix);
  const { address, addressEn, phone, workingHours, workingHoursEn } = site.contact;
  const contact = (prefix: string): ContactSeed => ({ address, addressEn, phone, email: mailbox(prefix), workingHours, workingHoursEn });
  const order = 100 + index * 10;
  const born = (k: number): number => 1970 + ((index * 7 + k * 5) % 16);

  const committee: UnitSeed = {
    slug: `ubnd-${site.slug}`,
    name: `Ủy ban nhân dân ${place}`,
    nameEn: `People's Committee of ${placeEn}`,
    shortName: `UBND ${place}`,
    kind: 'ward-committee',
    site: site.slug,
    functions: [
      `Ủy ban nhân dân ${place} là cơ quan hành chính nhà nước ở địa phương, do Hội đồng nhân dân cùng cấp bầu ra, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân ${place} và Ủy ban nhân dân thành phố Vũng Tàu.`,
      `Ủy ban nhân dân ${place} tổ chức thi hành Hiến pháp, pháp luật; quản lý nhà nước về kinh tế, ${isCommune ? 'nông nghiệp, thủy sản, đất đai' : 'trật tự đô thị, xây dựng, đất đai'}, văn hóa, giáo dục, y tế, an sinh xã hội, quốc phòng, an ninh trên địa bàn; giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông.`,
      `Ủy ban nhân dân ${place} thành lập Ban biên tập, duy trì Trang thông tin điện tử thành phần và phân công công chức làm cộng tác viên, cung cấp tin, bài về các sự kiện lớn của địa phương cho Cổng thông tin điện tử thành phố.`,
    ],
    functionsEn: [
      `The People's Committee of ${placeEn} is the local state administrative body, elected by the People's Council of the ${site.kind} and accountable to the local people, to that Council and to the Vung Tau City People's Committee.`,
      `It enforces the Constitution and the law and manages the economy, ${isCommune ? 'agriculture, fisheries and land' : 'urban order, construction and land'}, culture, education, health, social welfare, defence and security in its area, and handles administrative procedures through a one-stop desk.`,
      `It set up the editorial board that runs this information website and assigns civil servants as contributors, who also send news of major local events to the city portal.`,
    ],
    leaders: leaders(
      {
        fullName: officials.chairman,
        position: `Chủ tịch UBND ${place}`,
        positionEn: `Chair of the People's Committee of ${placeEn}`,
        bio: `Sinh năm ${born(0)}. Phụ trách chung; trực tiếp chỉ đạo công tác tổ chức bộ máy, tài chính - ngân sách, quy hoạch, đất đai.`,
        bioEn: `Born in ${born(0)}. In overall charge; directs organisation, finance and the budget, planning and land.`,
      },
      ...officials.viceChairmen.map((fullName, k) => ({
        fullName,
        position: `Phó Chủ tịch UBND ${place}`,
        positionEn: `Vice Chair of the People's Committee of ${placeEn}`,
        bio:
          k === 0
            ? `Sinh năm ${born(1)}. Phụ trách lĩnh vực văn hóa - xã hội, giáo dục, y tế, cải cách hành chính và Trang thông tin điện tử của địa phương.`
            : `Sinh năm ${born(2)}. Phụ trách lĩnh vực kinh tế, ${isCommune ? 'nông nghiệp, thủy sản' : 'quản lý đô thị'}, tài nguyên và môi trường.`,
        bioEn:
          k === 0
            ? `Born in ${born(1)}. In charge of culture and social affairs, education, health, administrative reform and the local information website.`
            : `Born in ${born(2)}. In charge of the economy, ${isCommune ? 'agriculture and fisheries' : 'urban management'}, natural resources and the environment.`,
      }))
    ),
    contact: site.contact,
    quota: WARD_COMMITTEE_QUOTA,
    order,
  };

  const front: UnitSeed = {
    slug: `mttq-${site.slug}`,
    name: `Ủy ban MTTQ Việt Nam ${place}`,
    nameEn: `Viet Nam Fatherland Front Committee of ${placeEn}`,
    shortName: `UBMTTQ ${place}`,
    kind: 'organisation',
    site: site.slug,
    functions: [
      `Ủy ban Mặt trận Tổ quốc Việt Nam ${place} là cơ quan chấp hành của Mặt trận Tổ quốc Việt Nam ở ${isCommune ? 'xã' : 'phường'} giữa hai kỳ đại hội, tập hợp, xây dựng khối đại đoàn kết toàn dân tộc, thực hiện giám sát, phản biện xã hội và tham gia xây dựng Đảng, chính quyền.`,
      `Ủy ban chủ trì, phối hợp với các tổ chức chính trị - xã hội thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”, vận động Quỹ “Vì người nghèo”, chăm lo cho hộ nghèo, gia đình chính sách và người có hoàn cảnh khó khăn.`,
    ],
    functionsEn: [
      `The Fatherland Front Committee of ${placeEn} is the executive body of the Viet Nam Fatherland Front in the ${site.kind} between congresses. It builds national unity, oversees and gives social feedback on the work of the authorities and takes part in building the Party and the government.`,
      `With the local mass organisations it leads the campaign "All people unite to build new rural areas and civilised cities" and the "For the poor" fund, and looks after poor households, families of people who served the nation and people in difficulty.`,
    ],
    leaders: leaders({
      fullName: officials.frontChair,
      position: `Chủ tịch Ủy ban MTTQ Việt Nam ${place}`,
      positionEn: `Chair of the Viet Nam Fatherland Front Committee of ${placeEn}`,
      bio: `Sinh năm ${born(3)}. Phụ trách chung hoạt động của Ủy ban MTTQ Việt Nam ${place}; thành viên Ban biên tập Trang thông tin điện tử.`,
      bioEn: `Born in ${born(3)}. In overall charge of the Committee's work; member of the editorial board of the information website.`,
    }),
    contact: contact('mttq'),
    quota: QUARTERLY_QUOTA,
    order: order + 1,
  };

  const extra = extraUnits[site.slug];
  const top = [
    ...wardTop(site, index, place, placeEn, contact('danguy'), order),
    ...(extra?.kind === 'police' ? [] : [chartPolice(site, index, place, placeEn, contact('congan'), order)]),
  ];
  if (!extra) return [...top, committee, front];
  const base = { site: site.slug, order: order + 2 };
  if (extra.kind === 'police') {
    return [...top, committee, front, {
      ...base,
      parent: committee.slug,
      slug: `cong-an-${site.slug}`,
      name: `Công an ${place}`,
      nameEn: `${placeEn} Police`,
      kind: 'police',
      functions: [
        `Công an ${place} thực hiện chức năng bảo đảm an ninh, trật tự, an toàn xã hội trên địa bàn; tiếp nhận, xử lý tin báo, tố giác về tội phạm; quản lý cư trú, hướng dẫn người dân làm thủ tục cấp căn cước và kích hoạt tài khoản định danh điện tử VNeID.`,
      ],
      functionsEn: [
        `The ${placeEn} Police keep security, public order and social safety in the ${site.kind}; they receive and handle reports of crime, manage residence registration and help residents apply for citizen identity cards and activate VNeID electronic identification accounts.`,
      ],
      leaders: leaders({
        fullName: extra.leader,
        position: `Trưởng Công an ${place}`,
        positionEn: `Chief of the ${placeEn} Police`,
        bio: `Sinh năm ${born(4)}. Phụ trách chung công tác bảo đảm an ninh, trật tự trên địa bàn.`,
        bioEn: `Born in ${born(4)}. In overall charge of security and public order in the ${site.kind}.`,
      }),
      contact: contact('congan'),
      quota: QUARTERLY_QUOTA,
    }];
  }
  if (extra.kind === 'women') {
    return [...top, committee, front, {
      ...base,
      parent: front.slug,
      slug: `hoi-phu-nu-${site.slug}`,
      name: `Hội Liên hiệp Phụ nữ ${place}`,
      nameEn: `Women's Union of ${placeEn}`,
      shortName: `Hội LHPN ${place}`,
      kind: 'organisation',
      functions: [
        `Hội Liên hiệp Phụ nữ ${place} tập hợp, vận động hội viên thực hiện các phong trào thi đua, cuộc vận động của Hội; hỗ trợ phụ nữ phát triển kinh tế gia đình, xây dựng gia đình no ấm, bình đẳng, tiến bộ, hạnh phúc.`,
      ],
      functionsEn: [
        `The Women's Union of ${placeEn} brings its members together in the Union's emulation movements and campaigns, helps women improve their families' livelihoods and builds prosperous, equal, progressive and happy families.`,
      ],
      leaders: leaders({
        fullName: extra.leader,
        position: `Chủ tịch Hội Liên hiệp Phụ nữ ${place}`,
        positionEn: `Chair of the Women's Union of ${placeEn}`,
        bio: `Sinh năm ${born(4)}. Phụ trách chung hoạt động của Hội.`,
        bioEn: `Born in ${born(4)}. In overall charge of the Union's work.`,
      }),
      contact: contact('hoiphunu'),
      quota: QUARTERLY_QUOTA,
    }];
  }
  const secretary = officials.officers[3];
  if (!secretary) throw new Error(`Ward ${site.slug} has a youth union but no Bí thư Đoàn on its board`);
  return [...top, committee, front, {
    ...base,
    parent: front.slug,
    slug: `doan-thanh-nien-${site.slug}`,
    name: `Đoàn TNCS Hồ Chí Minh ${place}`,
    nameEn: `Ho Chi Minh Communist Youth Union of ${placeEn}`,
    shortName: `Đoàn ${place}`,
    kind: 'organisation',
    functions: [
      `Đoàn Thanh niên Cộng sản Hồ Chí Minh ${place} tập hợp, đoàn kết thanh thiếu nhi trên địa bàn; tổ chức các hoạt động tình nguyện, giữ gìn vệ sinh môi trường, hỗ trợ người dân sử dụng dịch vụ công trực tuyến và tham gia tổ công nghệ số cộng đồng.`,
    ],
    functionsEn: [
      `The Youth Union of ${placeEn} brings together the young people of the ${site.kind}; it organises volunteer work and clean-ups, helps residents use online public services and takes part in the community digital technology team.`,
    ],
    leaders: leaders({
      fullName: secretary,
      position: `Bí thư Đoàn TNCS Hồ Chí Minh ${place}`,
      positionEn: `Secretary of the Ho Chi Minh Communist Youth Union of ${placeEn}`,
      bio: `Sinh năm ${1990 + (index % 8)}. Phụ trách chung công tác Đoàn và phong trào thanh thiếu nhi.`,
      bioEn: `Born in ${1990 + (index % 8)}. In overall charge of youth work and youth movements.`,
    }),
    contact: contact('doan'),
    quota: QUARTERLY_QUOTA,
  }];
};
