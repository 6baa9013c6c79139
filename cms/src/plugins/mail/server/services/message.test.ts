import { mailAddress, outgoingMessage, withoutAddresses } from './message';
import { backoffMs } from './outbox';

describe('participation mail: messages', () => {
  it('mail: takes the addresses out of an SMTP error for the logs', () => {
    expect(withoutAddresses('550 5.1.1 <nguyen.van.a@example.vn>: Recipient address rejected')).toBe(
      '550 5.1.1 <[address]>: Recipient address rejected'
    );
    expect(withoutAddresses('Can not send to a.b+c@mail.gov.vn, b@x.vn')).toBe('Can not send to [address], [address]');
    expect(withoutAddresses('connect ECONNREFUSED 127.0.0.1:587')).toBe('connect ECONNREFUSED 127.0.0.1:587');
  });

  it('mail: accepts addresses and one-line subjects, refuses header injection', () => {
    expect(mailAddress.safeParse('hoi.dap@vungtau.gov.vn').success).toBe(true);
    expect(mailAddress.safeParse('a@b').success).toBe(false);
    const base = { to: 'a@example.vn', subject: 'Câu hỏi đã được trả lời', text: 'Nội dung', kind: 'question-answered' };
    expect(outgoingMessage.safeParse(base).success).toBe(true);
    expect(outgoingMessage.safeParse({ ...base, subject: 'A\nBcc: x@example.vn' }).success).toBe(false);
    expect(outgoingMessage.safeParse({ ...base, to: 'a@example.vn\r\nBcc: x@example.vn' }).success).toBe(false);
    expect(outgoingMessage.safeParse({ ...base, cc: 'x@example.vn' }).success).toBe(false);
  });

  it('mail: backs off from 30 seconds, doubling, up to an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });
});
