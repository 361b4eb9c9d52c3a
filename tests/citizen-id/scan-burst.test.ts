import { describe, expect, it } from 'vitest';
import { parseCitizenIdQr } from '../../src/shared/citizen-id/qr-code';
import { ScanBurstDetector, type ScanKey } from '../../src/shared/citizen-id/scan-burst';

// Key timelines as a focused text field would see them, and what the field ends up holding: a scan
// leaves it as it was before the burst; typing, at any speed, leaves every character in order.

const QR = '001090012345|012345678|Nguyễn Văn An|15031990|Nam|Số 12 phố Hàng Bạc, Hoàn Kiếm, Hà Nội|20042021';

/** One key per code point, `gap` ms apart from `from`. */
function typed(text: string, from: number, gap: number): ScanKey[] {
  return Array.from(text, (char, i) => ({ kind: 'char' as const, text: char, at: from + i * gap }));
}

const enter = (at: number): ScanKey => ({ kind: 'enter', at });
const endOf = (keys: ScanKey[]): number => keys[keys.length - 1]!.at;

/** Plays the keys into a field the way the scanner hook does; an Enter that reaches the field shows as ⏎. */
function play(keys: ScanKey[], silenceAt?: number): { field: string; scans: string[]; held: number } {
  const detector = new ScanBurstDetector();
  let field = '';
  let beforeRun = '';
  let held = 0;
  const scans: string[] = [];
  for (const key of keys) {
    const verdict = detector.feed(key);
    field += verdict.release;
    if (verdict.runStart) beforeRun = field;
    if (verdict.hold) held += 1;
    if (verdict.scan !== undefined) {
      scans.push(verdict.scan);
      field = beforeRun;
    } else if (!verdict.hold) field += key.kind === 'char' ? key.text : key.kind === 'enter' ? '⏎' : '';
  }
  if (silenceAt !== undefined) field += detector.settle(silenceAt);
  return { field, scans, held };
}

describe('scanner burst', () => {
  it('a burst at scanner speed ending in Enter is a scan, and the field is left as it was', () => {
    const burst = typed(QR, 1000, 5);
    const result = play([...typed('ab', 0, 200), ...burst, enter(endOf(burst) + 5)]);
    expect(result.scans).toEqual([QR]);
    expect(result.field).toBe('ab');
  });

  it('keeps every character after the first out of the field while the burst runs, and the Enter too', () => {
    const burst = typed(QR, 0, 5);
    const detector = new ScanBurstDetector();
    const verdicts = [...burst, enter(endOf(burst) + 5)].map((key) => detector.feed(key));
    expect(verdicts.filter((verdict) => verdict.hold)).toHaveLength(Array.from(QR).length); // all but the first, plus Enter
    expect(verdicts[0]).toEqual({ hold: false, release: '', runStart: true });
  });

  it('the same text typed at human speed stays text, Enter included', () => {
    const slow = typed(QR, 0, 120);
    const result = play([...slow, enter(endOf(slow) + 120)]);
    expect(result.scans).toEqual([]);
    expect(result.held).toBe(0);
    expect(result.field).toBe(`${QR}⏎`);
  });

  it('a burst without Enter is typing: after the silence every character is in the field, in order', () => {
    const burst = typed(QR, 0, 5);
    const result = play(burst, endOf(burst) + 1001);
    expect(result.scans).toEqual([]);
    expect(result.field).toBe(QR);
  });

  it('nothing is given back before the silence is long enough to end the run', () => {
    const detector = new ScanBurstDetector();
    typed('0010900', 0, 5).forEach((key) => detector.feed(key));
    expect(detector.settle(30 + 1000)).toBe(''); // a burst may stall this long on a busy PC
    expect(detector.holding).toBe(true);
    expect(detector.settle(30 + 1001)).toBe('010900');
    expect(detector.holding).toBe(false);
  });

  it('a burst shorter than six characters is not a scan, even with Enter', () => {
    const burst = typed('12345', 0, 5);
    const result = play([...burst, enter(25)]);
    expect(result.scans).toEqual([]);
    expect(result.field).toBe('12345⏎');
    const six = typed('123456', 0, 5);
    expect(play([...six, enter(30)]).scans).toEqual(['123456']);
  });

  it('a fast typist (90 ms a key): a quick pair is held until five gaps show a person, then given back in order', () => {
    const keys: ScanKey[] = [
      { kind: 'char', text: 't', at: 0 },
      { kind: 'char', text: 'h', at: 25 },
      { kind: 'char', text: 'e', at: 115 },
      { kind: 'char', text: ' ', at: 205 },
      { kind: 'char', text: 'a', at: 300 },
      { kind: 'char', text: 'n', at: 390 },
      { kind: 'char', text: 'd', at: 480 },
      enter(570),
    ];
    const detector = new ScanBurstDetector();
    const verdicts = keys.map((key) => detector.feed(key));
    expect(verdicts.map((verdict) => verdict.hold)).toEqual([false, true, true, true, true, false, false, false]);
    expect(verdicts[5]!.release).toBe('he a');
    expect(verdicts[6]).toEqual({ hold: false, release: '', runStart: false });
    expect(play(keys).field).toBe('the and⏎');
  });

  it('typing at 80 ms a key never reaches scanner speed, however long', () => {
    const keys = typed('00109001234500', 0, 80);
    const result = play([...keys, enter(endOf(keys) + 80)]);
    expect(result.held).toBe(0);
    expect(result.scans).toEqual([]);
  });

  it('a quick pair followed by a pause is given back after 100 ms: only a burst waits a second', () => {
    const detector = new ScanBurstDetector();
    detector.feed({ kind: 'char', text: 't', at: 0 });
    detector.feed({ kind: 'char', text: 'h', at: 25 });
    expect(detector.settle(125)).toBe('');
    expect(detector.settle(126)).toBe('h');
  });

  it('keys between scanner and human pace are held until Enter decides, and then given back as text', () => {
    const keys: ScanKey[] = [{ kind: 'char', text: '0', at: 0 }, ...typed('0109001', 20, 60)];
    const result = play([...keys, enter(endOf(keys) + 60)]);
    expect(result.held).toBe(7);
    expect(result.scans).toEqual([]);
    expect(result.field).toBe('00109001⏎');
  });

  it('a scanner that stalls at the start on a busy PC is still a scan', () => {
    const start: ScanKey[] = [0, 11, 74, 122, 155, 156].map((at, i) => ({ kind: 'char', text: QR[i]!, at })); // 11, 63, 48, 33, 1 ms
    const keys = [...start, ...typed(QR.slice(6), 160, 5)];
    const result = play([...keys, enter(endOf(keys) + 5)]);
    expect(result.scans).toEqual([QR]);
    expect(result.field).toBe('');
  });

  it('a scanner that pauses 900 ms mid-code is still a scan; 1001 ms ends the run', () => {
    const first = typed(QR.slice(0, 30), 0, 5);
    const second = typed(QR.slice(30), endOf(first) + 900, 5);
    expect(play([...first, ...second, enter(endOf(second) + 5)]).scans).toEqual([QR]);
    const late = typed(QR.slice(30), endOf(first) + 1001, 5);
    expect(play([...first, ...late, enter(endOf(late) + 5)]).scans).toEqual([QR.slice(30)]);
  });

  it('typing that follows a burst without Enter is given back once the last five gaps are slow, after the burst', () => {
    const burst = typed('0010900', 0, 5);
    const typing = typed('abc', endOf(burst) + 200, 200);
    const detector = new ScanBurstDetector();
    burst.forEach((key) => detector.feed(key));
    const verdicts = typing.map((key) => detector.feed(key));
    expect(verdicts.map((verdict) => verdict.release)).toEqual(['', '', '010900ab']); // gaps 5, 5, 5, 200, 200, 200
    // From then on it is a person's run, which a pause of 101 ms ends.
    expect(detector.feed({ kind: 'char', text: 'd', at: endOf(typing) + 101 }).runStart).toBe(true);
    expect(play([...burst, ...typing]).field).toBe('0010900abc');
  });

  it('a burst that stops for longer than a scanner would is two runs, neither of them a scan of the whole code', () => {
    const first = typed(QR.slice(0, 40), 0, 5);
    const second = typed(QR.slice(40), endOf(first) + 1050, 5);
    const result = play([...first, ...second, enter(endOf(second) + 5)]);
    expect(result.scans).toEqual([QR.slice(40)]);
    expect(result.field).toBe(QR.slice(0, 40)); // the first part stays typed; the second was read as a scan
    expect(parseCitizenIdQr(result.scans[0]!, { today: '2026-12-07' }).ok).toBe(false);
  });

  it('a key that no scanner sends mid-code (Tab, an arrow) ends the burst and gives its characters back first', () => {
    const burst = typed('0010900', 0, 5);
    const detector = new ScanBurstDetector();
    burst.forEach((key) => detector.feed(key));
    expect(detector.feed({ kind: 'other', at: 35 })).toEqual({ hold: false, release: '010900', runStart: false });
    expect(play([...burst, { kind: 'other', at: 35 }, enter(40)]).scans).toEqual([]);
  });

  it('human keys typed just before and after a scan stay text; only the burst is read', () => {
    const before = typed('ghi chú', 0, 150);
    const burst = typed(QR, endOf(before) + 150, 4);
    const after = typed('xong', endOf(burst) + 300, 150);
    const result = play([...before, ...burst, enter(endOf(burst) + 4), ...after]);
    expect(result.scans).toEqual([QR]);
    expect(result.field).toBe('ghi chúxong');
  });

  it('Vietnamese letters sent as a letter and its combining marks come out as the card wrote them', () => {
    const decomposed = QR.normalize('NFD');
    const burst = typed(decomposed, 0, 5); // one key per base letter and per mark
    const [scan] = play([...burst, enter(endOf(burst) + 5)]).scans;
    expect(scan).toBe(decomposed);
    const read = parseCitizenIdQr(scan!, { today: '2026-12-07' });
    expect(read.ok && read.applicant.fullName).toBe('Nguyễn Văn An');
    expect(read.ok && read.applicant.fullName.normalize('NFC') === read.applicant.fullName).toBe(true);
  });

  describe('at the limits', () => {
    it('gaps of exactly 40 ms are scanner speed; 41 ms are not', () => {
      const at40 = typed('0010900', 0, 40);
      expect(play([...at40, enter(endOf(at40) + 40)]).scans).toEqual(['0010900']);
      expect(new ScanBurstDetector().feed(at40[0]!).hold).toBe(false);
      const at41 = typed('0010900', 0, 41);
      const result = play([...at41, enter(endOf(at41) + 41)]);
      expect(result).toEqual({ field: '0010900⏎', scans: [], held: 0 });
    });

    it('a run is judged typing when the median of its last five gaps is over 80 ms, not at 80', () => {
      const detector = new ScanBurstDetector();
      const at80: ScanKey[] = [0, 10, 90, 170, 250, 330].map((at, i) => ({ kind: 'char', text: 'abcdef'[i]!, at }));
      expect(at80.map((key) => detector.feed(key).hold)).toEqual([false, true, true, true, true, true]);
      const other = new ScanBurstDetector();
      const at81: ScanKey[] = [0, 10, 91, 172, 253, 334].map((at, i) => ({ kind: 'char', text: 'abcdef'[i]!, at }));
      expect(at81.map((key) => other.feed(key))[5]).toEqual({ hold: false, release: 'bcde', runStart: false });
    });

    it('six characters five gaps apart at scanner speed are a burst that waits a second; five are not', () => {
      const six = new ScanBurstDetector();
      typed('001090', 0, 40).forEach((key) => six.feed(key));
      expect(six.settle(200 + 1000)).toBe('');
      expect(six.settle(200 + 1001)).toBe('01090');
      const five = new ScanBurstDetector();
      typed('00109', 0, 40).forEach((key) => five.feed(key));
      expect(five.settle(160 + 101)).toBe('0109');
      const slowish = new ScanBurstDetector();
      typed('001090', 0, 41).forEach((key) => slowish.feed(key));
      expect(slowish.settle(205 + 101)).toBe('');
    });

    it('an Enter, a Tab or a key with no run before it passes and gives back nothing', () => {
      const detector = new ScanBurstDetector();
      expect(detector.feed(enter(0))).toEqual({ hold: false, release: '', runStart: false });
      expect(detector.feed({ kind: 'other', at: 10 })).toEqual({ hold: false, release: '', runStart: false });
      expect(detector.feed({ kind: 'char', text: 'a', at: 20 })).toEqual({ hold: false, release: '', runStart: true });
    });

    it('a non-scan Enter and the keys of a person are no run start', () => {
      const detector = new ScanBurstDetector();
      typed('12345', 0, 5).forEach((key) => detector.feed(key));
      expect(detector.feed(enter(25))).toEqual({ hold: false, release: '2345', runStart: false });
      const slow = new ScanBurstDetector();
      const verdicts = typed('abc', 0, 90).map((key) => slow.feed(key));
      expect(verdicts.slice(1)).toEqual([
        { hold: false, release: '', runStart: false },
        { hold: false, release: '', runStart: false },
      ]);
    });

    it('once judged typing, a run stays typing: a burst starting within 100 ms of typing is not read (a known limit)', () => {
      const person: ScanKey[] = [0, 10, 100, 190, 280, 370].map((at, i) => ({ kind: 'char', text: 'abcdef'[i]!, at }));
      const burst = typed('001090012345', 460, 5);
      const result = play([...person, ...burst, enter(endOf(burst) + 5)]);
      expect(result.scans).toEqual([]);
      expect(result.field).toBe('abcdef001090012345⏎');
    });
  });
});
