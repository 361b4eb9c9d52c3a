// The printed one-stop forms (TT 03/2025/TT-VPCP, Phụ lục I; one-stop-rules §1.3). The official
// layout and wording have not been copied from the Phụ lục I PDF yet: the titles are [C] (the form list
// on thuviennhadat.vn, named in one-stop-rules §1.1), the numbered lines of Mẫu 01 follow the
// TT 01/2018 template as one-stop-rules §1.3 records it [U], and what is marked "our wording" is ours.
// Forms 02 and 03 have only their field lists (§1.3 [U]); their sentences here are our wording.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** "14 giờ 05 phút, ngày 07 tháng 12 năm 2026", the way the forms write a moment [U, §1.3]. */
export function formMoment(p: { year: number; month: number; day: number; hour: number; minute: number }): string {
  return `${pad2(p.hour)} giờ ${pad2(p.minute)} phút, ngày ${pad2(p.day)} tháng ${pad2(p.month)} năm ${p.year}`;
}

export const slipsText = {
  /** The national motto block of every administrative document [U for its use on these forms, §1.3]. */
  motto: {
    country: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    slogan: 'Độc lập - Tự do - Hạnh phúc',
  },
  dateLine: (place: string | null, p: { year: number; month: number; day: number }) =>
    `${place ? `${place}, ngày` : 'Ngày'} ${pad2(p.day)} tháng ${pad2(p.month)} năm ${p.year}`,
  /** Our wording: which of the two identical copies this is. */
  copies: {
    citizen: 'Bản giao người nộp hồ sơ',
    kept: 'Bản lưu',
  },
  signHint: '(Ký, ghi rõ họ tên)',
  receipt: {
    formNumber: 'Mẫu 01',
    title: 'GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
    documentTitle: (code: string) => `Giấy tiếp nhận hồ sơ ${code}`,
    /** [U] after TT 01/2018: "<unit> tiếp nhận hồ sơ của:". */
    receivedBy: (unit: string) => `${unit} tiếp nhận hồ sơ của:`,
    documentsHeading: '1. Thành phần hồ sơ nộp gồm:',
    columns: { index: 'STT', name: 'Tên giấy tờ', form: 'Bản chính / bản sao', count: 'Số lượng' },
    forms: { original: 'Bản chính', copy: 'Bản sao' },
    dossierSets: (sets: number) => `2. Số lượng hồ sơ: ${pad2(sets)} bộ`,
    processingTime: (limit: string) => `3. Thời gian giải quyết hồ sơ theo quy định là: ${limit}`,
    receivedAt: (moment: string) => `4. Thời gian nhận hồ sơ: ${moment}`,
    dueAt: (moment: string) => `5. Thời gian trả kết quả giải quyết hồ sơ: ${moment}`,
    returnMethod: (how: string) => `6. Nhận kết quả: ${how}`,
    /** Our wording for the three ways the issue names (at the counter, by post, online). */
    returnMethods: {
      counter: 'Trực tiếp tại Bộ phận Một cửa',
      post: 'Qua dịch vụ bưu chính',
      online: 'Trực tuyến',
    },
    /** Not a numbered line of the form [U]: the fee is printed because the clerk collects it at reception. */
    fee: (amount: string) => `Phí, lệ phí đã nộp: ${amount} đồng`,
    feeExempted: (reason: string) => `Phí, lệ phí: miễn (${reason})`,
    feeNone: 'Phí, lệ phí: không thu',
    /** Our wording: the appointment was counted on holidays the city has not confirmed yet. */
    calendarUnconfirmed:
      '(*) Ngày hẹn được tính theo lịch nghỉ lễ chưa được xác nhận chính thức; nếu lịch thay đổi, Bộ phận Một cửa sẽ báo lại ngày trả kết quả.',
    applicantSigns: 'NGƯỜI NỘP HỒ SƠ',
    clerkSigns: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
    qrLabel: (code: string) => `Mã QR của mã hồ sơ ${code}`,
  },
  /** The lines forms 01–03 share (one-stop-rules §1.3 [U]). */
  fields: {
    code: 'Mã hồ sơ:',
    dossierOf: 'Hồ sơ của:',
    applicantName: 'Ông/Bà:',
    idNumber: 'Số định danh cá nhân:',
    address: 'Địa chỉ:',
    phone: 'Số điện thoại:',
    email: 'Email:',
    request: 'Nội dung yêu cầu giải quyết:',
  },
  supplement: {
    formNumber: 'Mẫu 02',
    title: 'PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
    documentTitle: (code: string | null) => (code ? `Phiếu yêu cầu bổ sung hồ sơ ${code}` : 'Phiếu yêu cầu bổ sung hồ sơ'),
    /** Our wording around the [U] field "what must be supplemented, and the reason / legal basis". */
    heading: 'Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
    columns: { index: 'STT', item: 'Nội dung cần bổ sung, hoàn thiện', reason: 'Lý do, căn cứ' },
    /** Our wording for the [U] field "contact person and phone number for questions". */
    contact: (name: string, phone: string) =>
      `Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ ${name}, số điện thoại ${phone}, để được hướng dẫn.`,
    clerkSigns: 'NGƯỜI HƯỚNG DẪN',
  },
  refusal: {
    formNumber: 'Mẫu 03',
    title: 'PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
    documentTitle: (code: string | null) => (code ? `Phiếu từ chối tiếp nhận hồ sơ ${code}` : 'Phiếu từ chối tiếp nhận hồ sơ'),
    /** Our wording: the unit refuses, for the reason below [U]. */
    statement: (unit: string) => `${unit} từ chối tiếp nhận giải quyết hồ sơ này với lý do sau:`,
    reason: 'Lý do:',
    legalBasis: 'Căn cứ:',
    clerkSigns: 'NGƯỜI TIẾP NHẬN HỒ SƠ',
  },
  /** A printer test: the ward's real header around an obviously made-up dossier. */
  sample: {
    mark: 'BẢN IN THỬ – KHÔNG CÓ GIÁ TRỊ TIẾP NHẬN HỒ SƠ',
    /** Not a unit code the city gives out, so the sample's dossier code can never be a real one. */
    unitCode: 'IN.THU',
    applicantName: 'Nguyễn Văn Thử',
    address: 'Địa chỉ in thử',
    procedureName: 'Kiểm tra máy in giấy tiếp nhận hồ sơ',
    documents: ['Tờ khai in thử', 'Giấy tờ in thử'],
    clerkName: 'Cán bộ in thử',
  },
} as const;
