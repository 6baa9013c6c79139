import fc from 'fast-check';
import { typedAmount, typedHours } from './format';

describe('board: overtime amounts and hours as staff type them', () => {
  it('reads Vietnamese grouping and the currency, and leaves anything else for the server to name', () => {
    expect(typedAmount('3.000.000')).toBe('3000000');
    expect(typedAmount('3 000 000 đ')).toBe('3000000');
    expect(typedAmount('500.000 đồng')).toBe('500000');
    expect(typedAmount('3000000')).toBe('3000000');
    expect(typedAmount('3.5')).toBe('3.5');
    expect(typedAmount('3.00.000')).toBe('3.00.000');
    expect(typedAmount('ba triệu')).toBe('ba triệu');
    expect(typedHours('2,5')).toBe('2.5');
    expect(typedHours('4')).toBe('4');
  });

  it('gives back every whole amount written with Vietnamese grouping', () => {
    const vnd = new Intl.NumberFormat('vi-VN');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (amount) => {
        expect(typedAmount(vnd.format(amount))).toBe(String(amount));
        expect(typedAmount(`${vnd.format(amount)} đ`)).toBe(String(amount));
      })
    );
  });
});
