import { describe, expect, it } from 'vitest';
import { ADDRESS_MAX, NAME_MAX } from '../../src/shared/citizen-id/applicant';
import { ReceiptSlip } from '../../src/shared/slips/receipt';
import { sampleReceiptInput } from '../support/sample-slips';

// What a slip refuses to print about the person and the clerk: a number with anything around it, and
// names or addresses longer than the forms' fields (mutation run 35 found these unpinned).

type Input = ReturnType<typeof sampleReceiptInput>;

function refusedAt(change: (input: Input) => void): string[] {
  const input = sampleReceiptInput();
  change(input);
  const result = ReceiptSlip.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('the people on a slip', () => {
  it.each([
    ['a phone with a letter before it', (i: Input) => (i.applicant.phone = 'x0912345678'), 'applicant.phone'],
    ['a phone with a letter after it', (i: Input) => (i.applicant.phone = '0912345678x'), 'applicant.phone'],
    ['an ID number with a letter before it', (i: Input) => (i.applicant.idNumber = 'x001190012345'), 'applicant.idNumber'],
    ['an ID number with a digit too many', (i: Input) => (i.applicant.idNumber = '0011900123456'), 'applicant.idNumber'],
    ['a name longer than the form', (i: Input) => (i.applicant.fullName = 'Lê '.repeat(NAME_MAX / 3 + 1)), 'applicant.fullName'],
    ['an address longer than the form', (i: Input) => (i.applicant.address = 'a'.repeat(ADDRESS_MAX + 1)), 'applicant.address'],
    ['a clerk name longer than the form', (i: Input) => (i.clerkName = 'a'.repeat(NAME_MAX + 1)), 'clerkName'],
  ])('refuses %s', (_what, change, path) => {
    expect(refusedAt(change)).toEqual([path]);
  });

  it('prints an international phone and names and addresses up to their limits', () => {
    expect(
      refusedAt((i) => {
        i.applicant.phone = '+84912345678';
        i.applicant.fullName = 'a'.repeat(NAME_MAX);
        i.applicant.address = 'a'.repeat(ADDRESS_MAX);
        i.clerkName = 'a'.repeat(NAME_MAX);
      }),
    ).toEqual([]);
  });

  it('says in the log what a dossier code must look like', () => {
    const input = sampleReceiptInput();
    input.dossierCode = 'HS-1';
    const result = ReceiptSlip.safeParse(input);
    expect(result.success ? null : result.error.issues[0]!.message).toBe('expected <unit code>-<YYMMDD>-<NNNN>');
  });
});
