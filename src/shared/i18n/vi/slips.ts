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
  /**
   * Mẫu 04. Title [C] (TT 03/2025 form list); its fields follow one-stop-rules §1.3 [U/S]; every
   * sentence here is our wording.
   */
  extension: {
    formNumber: 'Mẫu 04',
    title: 'VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT',
    documentTitle: (code: string) => `Văn bản xin lỗi và đề nghị gia hạn ${code}`,
    addressee: 'Kính gửi:',
    received: (unit: string, moment: string) => `${unit} đã tiếp nhận hồ sơ của Ông/Bà vào lúc ${moment}.`,
    field: 'Lĩnh vực:',
    previousDue: 'Thời gian hẹn trả kết quả trước đây:',
    /** Shown when the dossier no longer says what the appointment was before its first extension. */
    unknownMoment: '…………………………………………',
    lateBecause: 'Hồ sơ chưa giải quyết xong đúng thời gian đã hẹn vì lý do sau:',
    apology: (unit: string) => `${unit} xin lỗi Ông/Bà vì sự chậm trễ này và đề nghị gia hạn thời gian giải quyết hồ sơ.`,
    newDue: 'Thời gian hẹn trả kết quả mới:',
    /** [U] one-stop-rules §1.3: "signed and stamped by the head of the processing agency". */
    signs: 'ĐẠI DIỆN CƠ QUAN GIẢI QUYẾT HỒ SƠ',
    signHint: '(Ký, ghi rõ họ tên, đóng dấu)',
  },
  /** Mẫu 05 (new in TT 03/2025). Title [C]; fields §1.3 [U]; sentences are our wording. */
  stop: {
    formNumber: 'Mẫu 05',
    title: 'THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ',
    documentTitle: (code: string) => `Thông báo dừng giải quyết hồ sơ ${code}`,
    statement: (unit: string) => `${unit} thông báo dừng giải quyết hồ sơ này với lý do sau:`,
    reason: 'Lý do:',
    legalBasis: 'Căn cứ:',
    feeAndPapers: 'Về phí, lệ phí và giấy tờ đã nộp:',
    /** A line left for the signer to write by hand what the app does not record. */
    blank: '……………………………………………………………………',
    /** [U]: §1.3 names a signature without saying whose; the processing agency decides to stop. */
    signs: 'ĐẠI DIỆN CƠ QUAN GIẢI QUYẾT HỒ SƠ',
  },
  /** Mẫu 06. Title [C]; fields §1.3 [S]; layout [U]; step names are our wording. */
  control: {
    formNumber: 'Mẫu 06',
    title: 'PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ',
    documentTitle: (code: string) => `Phiếu kiểm soát quá trình giải quyết hồ sơ ${code}`,
    attachedTo: 'Kèm theo hồ sơ của:',
    leadAgency: 'Cơ quan chủ trì giải quyết:',
    coordinating: 'Cơ quan phối hợp giải quyết:',
    blank: '……………………………………………………………………',
    dueAt: 'Thời gian hẹn trả kết quả:',
    columns: {
      index: 'STT',
      step: 'Tên cơ quan, bước giao nhận',
      time: 'Thời gian giao, nhận hồ sơ',
      outcome: 'Kết quả giải quyết hồ sơ',
      note: 'Ghi chú',
    },
    handedBy: (name: string) => `Giao: ${name}`,
    receivedBy: 'Nhận: ……………',
    steps: {
      receive: 'Bộ phận Một cửa tiếp nhận hồ sơ',
      transfer: 'Bộ phận Một cửa chuyển hồ sơ đến cơ quan giải quyết',
      start_processing: 'Cơ quan giải quyết nhận hồ sơ và giải quyết',
      request_supplement: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
      resume_processing: 'Tiếp tục giải quyết sau khi bổ sung',
      mark_result_ready: 'Cơ quan giải quyết chuyển kết quả về Bộ phận Một cửa',
      return_result: 'Bộ phận Một cửa trả kết quả',
      refuse: 'Từ chối giải quyết hồ sơ',
      stop: 'Dừng giải quyết hồ sơ',
      extend: 'Xin lỗi, gia hạn thời gian giải quyết',
    },
    /** [S] one-stop-rules §1.3: the three classes a result is labelled with. */
    outcomes: { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' },
    newDue: (moment: string) => `Hẹn lại: ${moment}`,
    /** A step recorded at the city by the processing side names no ward clerk. */
    noClerk: '……………',
  },
  /** Mẫu 07. Title [C]; columns §1.3 [U]. */
  register: {
    formNumber: 'Mẫu 07',
    title: 'SỔ THEO DÕI HỒ SƠ',
    documentTitle: (from: string, to: string) => `Sổ theo dõi hồ sơ ${from} – ${to}`,
    range: (from: string, to: string) => `Từ ngày ${from} đến ngày ${to}`,
    columns: [
      'STT',
      'Mã hồ sơ',
      'Tên thủ tục hành chính',
      'Số lượng hồ sơ (bộ)',
      'Tên cá nhân, tổ chức',
      'Địa chỉ, số điện thoại',
      'Cơ quan chủ trì giải quyết',
      'Ngày nhận hồ sơ',
      'Ngày hẹn trả kết quả',
      'Ngày chuyển hồ sơ đến cơ quan giải quyết',
      'Ngày nhận kết quả từ cơ quan giải quyết',
      'Ngày trả kết quả',
      'Ghi chú',
    ],
    /** The paper register's column for the applicant's signature on return; a file has none. */
    signColumn: 'Ký nhận',
    empty: 'Không có hồ sơ nào được tiếp nhận trong khoảng thời gian này.',
    /** Our wording for the register's notes column. */
    notes: { refused: 'Từ chối giải quyết', stopped: 'Dừng giải quyết', extended: 'Đã gia hạn' },
    fileName: (from: string, to: string, ext: string) => `so-theo-doi-ho-so_${from}_${to}.${ext}`,
    sheetName: 'Sổ theo dõi hồ sơ',
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
