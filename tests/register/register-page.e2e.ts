import fs from 'node:fs';
import { registerText } from '../../src/shared/i18n/vi/register';
import { expect, test } from '../support/e2e-fixtures';

// The head of the service point downloads the register of dossiers (Mẫu 07) from the close-day page,
// from the keyboard, and gets the file the service made, with the citizen's name intact.

const SET_UP_SECRET = '111111';

test('the register is downloaded as CSV from the close-day page with the keyboard alone', async ({ ward }) => {
  await ward.call('saveDossierCodeSettings', { unitCode: '000.A0.01.H26', slot: 1 });
  const { dossier } = await ward.call('createDossier', {
    requestId: '0197a000-0000-4000-8000-00000000e2e1',
    procedureId: '019a0000-5eed-7000-8000-000000000260',
    channel: 'in_person',
    applicant: {
      idNumber: '001190012345',
      fullName: 'Nguyễn Thị Đào',
      birthDate: '1990-05-17',
      sex: 'female',
      address: 'Số 5 ngõ 12 phố Huế, Hà Nội',
    },
    documents: [{ name: 'Phiếu yêu cầu chứng thực', kind: 'original', count: 1 }],
    fee: {},
    returnMethod: 'counter',
  });
  await ward.call('createClerk', { username: 'truongbophan', fullName: 'Phạm Văn Trưởng', role: 'head', secret: SET_UP_SECRET });
  const { sessionToken } = await ward.call('signIn', { username: 'truongbophan', secret: SET_UP_SECRET }, ward.launchToken);
  await ward.call('changeOwnSecret', { currentSecret: SET_UP_SECRET, newSecret: '246802' }, sessionToken);

  const page = await ward.open('/close-day', { token: sessionToken });
  const section = page.getByTestId('register-section');
  await expect(section.getByRole('heading')).toHaveText(registerText.heading);
  // The range runs from the first of this month to today, which holds the dossier just received.
  // Tab steps through each date field's day, month and year first; the buttons come right after.
  await section.getByTestId('register-csv').focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);

  expect(download.suggestedFilename()).toMatch(/^so-theo-doi-ho-so_\d{4}-\d{2}-01_\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).toContain(`1,${dossier.code},"Chứng thực hợp đồng, giao dịch",1,Nguyễn Thị Đào,`);
  await expect(section.getByRole('status')).toHaveText(registerText.downloaded(download.suggestedFilename()));
});
