// Synthetic Vietnamese full names for the search benchmark: family name, one middle name, one given
// name, drawn with a seeded generator so every run searches the same million names.
//
// Family-name shares (S): Nguyễn 38.4 %, Trần 11 %, Lê 9.5 %, Phạm 7.1 %, Huỳnh/Hoàng 5.1 %, Phan
// 4.5 %, Vũ/Võ 3.9 %, Đặng 2.1 %, Bùi 2 %, Đỗ 1.4 %, Hồ 1.3 %, Ngô 1.3 %, Dương 1 %, Lý 0.5 %, as
// listed in "Vietnamese Family Names / Surnames" (waiwiki.blogspot.com, 27 September 2009), the
// figures usually quoted for the whole country; the rest is spread over other common family names.
// Middle and given names are common ones, evenly drawn: their shares are not sourced and only make
// the mix of broad and narrow prefixes plausible.

const FAMILY: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38.4],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7.1],
  ['Hoàng', 3.1],
  ['Huỳnh', 2],
  ['Phan', 4.5],
  ['Vũ', 2.4],
  ['Võ', 1.5],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 1],
  ['Trịnh', 1],
  ['Đào', 0.9],
  ['Trương', 0.9],
  ['Mai', 0.8],
  ['Hà', 0.8],
  ['Lương', 0.7],
  ['Đoàn', 0.7],
  ['Phùng', 0.5],
  ['Tạ', 0.4],
  ['Lâm', 0.4],
  ['Nghiêm', 0.3],
  ['Kiều', 0.3],
  ['Vương', 0.3],
];

const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Minh', 'Phương', 'Thùy', 'Kim', 'Hồng', 'Mai', 'Diệu', 'Bảo'];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Công', 'Mạnh', 'Xuân', 'Thành', 'Tiến', 'Duy', 'Trọng'];
const GIVEN_FEMALE = [
  'Anh',
  'Hà',
  'Hương',
  'Lan',
  'Linh',
  'Mai',
  'Ngọc',
  'Nga',
  'Nhung',
  'Oanh',
  'Phương',
  'Quỳnh',
  'Thảo',
  'Thủy',
  'Trang',
  'Tuyết',
  'Vân',
  'Yến',
  'Đào',
  'Dung',
  'Hằng',
  'Hạnh',
  'Huyền',
  'Loan',
  'Ly',
  'Nhàn',
  'Thu',
  'Thư',
  'Trâm',
  'Giang',
];
const GIVEN_MALE = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đạt',
  'Đức',
  'Hải',
  'Hiếu',
  'Hoàng',
  'Hùng',
  'Huy',
  'Khánh',
  'Long',
  'Minh',
  'Nam',
  'Nghĩa',
  'Phong',
  'Phúc',
  'Quân',
  'Sơn',
  'Tài',
  'Thắng',
  'Thành',
  'Trung',
  'Tuấn',
  'Tùng',
  'Việt',
  'Vinh',
  'Khoa',
  'Lâm',
];

const TOTAL = FAMILY.reduce((sum, [, share]) => sum + share, 0);

function family(random: () => number): string {
  let x = random() * TOTAL;
  for (const [name, share] of FAMILY) if ((x -= share) < 0) return name;
  return FAMILY[0]![0];
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

export interface SyntheticPerson {
  fullName: string;
  sex: 'male' | 'female';
}

export function syntheticPerson(random: () => number): SyntheticPerson {
  const sex = random() < 0.5 ? 'female' : 'male';
  const female = sex === 'female';
  const middle = pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE);
  const given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
  return { fullName: `${family(random)} ${middle} ${given}`, sex };
}
