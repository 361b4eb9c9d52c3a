import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../shared/api/contract';
import { blockOfSlot, SLOT_COUNT } from '../../shared/dossier-code/dossier-code';
import { dossierCodeText as text } from '../../shared/i18n/vi/dossier-codes';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { failureMessage } from '../state/failure';
import { useSession } from '../state/session';
import { useSubmit } from '../state/use-submit';

type CodeSettings = MethodOutput<'getDossierCodeSettings'>;

const four = (n: number) => String(n).padStart(4, '0');

/** Settings › Mã hồ sơ: the ward's unit code and this PC's block of daily numbers, with the next code. */
export function DossierCodeSection() {
  const revision = useSession((s) => s.revision);
  const [settings, setSettings] = useState<CodeSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [unitCode, setUnitCode] = useState('');
  const [slot, setSlot] = useState(1);
  const submit = useSubmit();

  const show = (loaded: CodeSettings) => {
    setSettings(loaded);
    setUnitCode(loaded.unitCode ?? '');
    setSlot(loaded.slot ?? 1);
  };

  useEffect(() => {
    let current = true;
    api('getDossierCodeSettings', {})
      .then((loaded) => current && show(loaded))
      .catch((failure: unknown) => current && setLoadError(failureMessage(failure)));
    return () => {
      current = false;
    };
  }, [revision]);

  return (
    <section className="settings-section" aria-labelledby="settings-dossier-code-title" data-testid="dossier-code-section">
      <h2 id="settings-dossier-code-title">{text.title}</h2>
      <p>{text.intro}</p>
      <div className="alert" role="alert">
        {loadError}
      </div>
      <form
        className="settings-form"
        data-testid="dossier-code-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit.run(async () => show(await api('saveDossierCodeSettings', { unitCode, slot })));
        }}
      >
        <label>
          {text.unitCode}
          <input
            required
            maxLength={60}
            value={unitCode}
            onChange={(e) => setUnitCode(e.target.value.toUpperCase())}
            aria-describedby="dossier-unit-code-hint"
            data-testid="dossier-unit-code"
          />
          <small id="dossier-unit-code-hint">{text.unitCodeHint}</small>
        </label>
        <label>
          {text.slot}
          <select value={slot} onChange={(e) => setSlot(Number(e.target.value))} data-testid="dossier-slot">
            {Array.from({ length: SLOT_COUNT }, (_, s) => {
              const block = blockOfSlot(s);
              return (
                <option key={s} value={s}>
                  {text.slotOption(four(block.first), four(block.last))}
                </option>
              );
            })}
          </select>
        </label>
        <p className="dossier-next-code">
          {text.nextCode}: <strong data-testid="dossier-next-code">{settings ? (settings.nextCode ?? text.noNextCode) : null}</strong>
        </p>
        <div className="row">
          <button type="submit" className="primary" disabled={submit.busy} data-testid="dossier-code-save">
            {text.save}
          </button>
        </div>
        <FormStatus error={submit.error} saved={submit.saved} testId="dossier-code" />
      </form>
    </section>
  );
}
