import { addDays, dayIn, mondayOf, type ScheduleState } from '@vungtau/publishing';
import type { SiteSeed } from '../types';
import { nameInText, wardProfiles } from './sites';

/** One entry of a demo week, as the schedule's component stores it. */
export interface ScheduleEntrySeed {
  date: string;
  startTime: string;
  endTime: string | null;
  /** The People's Committee's chair or first vice-chair, resolved to their official record by the seed step. */
  leaders: Array<'chair' | 'vice'>;
  content: string;
  place: string;
  chair: string;
  participants: string;
  preparingUnit: string;
  state: ScheduleState;
  note: string | null;
}

export interface WorkScheduleSeed {
  site: string;
  weekStart: string;
  entries: ScheduleEntrySeed[];
}

interface Leaders {
  chair: string;
  vice: string;
  /** "UBND Phường 7", "UBND thành phố". */
  committee: string;
  office: string;
  hall: string;
}

const leadersOf = (site: SiteSeed): Leaders => {
  const ward = wardProfiles.get(site.slug);
  if (!ward)
    return {
      chair: 'Chủ tịch UBND thành phố',
      vice: 'Đ/c Trần Quốc Hưng - Phó Chủ tịch UBND thành phố',
      committee: 'UBND thành phố',
      office: 'Văn phòng HĐND và UBND thành phố',
      hall: 'Phòng họp số 1, UBND thành phố (89 Lý Thường Kiệt)',
    };
  const place = nameInText(ward.shortName);
  return {
    chair: `Đ/c ${ward.chairman} - Chủ tịch UBND ${place}`,
    vice: `Đ/c ${ward.viceChairmen[0]} - Phó Chủ tịch UBND ${place}`,
    committee: `UBND ${place}`,
    office: `Văn phòng - Thống kê UBND ${place}`,
    hall: `Hội trường UBND ${place}`,
  };
};

type Template = Omit<ScheduleEntrySeed, 'date' | 'state' | 'note'> & { day: number };

/** A week of a ward or of the city: the standing meetings every office has, Monday to Friday. */
const week = (l: Leaders, city: boolean): Template[] => [
  {
    day: 0,
    startTime: '07:30',
    endTime: '09:00',
    leaders: ['chair', 'vice'],
    content: `Giao ban lãnh đạo ${l.committee} đầu tuần`,
    place: l.hall,
    chair: l.chair,
    participants: city ? 'Lãnh đạo UBND thành phố; Chánh Văn phòng HĐND và UBND thành phố' : 'Thường trực UBND; các công chức chuyên môn',
    preparingUnit: l.office,
  },
  {
    day: 1,
    startTime: '08:00',
    endTime: '11:00',
    leaders: ['chair'],
    content: 'Tiếp công dân định kỳ',
    place: city ? 'Trụ sở Tiếp công dân thành phố' : `Phòng tiếp công dân ${l.committee}`,
    chair: l.chair,
    participants: city ? 'Ban Tiếp công dân thành phố; Thanh tra thành phố; các phòng chuyên môn liên quan' : 'Công chức Tư pháp - Hộ tịch; Công chức Địa chính',
    preparingUnit: city ? 'Ban Tiếp công dân thành phố' : l.office,
  },
  {
    day: 2,
    startTime: '14:00',
    endTime: '16:30',
    leaders: ['vice'],
    content: 'Kiểm tra công tác chỉnh trang đô thị, trật tự lòng lề đường khu vực Bãi Trước - Bãi Sau',
    place: city ? 'Khu vực Bãi Trước, Bãi Sau' : 'Các tuyến đường trên địa bàn',
    chair: l.vice,
    participants: city ? 'Phòng Quản lý đô thị; Đội Quản lý trật tự đô thị; UBND các phường liên quan' : 'Công an phường; Công chức Địa chính - Xây dựng',
    preparingUnit: city ? 'Phòng Quản lý đô thị' : 'Công chức Địa chính - Xây dựng',
  },
  {
    day: 3,
    startTime: '08:00',
    endTime: '10:00',
    leaders: ['vice'],
    content: 'Họp Ban Chỉ đạo chuyển đổi số; rà soát tỷ lệ hồ sơ thủ tục hành chính trực tuyến',
    place: l.hall,
    chair: l.vice,
    participants: city ? 'Phòng Văn hóa và Thông tin; Trung tâm Phục vụ hành chính công; các thành viên Ban Chỉ đạo' : 'Bộ phận Một cửa; Tổ công nghệ số cộng đồng',
    preparingUnit: city ? 'Phòng Văn hóa và Thông tin' : 'Công chức Văn hóa - Xã hội',
  },
  {
    day: 4,
    startTime: '14:00',
    endTime: '16:00',
    leaders: ['chair'],
    content: `Họp thành viên ${l.committee} đánh giá kết quả công tác tuần, triển khai nhiệm vụ tuần tới`,
    place: l.hall,
    chair: l.chair,
    participants: city ? 'Thành viên UBND thành phố' : 'Thành viên UBND; trưởng các khu phố, ấp',
    preparingUnit: l.office,
  },
];

/** The day's entries, one changed and one cancelled in a week that has begun. */
const entriesOf = (site: SiteSeed, monday: string, settled: boolean): ScheduleEntrySeed[] =>
  week(leadersOf(site), site.kind === 'city').map(({ day, ...template }) => {
    const state: ScheduleState = settled && day === 1 ? 'changed' : settled && day === 3 ? 'cancelled' : 'planned';
    const note =
      state === 'changed'
        ? 'Chuyển từ 7 giờ 30 sang 8 giờ 00 do lãnh đạo dự họp tại tỉnh đầu giờ sáng.'
        : state === 'cancelled'
          ? 'Hoãn sang tuần sau để bổ sung số liệu; thời gian cụ thể sẽ thông báo sau.'
          : null;
    return { ...template, date: addDays(monday, day), state, note };
  });

/**
 * The demo weeks: on every site the week of the demo epoch and the week of `today` (so the
 * schedule is current whenever the demo is seeded, which the Nghị định 42 check asks for), and on
 * the city portal also the weeks before and after today's. A week that has begun shows one changed
 * and one cancelled entry, with their reasons.
 */
export const workScheduleSeeds = (sites: readonly SiteSeed[], epoch: Date, today: Date): WorkScheduleSeed[] => {
  const current = mondayOf(dayIn(today));
  return sites.flatMap((site) => {
    const mondays = new Set([mondayOf(dayIn(epoch)), current]);
    if (site.kind === 'city') [addDays(current, -7), addDays(current, 7)].forEach((m) => mondays.add(m));
    return [...mondays].sort().map((monday) => ({ site: site.slug, weekStart: monday, entries: entriesOf(site, monday, monday <= current) }));
  });
};
