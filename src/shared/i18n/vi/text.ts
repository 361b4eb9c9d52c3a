import type { SafeTextProblemCode } from '../../text/safe-text';

// Why a free-text field was refused. The HTTP layer puts the field's name in front, so each message
// stands alone as a sentence about "this field" and never repeats what was typed (it may be personal data).

export const safeTextMessages: { [Code in SafeTextProblemCode]: (limit: number) => string } = {
  lone_surrogate: () => 'Có ký tự bị lỗi mã hoá (thường do dán từ phần mềm khác). Hãy xoá và gõ lại.',
  bidi_control: () => 'Có ký tự ẩn làm đảo chiều hiển thị chữ (thường do dán từ nơi khác). Hãy xoá và gõ lại.',
  control_character: () => 'Có ký tự điều khiển không in được (thường do dán từ nơi khác). Hãy xoá và gõ lại.',
  line_break: () => 'Không được xuống dòng. Hãy viết trên một dòng.',
  noncharacter: () => 'Có ký tự không hợp lệ trong văn bản. Hãy xoá và gõ lại.',
  empty: () => 'Chưa nhập nội dung.',
  invisible_only: () => 'Chỉ có ký tự ẩn hoặc dấu thanh đứng riêng, không có chữ nào. Hãy nhập lại.',
  too_short: (min) => `Cần ít nhất ${min} ký tự.`,
  too_long: (max) => `Dài quá ${max} ký tự cho phép.`,
};
