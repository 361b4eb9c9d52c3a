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

/**
 * The words a full-text index keeps of a text, and the words of a query as they are looked up there:
 * folded, split at every character that is neither a letter nor a digit ("Nguyễn-Thị  Đào," gives
 * nguyen, thi, dao), so quotes, stars and brackets never reach the index's query language.
 */
export function foldedWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}
