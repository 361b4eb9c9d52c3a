import { describe, expect, it } from 'vitest';
import { wardFixture } from '../support/ward-fixture';

// parseCitizenId through the contract (input parsed as the transport does) on a ward service whose
// clock reads 23/11/2026 in Hanoi. Fictional people: real province codes, made-up names and numbers.

const START = '2026-11-23T02:00:00.000Z';
const ADDRESS = 'Số 12 ngõ 34 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội';
const AN_QR = `001090012345|012345678|Nguyễn Văn An|15031990|Nam|${ADDRESS}|20042021`;

describe('parseCitizenId', () => {
  it('reads a scanned chip-card QR code into the applicant', () => {
    const fx = wardFixture({ start: START });
    expect(fx.call('parseCitizenId', { scanned: `${AN_QR}\r\n` })).toEqual({
      ok: true,
      applicant: {
        idNumber: '001090012345',
        oldIdNumber: '012345678',
        fullName: 'Nguyễn Văn An',
        birthDate: '1990-03-15',
        sex: 'male',
        address: ADDRESS,
        issuedOn: '2021-04-20',
        rawFieldCount: 7,
      },
      warnings: [],
    });
  });

  it('reads the typed form the same way', () => {
    const fx = wardFixture({ start: START });
    const result = fx.call('parseCitizenId', {
      form: { idNumber: '001 090 012 345', fullName: 'Nguyễn  Văn An', birthDate: '15/03/1990', sex: 'Nam', address: ADDRESS },
    });
    expect(result).toMatchObject({ ok: true, applicant: { idNumber: '001090012345', fullName: 'Nguyễn Văn An', birthDate: '1990-03-15' } });
  });

  it("judges a typed birth date against the counter's day in Hanoi: tomorrow is refused until tomorrow", () => {
    const fx = wardFixture({ start: START });
    const baby = { idNumber: '001226012345', fullName: 'Nguyễn Văn Bé', birthDate: '24/11/2026', sex: 'Nam', address: ADDRESS };
    expect(fx.call('parseCitizenId', { form: baby })).toMatchObject({ ok: false, error: { field: 'birthDate', code: 'in_future' } });
    // 17:00 UTC on 23/11 is already midnight of 24/11 in Hanoi.
    fx.clock.set('2026-11-23T17:00:00.000Z');
    expect(fx.call('parseCitizenId', { form: baby })).toMatchObject({ ok: true, applicant: { birthDate: '2026-11-24' } });
  });

  it('fills the form but warns when the 4th digit says the card belongs to a woman', () => {
    const fx = wardFixture({ start: START });
    const result = fx.call('parseCitizenId', { scanned: AN_QR.replace('001090012345', '001190012345') });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.applicant.idNumber).toBe('001190012345');
    expect(result.warnings).toEqual([
      {
        field: 'idNumber',
        code: 'sex_digit_mismatch',
        message: 'Chữ số thứ 4 của số định danh không khớp với giới tính. Hãy đối chiếu với thẻ.',
      },
    ]);
  });

  it('names the refused field and the reason in Vietnamese, without repeating the value', () => {
    const fx = wardFixture({ start: START });
    const cut = fx.call('parseCitizenId', { scanned: '001090012345|012345678|Nguyễn Văn An' });
    expect(cut).toEqual({
      ok: false,
      error: {
        field: 'raw',
        code: 'too_few_fields',
        message: expect.stringContaining('Mã quét được thiếu thông tin'),
      },
    });
    const future = fx.call('parseCitizenId', { scanned: AN_QR.replace('15031990', '15032030') });
    expect(future).toMatchObject({ ok: false, error: { field: 'birthDate', code: 'in_future' } });
    if (!future.ok) expect(future.error.message).not.toContain('2030');
  });

  it('accepts exactly one of scanned and form', () => {
    const fx = wardFixture({ start: START });
    expect(() => fx.call('parseCitizenId', {})).toThrow();
    expect(() =>
      fx.call('parseCitizenId', { scanned: AN_QR, form: { idNumber: '', fullName: '', birthDate: '', sex: '', address: '' } }),
    ).toThrow();
  });
});
