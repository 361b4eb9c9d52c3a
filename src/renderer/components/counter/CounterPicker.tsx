import type { Board } from '../../../shared/api/schemas';
import { counterText } from '../../../shared/i18n/vi';

interface CounterPickerProps {
  counters: Board['counters'];
  value: number | null;
  onChange: (counterNumber: number) => void;
}

export function CounterPicker({ counters, value, onChange }: CounterPickerProps) {
  return (
    <label className="counter-picker">
      {counterText.chooseCounter}
      <select value={value ?? ''} onChange={(e) => onChange(Number(e.target.value))} data-testid="counter-select">
        {counters.map((c) => (
          <option key={c.number} value={c.number}>
            {counterText.counterLabel(c.number, c.name)}
          </option>
        ))}
      </select>
    </label>
  );
}
