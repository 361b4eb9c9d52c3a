/** Unicode does not decompose đ/Đ, so it is mapped by hand after stripping combining marks. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC');
}

export function nfc(text: string): string {
  return text.normalize('NFC');
}
