import { counterText } from '../../../shared/i18n/vi';
import { COUNTER_KEYMAP } from '../../state/keymap';

export function KeymapTable() {
  return (
    <section className="counter-keymap" aria-labelledby="counter-keymap-title" data-testid="counter-keymap">
      <h2 id="counter-keymap-title">{counterText.keymapTitle}</h2>
      <dl>
        {COUNTER_KEYMAP.map(({ action, keyLabel }) => (
          <div key={action}>
            <dt>
              <kbd>{keyLabel}</kbd>
            </dt>
            <dd>{counterText.actions[action]}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
