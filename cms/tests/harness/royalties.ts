import type { AdminApi } from './workflow';

export const RECORD = 'api::royalty-record.royalty-record';
export const RATE = 'api::royalty-rate.royalty-rate';
export const UNIT_VALUE = 'api::royalty-unit-value.royalty-unit-value';
export const BUDGET = 'api::royalty-budget.royalty-budget';

/** The sample coefficient ranges the tests price pieces with (min, max, default). */
export const TEST_RATES = {
  tin: [1, 2, 1.5],
  'tin-ngan': [0.5, 1, 0.8],
  bai: [2.5, 5, 3],
  'phong-su-anh': [2, 4, 3],
  anh: [0.5, 1.5, 1],
} as const;

/**
 * Gives a site a rate table from 2020 on and two unit values (10 % of the base salary: 180,000 đ
 * until 30/06/2024, 234,000 đ from 01/07/2024), through the content manager as an operator does.
 */
export const configureRoyalties = async (operator: AdminApi, site: string): Promise<void> => {
  await operator
    .create(RATE, {
      name: 'Mẫu — khung hệ số thử nghiệm',
      site,
      sample: true,
      validFrom: '2020-01-01',
      rates: Object.entries(TEST_RATES).map(([form, [min, max, base]]) => ({
        form,
        minCoefficient: min,
        maxCoefficient: max,
        defaultCoefficient: base,
      })),
    })
    .expect(201);
  await operator.create(UNIT_VALUE, { site, amount: 180000, sample: true, validFrom: '2020-01-01', validTo: '2024-06-30' }).expect(201);
  await operator.create(UNIT_VALUE, { site, amount: 234000, sample: true, validFrom: '2024-07-01' }).expect(201);
};

export interface RecordView {
  documentId: string;
  articleDocumentId: string;
  contributor: { documentId: string; fullName: string } | null;
  coefficient: number;
  unitValue: number;
  share: number;
  amount: number;
  period: string;
  status: string;
}
