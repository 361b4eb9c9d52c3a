import type { CitizenIdErrorCode, CitizenIdErrorField, CitizenIdWarningCode } from '../../citizen-id/applicant';
import type { SafeTextProblemCode } from '../../text/safe-text';

// What the clerk reads when a scanned or typed citizen ID is refused or looks inconsistent. No message
// quotes a value from the card: they may end up in a screenshot or a support ticket.

export const citizenIdFieldLabels: Record<CitizenIdErrorField, string> = {
  raw: 'Mã QR',
  idNumber: 'Số định danh cá nhân',
  oldIdNumber: 'Số CMND cũ',
  fullName: 'Họ và tên',
  birthDate: 'Ngày sinh',
  sex: 'Giới tính',
  address: 'Nơi thường trú',
  issuedOn: 'Ngày cấp',
};

export const citizenIdErrorMessages: Record<Exclude<CitizenIdErrorCode, SafeTextProblemCode>, string> = {
  no_content: 'Mã quét được không có nội dung. Hãy quét lại.',
  not_citizen_id_code: 'Đây không phải mã QR trên thẻ căn cước / căn cước công dân. Hãy quét lại đúng mã ở mặt thẻ.',
  several_codes: 'Máy quét đã gửi nhiều mã một lúc. Hãy xoá và quét lại một lần.',
  too_few_fields: 'Mã quét được thiếu thông tin (có thể quét chưa hết). Hãy quét lại hoặc nhập tay.',
  missing: 'Chưa có thông tin này.',
  wrong_length: 'Số không đủ hoặc thừa chữ số (số định danh có 12 chữ số, số CMND cũ có 9 chữ số).',
  not_digits: 'Chỉ được gồm chữ số (kiểm tra chữ O và số 0, chữ l và số 1).',
  invalid_characters: 'Chỉ được gồm chữ cái, dấu cách, dấu nháy và gạch nối.',
  unrecognised: 'Không đọc được; phải là Nam hoặc Nữ.',
  invalid_date: 'Ngày không có thật trên lịch (ví dụ 31/02) hoặc sai định dạng ngày/tháng/năm.',
  before_1900: 'Năm sinh trước 1900, không hợp lệ.',
  in_future: 'Ngày ở sau hôm nay. Hãy kiểm tra lại (và ngày giờ của máy tính).',
  before_birth: 'Ngày cấp thẻ ở trước ngày sinh.',
};

export const citizenIdWarningMessages: Record<CitizenIdWarningCode, string> = {
  province_unknown: 'Ba chữ số đầu của số định danh không có trong danh mục mã tỉnh. Hãy đối chiếu với thẻ.',
  sex_digit_mismatch: 'Chữ số thứ 4 của số định danh không khớp với giới tính. Hãy đối chiếu với thẻ.',
  century_digit_mismatch: 'Chữ số thứ 4 của số định danh không khớp với thế kỷ của năm sinh. Hãy đối chiếu với thẻ.',
  birth_year_mismatch: 'Chữ số thứ 5 và 6 của số định danh không khớp với năm sinh. Hãy đối chiếu với thẻ.',
  issued_in_future: 'Ngày cấp ở sau hôm nay. Hãy kiểm tra lại ngày cấp và ngày giờ của máy tính.',
  several_id_numbers: 'Mã QR có nhiều số định danh; đã lấy số đầu tiên. Hãy đối chiếu với số in trên thẻ.',
  birth_year_in_future:
    'Chữ số thứ 4, 5 và 6 của số định danh cho một năm sinh ở sau năm nay. Hãy đối chiếu với thẻ (có thể gõ nhầm một chữ số).',
  unrecognised_fields: 'Mã QR có thêm thông tin mà phần mềm chưa đọc được; các thông tin chính vẫn đã được điền.',
};

/** The panel that reads the applicant off the card, on the counter page and later in the intake screen. */
export const applicantScanText = {
  title: 'Quét CCCD',
  hint: 'Đưa mã QR trên thẻ căn cước vào máy quét: thông tin công dân được điền, dù con trỏ đang ở ô nào.',
  reading: 'Đang đọc mã QR…',
  nothingYet: 'Chưa quét thẻ nào.',
  refused: 'Chưa điền được thông tin công dân.',
  typedIdLabel: 'Hoặc nhập số định danh cá nhân (Enter để kiểm tra)',
  typedIdValid: 'Số định danh hợp lệ.',
  checkAgainstCard: 'Cần đối chiếu với thẻ',
  sex: { male: 'Nam', female: 'Nữ' },
} as const;
