import { counterText } from '../../../shared/i18n/vi';
import { COUNTER_KEYMAP, type CounterAction } from '../../state/keymap';

interface ActionBarProps {
  isEnabled: (action: CounterAction) => boolean;
  onAction: (action: CounterAction) => void;
}

/** One button per clerk action, each labelled with the key that does the same. */
export function ActionBar({ isEnabled, onAction }: ActionBarProps) {
  return (
    <div className="counter-actions" role="group" aria-label={counterText.actionsLabel}>
      {COUNTER_KEYMAP.map(({ action, keys, keyLabel }) => (
        <button
          key={action}
          type="button"
          className={`counter-action action-${action}`}
          data-testid={`action-${action}`}
          disabled={!isEnabled(action)}
          aria-keyshortcuts={keys.map((k) => (k === ' ' ? 'Space' : k)).join(' ')}
          // A click leaves the focus where it was: on a focused button Space would press that button
          // again instead of calling the next number, as the key label promises.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onAction(action)}
        >
          <kbd>{keyLabel}</kbd> {counterText.actions[action]}
        </button>
      ))}
    </div>
  );
}
