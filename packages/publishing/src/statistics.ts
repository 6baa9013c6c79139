/** The fields a statistics dataset is filed under (the CMS's `dataset.field`), with their Vietnamese names. */
export const DATASET_FIELDS = {
  'dan-so-lao-dong': 'Dân số, lao động',
  'kinh-te': 'Kinh tế',
  'tai-chinh-ngan-sach': 'Tài chính, ngân sách',
  'du-lich': 'Du lịch',
  'giao-duc': 'Giáo dục',
  'y-te': 'Y tế',
  'xa-hoi': 'Xã hội',
  'dich-vu-cong': 'Dịch vụ công',
  khac: 'Khác',
} as const;
export type DatasetField = keyof typeof DATASET_FIELDS;
