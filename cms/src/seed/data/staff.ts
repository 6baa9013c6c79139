/**
 * Demo editorial staff, one per role on Phường 7 and on the city portal, plus a Phường 8 editor,
 * the head of the board (approves royalties) and the finance officer (pays them) of both, the
 * city's answerer of questions for one office, and an operator.
 */
export interface StaffSeed {
  email: string;
  firstname: string;
  lastname: string;
  site: string;
  role: 'contributor' | 'editor' | 'approver' | 'site-admin' | 'board-head' | 'finance' | 'answerer';
  /** An answerer's unit (its slug), whose questions on the site they answer. */
  unit?: string;
}

/** An account that holds an admin role directly (no site membership), e.g. the operators' role. */
export interface AdminRoleSeed {
  email: string;
  firstname: string;
  lastname: string;
  roleCode: string;
}

export const demoStaff: readonly StaffSeed[] = [
  { email: 'ctv.phuong7@vungtau.local', firstname: 'Lê Thị', lastname: 'Hoa', site: 'phuong-7', role: 'contributor' },
  { email: 'bientap.phuong7@vungtau.local', firstname: 'Trần Văn', lastname: 'Nam', site: 'phuong-7', role: 'editor' },
  { email: 'duyet.phuong7@vungtau.local', firstname: 'Nguyễn Thị', lastname: 'Lan', site: 'phuong-7', role: 'approver' },
  { email: 'quantri.phuong7@vungtau.local', firstname: 'Phạm Minh', lastname: 'Tuấn', site: 'phuong-7', role: 'site-admin' },
  { email: 'bientap.phuong8@vungtau.local', firstname: 'Võ Thị', lastname: 'Mai', site: 'phuong-8', role: 'editor' },
  { email: 'ctv.thanhpho@vungtau.local', firstname: 'Đặng Quốc', lastname: 'Huy', site: 'vung-tau', role: 'contributor' },
  { email: 'bientap.thanhpho@vungtau.local', firstname: 'Hoàng Thị', lastname: 'Thu', site: 'vung-tau', role: 'editor' },
  { email: 'duyet.thanhpho@vungtau.local', firstname: 'Bùi Văn', lastname: 'Long', site: 'vung-tau', role: 'approver' },
  { email: 'truongban.phuong7@vungtau.local', firstname: 'Lê Văn', lastname: 'Sơn', site: 'phuong-7', role: 'board-head' },
  { email: 'ketoan.phuong7@vungtau.local', firstname: 'Ngô Thị', lastname: 'Hạnh', site: 'phuong-7', role: 'finance' },
  { email: 'truongban.thanhpho@vungtau.local', firstname: 'Phan Trọng', lastname: 'Hạnh', site: 'vung-tau', role: 'board-head' },
  { email: 'ketoan.thanhpho@vungtau.local', firstname: 'Trịnh Thị', lastname: 'Yến', site: 'vung-tau', role: 'finance' },
  // Answers the city's questions assigned to the culture and information office (Hỏi đáp).
  {
    email: 'traloi.thanhpho@vungtau.local',
    firstname: 'Lý Thị',
    lastname: 'Ngọc',
    site: 'vung-tau',
    role: 'answerer',
    unit: 'phong-van-hoa-va-thong-tin',
  },
];

export const demoOperators: readonly AdminRoleSeed[] = [
  { email: 'vanhanh@vungtau.local', firstname: 'Ngô Văn', lastname: 'Khải', roleCode: 'rebuild-operator' },
];
