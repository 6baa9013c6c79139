import { mergeReasons } from './queue';

describe('rebuild reasons', () => {
  it('keeps distinct reasons in order', () => {
    expect(mergeReasons(['đăng A', 'đăng B'], ['đăng B', 'gỡ C'])).toEqual(['đăng A', 'đăng B', 'gỡ C']);
  });

  it('counts what does not fit in one last line, across many merges', () => {
    let reasons: string[] = [];
    for (let i = 1; i <= 50; i++) reasons = mergeReasons(reasons, [`đăng ${i}`]);
    expect(reasons).toHaveLength(20);
    expect(reasons[18]).toBe('đăng 19');
    expect(reasons[19]).toBe('… và 31 thay đổi khác');
  });
});
