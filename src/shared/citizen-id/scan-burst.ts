// Tells a USB QR scanner from a person at the keyboard. In keyboard mode ("keyboard wedge") a scanner
// types the code's text, then Enter, far faster than anyone types; nothing else tells the two apart in
// a browser, so the decision is made on timing alone.
//
// Why these numbers:
// - Scanners send one key every few milliseconds: MagTek's keyboard-mode readers default to a 12 ms
//   delay between key reports, raised to 35–50 ms only for slow Android hosts (MagneSafe V5 manual,
//   "Inter-Key Delay Property", https://azmanual.top/manuals/413692/magtek-magnesafe-v5.html?page=66),
//   and wedge interfaces offer inter-code delays of 0.8 to 15 ms (manualsdump.com/amp/en/manuals/161188/18).
// - Browser libraries judge by the average gap between characters: jQuery Scanner Detection uses
//   30 ms with at least 6 characters (github.com/julien-maurel/jQuery-Scanner-Detection, avgTimeByChar,
//   minLength), use-scan-detection 50 ms (npm use-scan-detection, averageWaitTime).
// - People type one key every 100–300 ms; a fast pair of keys pressed together can come 20–30 ms apart,
//   so one quick gap is never enough.
// - A busy PC (or a test driving the browser on one) stalls now and then: a scanner's keys then arrive
//   in a clump after a pause of a few tens, sometimes hundreds, of milliseconds. The median gap ignores a
//   stall where an average would count it; the libraries above use the average.
// So: keys are a run while no gap exceeds 100 ms. A run reaches scanner speed at its first gap of
// 40 ms or less; from then on it is typing as soon as the median of its last 5 gaps is over 80 ms (a
// fast typist's pace; in between, the run is held until Enter or silence decides). Once it has 5 gaps
// at a median of 40 ms or less it is a burst, and only a silence of a full second ends it: stalls of
// 250 ms were measured with the browser driven on a loaded two-core PC. A run is a scan when it ends in
// Enter without having been judged typing, holds at least 6 characters, and the median of all its gaps
// since it reached scanner speed is 40 ms or less.
//
// Characters are whatever the key events carry: the card's QR is UTF-8 with Vietnamese letters, which a
// scanner sends either as composed letters (one key event for "ễ") or as a letter and combining marks;
// the text is only joined here, and the QR parser brings it to NFC.

export interface BurstTiming {
  /** A longer silence ends a run that has not reached scanner speed. */
  breakGapMs: number;
  /** A longer silence ends a burst (a run at scanner speed for `minLength` keys): anything shorter is a stall. */
  stallGapMs: number;
  /** Scanner speed: a gap this short starts holding keys back; a scan's median gap is no longer. */
  scannerGapMs: number;
  /** Fewer characters than this are never a scan. */
  minLength: number;
  /** A run is judged to be typing once it has this many gaps at scanner speed or after… */
  judgeAfter: number;
  /** …and the median of its last this many gaps… */
  judgeOver: number;
  /** …is slower than this: a person's pace, well above scanner speed so that a stall is not taken for one. */
  typingGapMs: number;
}

export const SCANNER_TIMING: BurstTiming = {
  breakGapMs: 100,
  stallGapMs: 1000,
  scannerGapMs: 40,
  minLength: 6,
  judgeAfter: 5,
  judgeOver: 5,
  typingGapMs: 80,
};

/** `at` is the event's time in milliseconds, any clock that only moves forward. */
export type ScanKey =
  | { kind: 'char'; text: string; at: number }
  | { kind: 'enter'; at: number }
  /** Any other key (Tab, arrows, Backspace, function keys, shortcuts): nothing a scanner sends mid-code. */
  | { kind: 'other'; at: number };

export interface Verdict {
  /** Keep this key from the page: from its field and from every shortcut. */
  hold: boolean;
  /** Characters held back that turned out to be typing: put them where they were going, before this key acts. */
  release: string;
  /** This key starts a run: what the focused field holds now is what a scan gives back to it. */
  runStart: boolean;
  /** The scanned text, when this key (Enter) ended a scan. */
  scan?: string;
}

interface Run {
  chars: string[];
  last: number;
  /** Gaps since the first quick one, the Enter's included: what the median is taken over. */
  fastGaps: number[];
  /** Characters kept out of the field so far, waiting for the run's verdict. */
  held: string[];
  /** Once the median says a person is typing, the run is typing to its end. */
  typing: boolean;
}

/**
 * Fed every key in order. The first keys of a run go through (nothing is known yet); from the first
 * quick gap on, the run's characters are held back while it keeps scanner speed, and given back in
 * order as soon as it does not, so a fast typist's text never goes missing or out of order. A scan's
 * characters that did go through are the caller's to remove (the field's state at `runStart`).
 */
export class ScanBurstDetector {
  private run: Run | null = null;

  constructor(private readonly timing: BurstTiming = SCANNER_TIMING) {}

  feed(key: ScanKey): Verdict {
    const released = this.settle(key.at);
    const run = this.run;
    if (key.kind === 'other') return { hold: false, release: released + this.end(), runStart: false };
    if (key.kind === 'enter') {
      if (!run) return { hold: false, release: released, runStart: false };
      this.addGap(run, key.at);
      const held = this.end();
      const isScan = !run.typing && run.chars.length >= this.timing.minLength && median(run.fastGaps) <= this.timing.scannerGapMs;
      return isScan
        ? { hold: true, release: released, runStart: false, scan: run.chars.join('') }
        : { hold: false, release: released + held, runStart: false };
    }
    if (!run) {
      this.run = { chars: [key.text], last: key.at, fastGaps: [], held: [], typing: false };
      return { hold: false, release: released, runStart: true };
    }
    this.addGap(run, key.at);
    run.chars.push(key.text);
    if (run.typing || run.fastGaps.length === 0) return { hold: false, release: released, runStart: false };
    const recent = run.fastGaps.slice(-this.timing.judgeOver);
    if (run.fastGaps.length >= this.timing.judgeAfter && median(recent) > this.timing.typingGapMs) {
      run.typing = true;
      return { hold: false, release: released + this.takeHeld(run), runStart: false };
    }
    run.held.push(key.text);
    return { hold: true, release: released, runStart: false };
  }

  /** After a silence that ends the run, returns what it held back, to give back. */
  settle(now: number): string {
    const run = this.run;
    if (!run) return '';
    const limit = this.isBurst(run) ? this.timing.stallGapMs : this.timing.breakGapMs;
    return now - run.last > limit ? this.end() : '';
  }

  /** Whether characters are held back, waiting for the run's verdict. */
  get holding(): boolean {
    return (this.run?.held.length ?? 0) > 0;
  }

  private isBurst(run: Run): boolean {
    return !run.typing && run.fastGaps.length >= this.timing.minLength - 1 && median(run.fastGaps) <= this.timing.scannerGapMs;
  }

  private addGap(run: Run, at: number): void {
    const gap = Math.max(0, at - run.last);
    run.last = at;
    if (run.fastGaps.length > 0 || gap <= this.timing.scannerGapMs) run.fastGaps.push(gap);
  }

  private takeHeld(run: Run): string {
    const text = run.held.join('');
    run.held = [];
    return text;
  }

  private end(): string {
    const run = this.run;
    this.run = null;
    return run ? this.takeHeld(run) : '';
  }
}

/** The upper of the two middle values for an even count (a tie between fast and slow counts as slow); no gaps at all are no speed. */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Infinity;
}
