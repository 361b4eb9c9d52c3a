// The bundled voice: one short clip per phrase part, letter and number word, so that any call can be
// said offline by playing clips back to back. scripts/make-voice-clips.sh synthesises every clip
// listed here (file name = key) into resources/public/voice/, which Vite serves at /voice/.

import { spokenLetterNames, spokenPhrases } from '../../shared/i18n/vi/display';

const DIGIT_CLIPS = ['khong', 'mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin'] as const;

export const CLIP_TEXT: Readonly<Record<string, string>> = {
  ...spokenPhrases,
  ...Object.fromEntries(Object.entries(spokenLetterNames).map(([letter, name]) => [letterClip(letter), name])),
};

export const CLIP_DIRECTORY = '/voice';
export const CLIP_EXTENSION = '.ogg';

export function clipUrl(name: string): string {
  return `${CLIP_DIRECTORY}/${name}${CLIP_EXTENSION}`;
}

/**
 * What the board says for a call, as clip names: the ticket read letter then digit by digit
 * ("A023" → a, không, hai, ba: how Vietnamese queue boards read numbers, and unambiguous), the
 * counter as a number ("quầy số mười hai").
 */
export function clipSequence(displayNumber: string, counterNumber: number): string[] {
  const match = /^([A-Z])(\d+)$/.exec(displayNumber);
  if (!match) throw new RangeError(`Not a ticket number: ${displayNumber}`);
  const digits = [...match[2]!].map((d) => DIGIT_CLIPS[Number(d)]!);
  return ['moi-cong-dan-co-so', letterClip(match[1]!), ...digits, 'den-quay-so', ...numberClips(counterNumber)];
}

/** The same words as one sentence, for a speech synthesiser, so every voice says the call alike. */
export function spokenText(displayNumber: string, counterNumber: number): string {
  const clips = clipSequence(displayNumber, counterNumber);
  const counterPart = clips.indexOf('den-quay-so');
  const say = (names: string[]) => names.map((name) => CLIP_TEXT[name]).join(' ');
  return `${say(clips.slice(0, counterPart))}, ${say(clips.slice(counterPart))}`;
}

/** 1–99 read as a Vietnamese number: 10 "mười", 15 "mười lăm", 21 "hai mươi mốt", 40 "bốn mươi". */
export function numberClips(n: number): string[] {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`Counter number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  if (tens === 0) return [DIGIT_CLIPS[units]!];
  const head = tens === 1 ? ['muoi'] : [DIGIT_CLIPS[tens]!, 'muoi-chuc'];
  if (units === 0) return head;
  if (units === 5) return [...head, 'lam'];
  if (units === 1 && tens > 1) return [...head, 'mot-sac'];
  return [...head, DIGIT_CLIPS[units]!];
}

function letterClip(letter: string): string {
  return `chu-${letter.toLowerCase()}`;
}
