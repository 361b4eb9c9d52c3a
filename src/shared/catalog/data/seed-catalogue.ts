import type { DeadlineRule } from '../deadline-rule';
import type { Procedure } from '../procedure';

// The sample commune-level catalogue of one-stop-rules §8, so a new ward starts with the common
// procedures instead of an empty list. Each fact keeps the confidence tag and source of that table.
// Most values come from other provinces or pre-2025 records: the admin must replace them with Hanoi's
// published ones (§9.1). A value the table marks [U] with nothing behind it is left null, never guessed.
// Exemption texts are Vietnamese restatements of the cited records, not yet the verbatim legal text.

const SOURCES = {
  chauPhu: 'http://chauphu.angiang.gov.vn (Xem thủ tục hành chính, "23-Lĩnh vực hộ tịch", "Đăng ký khai sinh") — hồ sơ của An Giang',
  moLao: 'http://molao.hadong.hanoi.gov.vn/print-multi.php?in-thutuc=20855 — phường Mộ Lao, Hà Đông, đăng ký khai sinh lưu động',
  campha: 'https://phuongquanghanh.campha.gov.vn/phuongquanghanh/thu-tuc-hanh-chinh/tieude-/linhvuc-0/donvi-0 — hồ sơ của Quảng Ninh',
  linhChieu: 'http://linhchieu.tpthuduc.hochiminhcity.gov.vn/cac-thu-tuc-hanh-chinh/dang-ky-ket-hon/ct/5206/3021',
  familaw: 'https://familaw.net/bao-lau-thi-nhan-duoc-ket-qua-dang-ky-ket-hon-luu-di-dong/ (Thông tư 04/2020/TT-BTP, Điều 26)',
  linhTay: 'linhtay.tpthuduc (hồ sơ đăng ký khai tử); ndfloodinfo (dẫn Luật Hộ tịch, Điều 33) — chưa có địa chỉ đầy đủ',
  angiangMarital: 'https://dichvucong.angiang.gov.vn/dichvucong/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26195',
  caoBang: 'https://vunong.nguyenbinh.caobang.gov.vn/thu-tuc-hanh-chinh-cap-xa/thu-tuc-cap-giay-xac-nhan-tinh-trang-hon-nhan-964125',
  yenBai:
    'https://dichvucong.yenbai.gov.vn/block/phieu-huong-dan/thu-tuc/30391 — hồ sơ cấp huyện trước 2025; luatsux (Nghị định 123/2015/NĐ-CP, Điều 28)',
  docz: '123docz (hồ sơ cũ, quy định trước đây)',
  hue: 'tthc.thuathienhue (danh mục cấp huyện trước 2025)',
  portalNote: 'Ghi chú của dự án bên thứ ba dẫn tệp .doc của Cổng dịch vụ công quốc gia',
  laoCai: 'https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455',
  congChung: 'https://congchung2tphcm.com.vn/chung-thuc-ban-sao-2/ (Thông tư 226/2016/TT-BTC)',
  dienBien:
    'http://huyendienbien.gov.vn/nongthonmoi/T/HC/View/Thu-tuc-chung-thuc-chu-ky-trong-cac-giay-to-van-ban-ap-dung-cho-ca-truong-hop-chung-thuc',
  anNinhThuDo: 'https://anninhthudo.vn/phi-chung-thuc-ban-sao-la-2-000-dong-trang-post254973.antd (mức năm 2015)',
  portal2557: 'dichvucong.gov.vn, ma_thu_tuc=2557 (hồ sơ trước 2025)',
  hoaiAn: 'hoaian.binhdinh (hồ sơ cấp huyện trước 2025; thẩm quyền nay ở cấp xã chưa xác nhận)',
  plo: 'https://plo.vn/thoi-su/cap-giay-phep-cho-nha-o-trong-15-ngay-223158.html (chỉ tiêu đề bài báo; chưa rõ ngày làm việc hay ngày lịch)',
  thirdPartyCode: 'Dữ liệu thử của một dự án bên thứ ba; cần đối chiếu trên dichvucong.gov.vn',
  thirdParty: 'Nguồn thứ cấp (dữ liệu của dự án bên thứ ba); cần đối chiếu văn bản chính thức',
  pairedCodes: 'Dữ liệu thử của một dự án bên thứ ba, ghi nhiều mã trên một dòng; mã được ghép với thủ tục theo thứ tự liệt kê',
  notFound: 'Chưa tìm thấy nguồn; cần đối chiếu quyết định công bố thủ tục của Hà Nội',
  provincialFee: 'Lệ phí do HĐND tỉnh quy định; chưa tìm thấy mức của Hà Nội',
  inferredResult: 'Suy ra từ tên thủ tục; chưa đối chiếu hồ sơ thủ tục',
} as const;

const SAME_DAY: DeadlineRule = { kind: 'same_day_cutoff', cutoff: '15:00' };
const LATE_REGISTRATION_EXEMPTIONS = [
  'Đăng ký đúng hạn',
  'Người thuộc gia đình có công với cách mạng',
  'Người thuộc hộ nghèo',
  'Người khuyết tật',
];

const COMMUNE = { receivingUnit: 'Bộ phận Một cửa Ủy ban nhân dân cấp xã', competentUnit: 'Ủy ban nhân dân cấp xã' };
const COMMUNE_POLICE = { receivingUnit: 'Công an cấp xã', competentUnit: 'Công an cấp xã' };

/** Stable ids, so every ward holds the same seed rows and sync can match them: row of §8, then part. */
function seedId(row: number, part = 0): string {
  return `019a0000-5eed-7000-8000-${String(row * 10 + part).padStart(12, '0')}`;
}

const code = (value: string | null, confidence: 'C' | 'S' | 'U', source: string = SOURCES.thirdPartyCode) => ({
  code: value,
  confidence,
  source: value === null ? SOURCES.notFound : source,
});

const paper = (name: string, kind: 'original' | 'copy' | 'either', options: { optional?: boolean; formTemplate?: string } = {}) => ({
  name,
  kind,
  count: 1,
  optional: options.optional ?? false,
  formTemplate: options.formTemplate ?? null,
});

const result = (name: string) => ({ name, confidence: 'U' as const, source: SOURCES.inferredResult });

const free = (confidence: 'C' | 'S' | 'U', source: string) => ({ rule: { kind: 'free' as const }, exemptions: [], confidence, source });

function entry(
  id: string,
  field: string,
  name: string,
  nationalCode: Procedure['nationalCode'],
  facts: Partial<Omit<Procedure, 'id' | 'field' | 'name' | 'nationalCode'>>,
): Procedure {
  return {
    id,
    nationalCode,
    field,
    name,
    ...COMMUNE,
    channels: ['in_person'],
    deadline: { rule: null, byChannel: {}, confidence: 'U', source: SOURCES.notFound },
    fee: { rule: null, exemptions: [], confidence: 'U', source: SOURCES.notFound },
    requiredDocuments: { items: null, confidence: 'U', source: SOURCES.notFound },
    resultDocument: { name: null, confidence: 'U', source: SOURCES.notFound },
    legalBasis: { items: null, confidence: 'U', source: SOURCES.notFound },
    publicationDecision: null,
    // The two-level government (and so the commune-level catalogue) starts on 1 July 2025.
    effectiveFrom: '2025-07-01',
    ...facts,
  };
}

const HO_TICH = 'Hộ tịch';
const CHUNG_THUC = 'Chứng thực';
const BAO_TRO = 'Bảo trợ xã hội';
const NGUOI_CO_CONG = 'Người có công';
const HO_KINH_DOANH = 'Thành lập và hoạt động của hộ kinh doanh';
const XAY_DUNG = 'Xây dựng';
const CU_TRU = 'Cư trú';
const HOA_GIAI = 'Hòa giải ở cơ sở';

const BIRTH_DOCUMENTS = [
  paper('Tờ khai đăng ký khai sinh', 'original', { formTemplate: 'Tờ khai đăng ký khai sinh' }),
  paper('Giấy chứng sinh (hoặc văn bản của người làm chứng, giấy cam đoan về việc sinh)', 'original'),
  paper('Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản (trường hợp sinh con bằng mang thai hộ)', 'original', {
    optional: true,
  }),
  paper('Giấy tờ tùy thân của người đi đăng ký', 'either'),
  paper('Giấy tờ chứng minh nơi cư trú (chỉ khi không khai thác được từ cơ sở dữ liệu)', 'either', { optional: true }),
];

const DEATH_DOCUMENTS = [
  paper('Tờ khai đăng ký khai tử', 'original', { formTemplate: 'Tờ khai đăng ký khai tử' }),
  paper('Giấy báo tử hoặc giấy tờ thay thế giấy báo tử', 'original'),
  paper('Giấy tờ tùy thân của người đi đăng ký', 'either'),
];

export const seedCatalogue: Procedure[] = [
  // §8 #1
  entry(seedId(1), HO_TICH, 'Đăng ký khai sinh', code('1.001193', 'S', `${SOURCES.thirdPartyCode} (nhiều nguồn độc lập)`), {
    deadline: { rule: SAME_DAY, byChannel: {}, confidence: 'C', source: SOURCES.chauPhu },
    fee: {
      rule: { kind: 'fixed', amount: 8_000 },
      exemptions: LATE_REGISTRATION_EXEMPTIONS,
      confidence: 'C',
      source: `${SOURCES.chauPhu}: 8.000 đ khi đăng ký quá hạn (mức của An Giang, chưa phải của Hà Nội); miễn: ${SOURCES.moLao}`,
    },
    requiredDocuments: { items: BIRTH_DOCUMENTS, confidence: 'C', source: SOURCES.moLao },
    resultDocument: result('Giấy khai sinh'),
  }),
  // §8 #2
  entry(seedId(2), HO_TICH, 'Đăng ký khai sinh lưu động', code(null, 'U'), {
    deadline: {
      rule: { kind: 'working_days', days: 5 },
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.moLao} (5 ngày làm việc); Quảng Ninh ghi "5 ngày": ${SOURCES.campha}`,
    },
    fee: {
      rule: { kind: 'fixed', amount: 5_000 },
      exemptions: LATE_REGISTRATION_EXEMPTIONS,
      confidence: 'C',
      source: `${SOURCES.campha}: 5.000 đ khi quá hạn`,
    },
    requiredDocuments: { items: BIRTH_DOCUMENTS, confidence: 'C', source: SOURCES.moLao },
    resultDocument: result('Giấy khai sinh'),
  }),
  // §8 #3
  entry(seedId(3), HO_TICH, 'Đăng ký khai sinh kết hợp nhận cha, mẹ, con', code('1.000689', 'S'), {
    requiredDocuments: {
      items: [
        paper('Tờ khai đăng ký khai sinh và nhận cha, mẹ, con', 'original'),
        paper('Chứng cứ chứng minh quan hệ cha, mẹ, con', 'either'),
      ],
      confidence: 'U',
      source: SOURCES.notFound,
    },
  }),
  // §8 #4
  entry(
    seedId(4),
    HO_TICH,
    'Liên thông thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    code(null, 'U'),
    {
      deadline: {
        rule: { kind: 'working_days', days: 15 },
        byChannel: {},
        confidence: 'C',
        source: `${SOURCES.campha} (tối đa 15 ngày làm việc)`,
      },
      fee: free('C', SOURCES.campha),
    },
  ),
  // §8 #5
  entry(seedId(5), HO_TICH, 'Liên thông thủ tục đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi', code(null, 'U'), {
    deadline: {
      rule: { kind: 'working_days', days: 15 },
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.campha} (tối đa 15 ngày làm việc)`,
    },
    fee: free('C', SOURCES.campha),
  }),
  // §8 #6
  entry(seedId(6), HO_TICH, 'Đăng ký kết hôn', code('1.000894', 'S'), {
    deadline: {
      rule: { kind: 'same_day_cutoff', cutoff: '15:00' },
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.linhChieu} (trong ngày; sau 15 giờ hẹn trả; cần xác minh thì tối đa 5 ngày làm việc)`,
    },
    fee: {
      rule: { kind: 'free' },
      exemptions: [],
      confidence: 'U',
      source: 'Miễn cho công dân cư trú trong nước: chưa có nguồn; kết hôn lưu động miễn lệ phí (campha)',
    },
    requiredDocuments: {
      items: [
        paper('Tờ khai đăng ký kết hôn', 'original', { formTemplate: 'Tờ khai đăng ký kết hôn' }),
        paper('Giấy tờ tùy thân của hai bên nam, nữ (hai bên có mặt)', 'either'),
        paper('Giấy xác nhận tình trạng hôn nhân (khi đăng ký ngoài nơi cư trú)', 'original', { optional: true }),
      ],
      confidence: 'U',
      source: SOURCES.notFound,
    },
    resultDocument: result('Giấy chứng nhận kết hôn'),
  }),
  // §8 #7
  entry(seedId(7), HO_TICH, 'Đăng ký kết hôn lưu động', code('1.000593', 'S'), {
    deadline: { rule: { kind: 'working_days', days: 5 }, byChannel: {}, confidence: 'C', source: SOURCES.familaw },
    fee: free('C', SOURCES.campha),
    requiredDocuments: {
      items: [paper('Tờ khai đăng ký kết hôn (công chức mang theo biểu mẫu)', 'original', { formTemplate: 'Tờ khai đăng ký kết hôn' })],
      confidence: 'C',
      source: SOURCES.familaw,
    },
    resultDocument: result('Giấy chứng nhận kết hôn'),
    legalBasis: { items: ['Thông tư 04/2020/TT-BTP, Điều 26'], confidence: 'C', source: SOURCES.familaw },
  }),
  // §8 #8
  entry(seedId(8), HO_TICH, 'Đăng ký khai tử', code('1.000656', 'S'), {
    deadline: { rule: SAME_DAY, byChannel: {}, confidence: 'C', source: SOURCES.linhTay },
    fee: {
      rule: null,
      exemptions: ['Đăng ký khai tử trong thời hạn 15 ngày kể từ ngày có người chết'],
      confidence: 'U',
      source: `Miễn khi đúng hạn [C] ${SOURCES.linhTay}; ${SOURCES.provincialFee}`,
    },
    requiredDocuments: { items: DEATH_DOCUMENTS, confidence: 'C', source: SOURCES.linhTay },
    resultDocument: result('Trích lục khai tử'),
    legalBasis: { items: ['Luật Hộ tịch 2014, Điều 33'], confidence: 'C', source: SOURCES.linhTay },
  }),
  // §8 #9
  entry(seedId(9), HO_TICH, 'Đăng ký khai tử lưu động', code('1.000419', 'S'), {
    deadline: { rule: { kind: 'calendar_days', days: 5 }, byChannel: {}, confidence: 'C', source: `${SOURCES.campha} (ghi "5 ngày")` },
    fee: {
      rule: { kind: 'fixed', amount: 5_000 },
      exemptions: LATE_REGISTRATION_EXEMPTIONS,
      confidence: 'C',
      source: `${SOURCES.campha}: 5.000 đ khi quá hạn`,
    },
    requiredDocuments: { items: DEATH_DOCUMENTS, confidence: 'C', source: SOURCES.linhTay },
    resultDocument: result('Trích lục khai tử'),
  }),
  // §8 #10: the 23 days with verification are stated without a unit and stored as working days.
  entry(seedId(10), HO_TICH, 'Cấp Giấy xác nhận tình trạng hôn nhân', code('1.004873', 'C', SOURCES.angiangMarital), {
    deadline: {
      rule: { kind: 'working_days', days: 3, daysIfVerification: 23 },
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.angiangMarital}; ${SOURCES.caoBang} (3 ngày làm việc; tối đa 23 ngày nếu cần xác minh, đơn vị ngày chưa rõ)`,
    },
    fee: { rule: null, exemptions: [], confidence: 'U', source: SOURCES.provincialFee },
    requiredDocuments: {
      items: [
        paper('Tờ khai cấp Giấy xác nhận tình trạng hôn nhân', 'original', {
          formTemplate: 'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân',
        }),
        paper('Giấy tờ chứng minh việc ly hôn hoặc vợ, chồng đã chết (nếu đã có vợ, chồng)', 'either', { optional: true }),
      ],
      confidence: 'C',
      source: `${SOURCES.caoBang} (hồ sơ năm 2012)`,
    },
    resultDocument: result('Giấy xác nhận tình trạng hôn nhân'),
  }),
  // §8 #11
  entry(
    seedId(11),
    HO_TICH,
    'Cấp bản sao trích lục hộ tịch',
    code('2.000635', 'S', `${SOURCES.thirdPartyCode}; kế hoạch 1811/QĐ-TTPVHCC của Hà Nội`),
    {
      deadline: {
        rule: SAME_DAY,
        byChannel: {},
        confidence: 'C',
        source: `${SOURCES.campha}; Hà Nội (QĐ 1811/QĐ-TTPVHCC, nguồn thứ cấp) cũng vậy`,
      },
      fee: {
        rule: { kind: 'per_copy', amount: 8_000 },
        exemptions: [],
        confidence: 'C',
        source: `${SOURCES.campha}: 8.000 đ/bản/sự kiện (mức của Quảng Ninh)`,
      },
      requiredDocuments: {
        items: [
          paper('Tờ khai (văn bản) yêu cầu cấp bản sao trích lục hộ tịch', 'original'),
          paper('Giấy tờ tùy thân của người yêu cầu', 'either'),
          paper('Văn bản ủy quyền (khi ủy quyền)', 'either', { optional: true }),
        ],
        confidence: 'C',
        source: SOURCES.campha,
      },
      resultDocument: result('Bản sao trích lục hộ tịch'),
    },
  ),
  // §8 #12
  entry(seedId(12), HO_TICH, 'Xác nhận thông tin hộ tịch', code(null, 'U'), {
    deadline: {
      rule: { kind: 'working_days', days: 3, daysIfVerification: 10 },
      byChannel: {},
      confidence: 'C',
      source: SOURCES.campha,
    },
    fee: {
      rule: { kind: 'per_copy', amount: 8_000 },
      exemptions: [],
      confidence: 'C',
      source: `${SOURCES.campha}: 8.000 đ/văn bản (mức của Quảng Ninh)`,
    },
  }),
  // §8 #13
  entry(seedId(13), HO_TICH, 'Đăng ký lại khai sinh', code('1.004884', 'S'), {
    deadline: { rule: null, byChannel: {}, confidence: 'U', source: `${SOURCES.notFound} (thường là 5 ngày làm việc)` },
    fee: { rule: null, exemptions: [], confidence: 'U', source: SOURCES.provincialFee },
    requiredDocuments: {
      items: [paper('Tờ khai đăng ký lại khai sinh', 'original'), paper('Bản sao giấy tờ chứng minh nội dung khai sinh', 'copy')],
      confidence: 'U',
      source: SOURCES.notFound,
    },
    resultDocument: result('Giấy khai sinh'),
  }),
  // §8 #14
  entry(seedId(14), HO_TICH, 'Đăng ký lại khai tử', code('1.005461', 'S'), {
    channels: ['in_person', 'online'],
    deadline: {
      rule: { kind: 'working_days', days: 5, daysIfVerification: 10 },
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.yenBai} (tối đa 10 ngày nếu cần xác minh, đơn vị ngày chưa rõ)`,
    },
    fee: {
      rule: { kind: 'fixed', amount: 5_000 },
      exemptions: ['Nộp hồ sơ trực tuyến', 'Người thuộc gia đình có công với cách mạng', 'Người thuộc hộ nghèo', 'Người khuyết tật'],
      confidence: 'C',
      source: `${SOURCES.yenBai}: 5.000 đ (mức của Yên Bái)`,
    },
    requiredDocuments: {
      items: [
        paper('Tờ khai đăng ký lại khai tử', 'original'),
        paper('Bản sao Giấy chứng tử cũ hoặc giấy tờ chứng minh việc chết', 'copy'),
        paper('Văn bản ủy quyền (khi ủy quyền)', 'either', { optional: true }),
      ],
      confidence: 'C',
      source: SOURCES.yenBai,
    },
    resultDocument: result('Trích lục khai tử'),
    legalBasis: { items: ['Nghị định 123/2015/NĐ-CP, Điều 28'], confidence: 'C', source: SOURCES.yenBai },
  }),
  // §8 #15
  entry(seedId(15), HO_TICH, 'Đăng ký lại kết hôn', code('1.004746', 'S'), {
    deadline: {
      rule: { kind: 'working_days', days: 5, daysIfVerification: 10 },
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.docz}: 5 ngày làm việc, thêm 5 ngày nếu cần xác minh`,
    },
    fee: { rule: null, exemptions: [], confidence: 'U', source: SOURCES.provincialFee },
    requiredDocuments: {
      items: [paper('Tờ khai đăng ký lại kết hôn', 'original'), paper('Bản sao Giấy chứng nhận kết hôn cũ', 'copy')],
      confidence: 'U',
      source: SOURCES.notFound,
    },
    resultDocument: result('Giấy chứng nhận kết hôn'),
  }),
  // §8 #16
  entry(seedId(16), HO_TICH, 'Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc', code(null, 'U'), {
    deadline: { rule: { kind: 'working_days', days: 3, daysIfVerification: 6 }, byChannel: {}, confidence: 'C', source: SOURCES.hue },
    requiredDocuments: {
      items: [paper('Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch', 'original'), paper('Giấy tờ liên quan làm căn cứ', 'either')],
      confidence: 'C',
      source: SOURCES.hue,
    },
  }),
  // §8 #17, #18
  entry(seedId(17), HO_TICH, 'Đăng ký giám sát việc giám hộ', code('3.000323', 'S'), {}),
  entry(seedId(18), HO_TICH, 'Đăng ký chấm dứt giám hộ', code('1.004845', 'S'), {}),
  // §8 #19
  entry(seedId(19), 'Nuôi con nuôi', 'Đăng ký việc nuôi con nuôi trong nước', code('2.001263', 'S'), {
    fee: {
      rule: { kind: 'fixed', amount: 400_000 },
      exemptions: [
        'Cha dượng hoặc mẹ kế nhận con riêng của vợ hoặc chồng làm con nuôi',
        'Cô, cậu, dì, chú, bác ruột nhận cháu làm con nuôi',
        'Nhận trẻ em khuyết tật, nhiễm HIV/AIDS hoặc mắc bệnh hiểm nghèo làm con nuôi',
        'Người có công với cách mạng nhận con nuôi',
      ],
      confidence: 'S',
      source: SOURCES.portalNote,
    },
  }),
  // §8 #20
  entry(seedId(20), CHUNG_THUC, 'Chứng thực bản sao từ bản chính giấy tờ, văn bản', code('2.000815', 'S'), {
    deadline: { rule: SAME_DAY, byChannel: {}, confidence: 'C', source: SOURCES.laoCai },
    fee: {
      rule: { kind: 'per_page', ratePerPage: 2_000, reducedFromPage: 3, reducedRatePerPage: 1_000, maxPerCopy: 200_000 },
      exemptions: [],
      confidence: 'C',
      source: SOURCES.congChung,
    },
    requiredDocuments: {
      items: [paper('Bản chính giấy tờ, văn bản', 'original'), paper('Bản sao cần chứng thực', 'copy')],
      confidence: 'U',
      source: 'Bảng mẫu không dẫn nguồn cho thành phần hồ sơ',
    },
    resultDocument: result('Bản sao có chứng thực'),
    legalBasis: { items: ['Thông tư 226/2016/TT-BTC (lệ phí chứng thực)'], confidence: 'C', source: SOURCES.congChung },
  }),
  // §8 #21
  entry(
    seedId(21),
    CHUNG_THUC,
    'Chứng thực chữ ký trong giấy tờ, văn bản (kể cả điểm chỉ hoặc không ký, không điểm chỉ được)',
    code('2.000884', 'S'),
    {
      deadline: { rule: SAME_DAY, byChannel: {}, confidence: 'C', source: `${SOURCES.dienBien} (sau 15 giờ có phiếu hẹn)` },
      fee: {
        rule: { kind: 'per_case', amount: 10_000 },
        exemptions: [],
        confidence: 'C',
        source: `${SOURCES.dienBien} (một hoặc nhiều chữ ký trong một giấy tờ là một trường hợp)`,
      },
      requiredDocuments: {
        items: [
          paper('Giấy tờ tùy thân của người yêu cầu chứng thực', 'either'),
          paper('Giấy tờ, văn bản sẽ ký (giấy tờ tiếng nước ngoài: có thể phải kèm bản dịch tiếng Việt)', 'original'),
        ],
        confidence: 'C',
        source: SOURCES.dienBien,
      },
      resultDocument: result('Giấy tờ, văn bản đã được chứng thực chữ ký'),
      legalBasis: { items: ['Thông tư 226/2016/TT-BTC (lệ phí chứng thực)'], confidence: 'C', source: SOURCES.dienBien },
    },
  ),
  // §8 #22
  entry(
    seedId(22),
    CHUNG_THUC,
    'Chứng thực chữ ký người dịch mà người dịch không phải là cộng tác viên dịch thuật',
    code('2.001008', 'S'),
    {
      deadline: { rule: SAME_DAY, byChannel: {}, confidence: 'C', source: `${SOURCES.laoCai} (quy tắc áp dụng cho chữ ký người dịch)` },
      fee: { rule: null, exemptions: [], confidence: 'U', source: `${SOURCES.notFound} (thường là 10.000 đ/trường hợp)` },
      requiredDocuments: {
        items: [
          paper('Giấy tờ tùy thân của người dịch', 'either'),
          paper('Giấy tờ chứng minh trình độ ngoại ngữ của người dịch', 'either'),
          paper('Bản dịch kèm bản gốc giấy tờ, văn bản cần dịch', 'original'),
        ],
        confidence: 'U',
        source: 'Bảng mẫu không dẫn nguồn cho thành phần hồ sơ',
      },
    },
  ),
  // §8 #23
  entry(
    seedId(23),
    CHUNG_THUC,
    'Chứng thực chữ ký người dịch là cộng tác viên dịch thuật của Ủy ban nhân dân cấp xã',
    code('2.000992', 'S'),
    {
      deadline: { rule: SAME_DAY, byChannel: {}, confidence: 'C', source: `${SOURCES.laoCai} (quy tắc áp dụng cho chữ ký người dịch)` },
    },
  ),
  // §8 #24
  entry(seedId(24), CHUNG_THUC, 'Cấp bản sao từ sổ gốc', code(null, 'U'), {
    channels: ['in_person', 'postal', 'online'],
    deadline: {
      rule: SAME_DAY,
      byChannel: {},
      confidence: 'C',
      source: `${SOURCES.laoCai} (tính từ khi nhận đủ hồ sơ hợp lệ, theo dấu bưu điện hoặc thời điểm hệ thống trực tuyến ghi nhận)`,
    },
    fee: free('C', SOURCES.laoCai),
    requiredDocuments: {
      items: [
        paper('Giấy tờ tùy thân của người yêu cầu', 'either'),
        paper('Giấy tờ chứng minh quyền yêu cầu (khi người khác yêu cầu thay)', 'either', { optional: true }),
      ],
      confidence: 'C',
      source: SOURCES.laoCai,
    },
  }),
  // §8 #25
  entry(seedId(25), CHUNG_THUC, 'Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực', code('2.000942', 'S'), {}),
  // §8 #26
  entry(seedId(26), CHUNG_THUC, 'Chứng thực hợp đồng, giao dịch', code(null, 'U'), {
    deadline: { rule: null, byChannel: {}, confidence: 'U', source: `${SOURCES.notFound} (thường là 2 ngày làm việc)` },
    fee: {
      rule: null,
      exemptions: [],
      confidence: 'U',
      source: `30.000 đ theo thông tư liên tịch năm 2015: ${SOURCES.anNinhThuDo}; mức theo Thông tư 226/2016/TT-BTC chưa xác nhận`,
    },
    requiredDocuments: {
      items: [
        paper('Dự thảo hợp đồng, giao dịch', 'original'),
        paper('Giấy tờ tùy thân của các bên', 'either'),
        paper('Giấy tờ chứng minh quyền sở hữu, quyền sử dụng tài sản', 'either'),
      ],
      confidence: 'U',
      source: 'Bảng mẫu không dẫn nguồn cho thành phần hồ sơ',
    },
  }),
  // §8 #27
  entry(
    seedId(27),
    BAO_TRO,
    'Thực hiện, điều chỉnh, thôi hưởng trợ cấp xã hội hằng tháng, hỗ trợ kinh phí chăm sóc, nuôi dưỡng hằng tháng',
    code('1.001776', 'S'),
    {
      fee: free('U', SOURCES.notFound),
      requiredDocuments: {
        items: [paper('Tờ khai theo mẫu của Nghị định 20/2021/NĐ-CP', 'original')],
        confidence: 'U',
        source: SOURCES.notFound,
      },
    },
  ),
  // §8 #28
  entry(seedId(28), BAO_TRO, 'Chi trả trợ cấp xã hội hằng tháng khi đối tượng thay đổi nơi cư trú', code(null, 'U'), {
    deadline: { rule: { kind: 'working_days', days: 6 }, byChannel: {}, confidence: 'C', source: SOURCES.portal2557 },
    fee: free('C', SOURCES.portal2557),
    requiredDocuments: { items: [paper('Văn bản đề nghị', 'original')], confidence: 'C', source: SOURCES.portal2557 },
  }),
  // §8 #29 to #31
  entry(seedId(29), BAO_TRO, 'Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật', code('1.001699', 'S'), {
    fee: free('U', SOURCES.notFound),
    requiredDocuments: {
      items: [paper('Đơn đề nghị xác định mức độ khuyết tật', 'original'), paper('Giấy tờ y tế liên quan', 'either')],
      confidence: 'U',
      source: SOURCES.notFound,
    },
    resultDocument: result('Giấy xác nhận khuyết tật'),
  }),
  entry(seedId(30), BAO_TRO, 'Đổi, cấp lại Giấy xác nhận khuyết tật', code('1.001653', 'S'), {
    fee: free('U', SOURCES.notFound),
    resultDocument: result('Giấy xác nhận khuyết tật'),
  }),
  entry(seedId(31), BAO_TRO, 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', code('1.001731', 'S'), {
    fee: free('S', SOURCES.thirdParty),
  }),
  // §8 #32: the two codes are listed in the same order as the two cases.
  entry(seedId(32, 1), BAO_TRO, 'Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm', code('1.011606', 'S', SOURCES.pairedCodes), {
    fee: free('S', SOURCES.thirdParty),
  }),
  entry(seedId(32, 2), BAO_TRO, 'Công nhận hộ nghèo, hộ cận nghèo thường xuyên hằng năm', code('1.011607', 'S', SOURCES.pairedCodes), {
    fee: free('S', SOURCES.thirdParty),
  }),
  // §8 #33 to #39
  entry(seedId(33), BAO_TRO, 'Công nhận hộ thoát nghèo, hộ thoát cận nghèo', code('1.011608', 'S'), { fee: free('S', SOURCES.thirdParty) }),
  entry(seedId(34), BAO_TRO, 'Trợ cấp hưu trí xã hội (hưởng, thôi hưởng)', code('1.014027', 'S'), { fee: free('S', SOURCES.thirdParty) }),
  entry(seedId(35), BAO_TRO, 'Hỗ trợ mai táng cho người đang hưởng trợ cấp hưu trí xã hội', code('1.014028', 'S'), {
    fee: free('S', SOURCES.thirdParty),
  }),
  entry(seedId(36), NGUOI_CO_CONG, 'Mai táng phí đối với cựu chiến binh', code('2.002307', 'S'), { fee: free('S', SOURCES.thirdParty) }),
  entry(seedId(37), NGUOI_CO_CONG, 'Mai táng phí đối với thanh niên xung phong', code('2.002308', 'S'), {
    fee: free('S', SOURCES.thirdParty),
  }),
  entry(seedId(38), NGUOI_CO_CONG, 'Xác nhận thân nhân người có công', code('1.010833', 'S'), { fee: free('S', SOURCES.thirdParty) }),
  entry(seedId(39), NGUOI_CO_CONG, 'Trợ cấp thờ cúng liệt sĩ', code('1.010803', 'S'), { fee: free('S', SOURCES.thirdParty) }),
  // §8 #40
  entry(seedId(40), HO_KINH_DOANH, 'Đăng ký thành lập hộ kinh doanh', code('1.001612', 'U', SOURCES.notFound), {
    deadline: { rule: { kind: 'working_days', days: 3 }, byChannel: {}, confidence: 'C', source: SOURCES.hoaiAn },
    fee: { rule: null, exemptions: [], confidence: 'U', source: SOURCES.provincialFee },
    requiredDocuments: {
      items: [
        paper('Giấy đề nghị đăng ký hộ kinh doanh', 'original', { formTemplate: 'Giấy đề nghị đăng ký hộ kinh doanh' }),
        paper('Bản sao giấy tờ pháp lý của cá nhân', 'copy'),
        paper('Biên bản họp thành viên hộ gia đình (khi các thành viên cùng thành lập)', 'copy', { optional: true }),
      ],
      confidence: 'C',
      source: SOURCES.hoaiAn,
    },
    resultDocument: result('Giấy chứng nhận đăng ký hộ kinh doanh'),
  }),
  // §8 #41 to #44
  entry(seedId(41), HO_KINH_DOANH, 'Đăng ký thay đổi nội dung đăng ký hộ kinh doanh', code('2.000720', 'S'), {
    deadline: { rule: null, byChannel: {}, confidence: 'U', source: `${SOURCES.notFound} (thường là 3 ngày làm việc)` },
    resultDocument: result('Giấy chứng nhận đăng ký hộ kinh doanh'),
  }),
  entry(seedId(42), HO_KINH_DOANH, 'Tạm ngừng kinh doanh của hộ kinh doanh', code('1.001570', 'S'), { fee: free('U', SOURCES.notFound) }),
  entry(seedId(43), HO_KINH_DOANH, 'Chấm dứt hoạt động hộ kinh doanh', code('1.001266', 'S'), { fee: free('U', SOURCES.notFound) }),
  entry(seedId(44), HO_KINH_DOANH, 'Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh', code('2.000575', 'S'), {
    resultDocument: result('Giấy chứng nhận đăng ký hộ kinh doanh'),
  }),
  // §8 #45
  entry(seedId(45), XAY_DUNG, 'Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ', code('1.013225', 'S'), {
    deadline: { rule: { kind: 'calendar_days', days: 15 }, byChannel: {}, confidence: 'U', source: SOURCES.plo },
    fee: { rule: null, exemptions: [], confidence: 'U', source: SOURCES.provincialFee },
    requiredDocuments: {
      items: [
        paper('Đơn đề nghị cấp giấy phép xây dựng', 'original'),
        paper('Giấy tờ chứng minh quyền sử dụng đất', 'copy'),
        paper('Bản vẽ thiết kế xây dựng', 'original'),
      ],
      confidence: 'U',
      source: 'Bảng mẫu không dẫn nguồn cho thành phần hồ sơ',
    },
    resultDocument: result('Giấy phép xây dựng'),
  }),
  // §8 #46: the three codes are listed in the same order as the three procedures.
  entry(seedId(46, 1), XAY_DUNG, 'Điều chỉnh giấy phép xây dựng', code('1.013226', 'S', SOURCES.pairedCodes), {
    resultDocument: result('Giấy phép xây dựng'),
  }),
  entry(seedId(46, 2), XAY_DUNG, 'Gia hạn giấy phép xây dựng', code('1.013227', 'S', SOURCES.pairedCodes), {
    resultDocument: result('Giấy phép xây dựng'),
  }),
  entry(seedId(46, 3), XAY_DUNG, 'Cấp lại giấy phép xây dựng', code('1.013228', 'S', SOURCES.pairedCodes), {
    resultDocument: result('Giấy phép xây dựng'),
  }),
  // §8 #47
  entry(
    seedId(47),
    'Đất đai',
    'Đăng ký đất đai, cấp Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất lần đầu',
    code('1.012753', 'S', 'GitHub phamhungVpdklk/TTHC-2228 (danh mục Đồng Nai dùng mã này cho tổ chức); dữ liệu thử bên thứ ba'),
    {},
  ),
  // §8 #48 to #50: handled by the commune police; kept so clerks can send citizens to the right place.
  { ...entry(seedId(48), CU_TRU, 'Đăng ký thường trú', code('1.004222', 'S'), {}), ...COMMUNE_POLICE },
  { ...entry(seedId(49, 1), CU_TRU, 'Đăng ký tạm trú', code('1.004194', 'S', SOURCES.pairedCodes), {}), ...COMMUNE_POLICE },
  { ...entry(seedId(49, 2), CU_TRU, 'Gia hạn tạm trú', code('1.002755', 'S', SOURCES.pairedCodes), {}), ...COMMUNE_POLICE },
  { ...entry(seedId(50, 1), CU_TRU, 'Xóa đăng ký thường trú', code('1.003197', 'S', SOURCES.pairedCodes), {}), ...COMMUNE_POLICE },
  { ...entry(seedId(50, 2), CU_TRU, 'Xóa đăng ký tạm trú', code('1.010028', 'S', SOURCES.pairedCodes), {}), ...COMMUNE_POLICE },
  // §8 #51
  entry(seedId(51, 1), HOA_GIAI, 'Công nhận tổ trưởng tổ hòa giải', code('2.000950', 'S', SOURCES.pairedCodes), {
    fee: free('S', SOURCES.thirdParty),
  }),
  entry(seedId(51, 2), HOA_GIAI, 'Thôi làm hòa giải viên', code('2.000930', 'S', SOURCES.pairedCodes), {
    fee: free('S', SOURCES.thirdParty),
  }),
];
