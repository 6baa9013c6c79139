import { slugify } from '@vungtau/publishing';
import { uniqueSlug } from './slugs';

describe('slugs', () => {
  it.each([
    ['Đô thị văn minh', 'do-thi-van-minh'],
    ['Phường Thắng Nhì', 'phuong-thang-nhi'],
    ['Tin tức, sự kiện', 'tin-tuc-su-kien'],
    ['8083/QĐ-UBND', '8083-qd-ubnd'],
    ['Dân hỏi - Chính quyền trả lời', 'dan-hoi-chinh-quyen-tra-loi'],
    ['Ủy ban nhân dân Xã Long Sơn'.normalize('NFD'), 'uy-ban-nhan-dan-xa-long-son'],
  ])('turns "%s" into %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('appends the first free number when a slug is taken', async () => {
    const taken = new Set(['tin', 'tin-2']);
    await expect(uniqueSlug('tin', async (s) => taken.has(s))).resolves.toBe('tin-3');
    await expect(uniqueSlug('bai', async (s) => taken.has(s))).resolves.toBe('bai');
  });
});
