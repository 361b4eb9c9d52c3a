/** "A" + 23 → "A023": three digits covers a day at a ward counter; larger numbers simply grow. */
export function formatDisplayNumber(letter: string, n: number): string {
  return `${letter}${n.toString().padStart(3, '0')}`;
}
