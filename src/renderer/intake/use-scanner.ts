import { useEffect, useRef } from 'react';
import { SCANNER_TIMING, ScanBurstDetector, type ScanKey, type Verdict } from '../../shared/citizen-id/scan-burst';

// While the component that uses it is mounted, listens to the whole page, in the capture phase so it
// hears a key before any field or shortcut does, and hands each scanner burst to `onScan`, wherever the
// focus is.
//
// What the focused field sees of a burst: its first keys go in (nothing says yet that a scanner is
// typing); from the first quick key on (a gap of scanner speed), keys are kept out of the field and
// away from every shortcut (Space would otherwise call the next ticket), Enter included. When the burst
// proves to be a scan, the field is put back as it was before the burst's first key, so the scan leaves
// no trace in it. When it proves to be typing (a person's pace, no Enter, too short, a Tab), the held
// characters are put back at the caret, in order, before the next key acts: a person never loses a
// character, though a fast typist's quick pair may show up a few keys late.
//
// Characters arrive two ways: as keydown events (what a keyboard, and a scanner, sends for most keys),
// and as text inserted without a key (an input method's commit, and how Chromium's automation types
// letters outside the US layout, such as "ễ"). The second is heard as a `beforeinput` that follows no
// printable keydown.

type TextField = HTMLInputElement | HTMLTextAreaElement;

interface FieldState {
  field: TextField;
  value: string;
  start: number;
  end: number;
}

/** Keys that type nothing by themselves: a scanner presses Shift for capitals; Dead and Process precede composed text. */
const SILENT_KEYS = new Set(['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock', 'Dead', 'Process', 'Unidentified']);

export function useScanner(onScan: (scanned: string) => void): void {
  const latest = useRef(onScan);
  useEffect(() => {
    latest.current = onScan;
  });

  useEffect(() => {
    const detector = new ScanBurstDetector();
    let beforeRun: FieldState | null = null;
    // A printable keydown went through: the beforeinput that follows carries the same character.
    let echo = false;
    let timer: number | undefined;

    const apply = (verdict: Verdict, event: Event): void => {
      insertAtCaret(verdict.release);
      if (verdict.runStart) beforeRun = focusedField();
      if (verdict.hold) {
        event.preventDefault();
        event.stopPropagation();
      }
      if (verdict.scan !== undefined) {
        if (beforeRun) restore(beforeRun);
        beforeRun = null;
        latest.current(verdict.scan);
      }
      watchSilence();
    };

    // A run without Enter: after the silence that ends it, its characters go where they were typed.
    const watchSilence = (): void => {
      window.clearTimeout(timer);
      if (!detector.holding) return;
      timer = window.setTimeout(() => {
        insertAtCaret(detector.settle(performance.now()));
        watchSilence();
      }, SCANNER_TIMING.breakGapMs + 10);
    };

    const onKeyDown = (event: KeyboardEvent): void => {
      echo = false;
      const key = scanKeyOf(event);
      if (!key) return;
      const verdict = detector.feed(key);
      apply(verdict, event);
      echo = key.kind === 'char' && !verdict.hold;
    };
    const onKeyUp = (): void => {
      echo = false;
    };
    const onBeforeInput = (event: InputEvent): void => {
      const wasEcho = echo;
      echo = false;
      if (wasEcho || event.inputType !== 'insertText' || !event.data) return;
      const verdict = detector.feed({ kind: 'char', text: event.data, at: event.timeStamp });
      if (verdict.hold || !verdict.release) return apply(verdict, event);
      // Text given back while an input method commits its own: Chromium would put the commit where the
      // caret was before, ahead of what was given back, so both go in here, in order.
      event.preventDefault();
      apply({ ...verdict, release: verdict.release + event.data }, event);
    };

    document.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('keyup', onKeyUp, true);
    document.addEventListener('beforeinput', onBeforeInput, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('keyup', onKeyUp, true);
      document.removeEventListener('beforeinput', onBeforeInput, true);
      window.clearTimeout(timer);
    };
  }, []);
}

function scanKeyOf(event: KeyboardEvent): ScanKey | null {
  const at = event.timeStamp;
  if (event.isComposing || SILENT_KEYS.has(event.key)) return null;
  if (event.key === 'Enter') return { kind: 'enter', at };
  if (event.ctrlKey || event.metaKey || event.altKey) return { kind: 'other', at };
  // One character (a composed "ễ" is one); named keys ("Tab", "F9", "ArrowLeft") are longer.
  return Array.from(event.key).length === 1 ? { kind: 'char', text: event.key, at } : { kind: 'other', at };
}

/** The focused field, when it is one whose text and caret can be read and set (not a date or number input). */
function focusedTextField(): TextField | null {
  const active = document.activeElement;
  const isText = active instanceof HTMLTextAreaElement || (active instanceof HTMLInputElement && active.selectionStart !== null);
  return isText && !active.readOnly && !active.disabled ? active : null;
}

function focusedField(): FieldState | null {
  const field = focusedTextField();
  return field ? { field, value: field.value, start: field.selectionStart ?? 0, end: field.selectionEnd ?? 0 } : null;
}

function restore(state: FieldState): void {
  if (!state.field.isConnected) return;
  state.field.setRangeText(state.value, 0, state.field.value.length);
  state.field.setSelectionRange(state.start, state.end);
  announceChange(state.field);
}

function insertAtCaret(text: string): void {
  const field = focusedTextField();
  if (!text || !field) return;
  field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
  announceChange(field);
}

/** setRangeText changes the text without an input event; React's onChange listens for one. */
function announceChange(field: TextField): void {
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
