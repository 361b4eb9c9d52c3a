import { counterText } from '../../shared/i18n/vi';

// The counter page's keyboard map: the one place that says which key does what (the README lists it).

export type CounterAction = keyof typeof counterText.actions;

export interface KeyBinding {
  action: CounterAction;
  /** KeyboardEvent.key values that trigger the action. */
  keys: readonly string[];
  /** How the keys are written on screen. */
  keyLabel: string;
}

export const COUNTER_KEYMAP: readonly KeyBinding[] = [
  { action: 'callNext', keys: ['F1', ' '], keyLabel: `F1 / ${counterText.keyLabels.space}` },
  { action: 'recall', keys: ['F2'], keyLabel: 'F2' },
  { action: 'startServing', keys: ['F3'], keyLabel: 'F3' },
  { action: 'finish', keys: ['F4'], keyLabel: 'F4' },
  { action: 'markNoShow', keys: ['F6'], keyLabel: 'F6' },
  { action: 'transfer', keys: ['F7'], keyLabel: 'F7' },
  { action: 'cancel', keys: ['F8'], keyLabel: 'F8' },
  { action: 'intake', keys: ['F9'], keyLabel: 'F9' },
  { action: 'dossiers', keys: ['F10'], keyLabel: 'F10' },
];

export function actionForKey(key: string): CounterAction | null {
  return COUNTER_KEYMAP.find((b) => b.keys.includes(key))?.action ?? null;
}

export function keyLabelOf(action: CounterAction): string {
  return COUNTER_KEYMAP.find((b) => b.action === action)!.keyLabel;
}
