import { useCallback, useEffect, useState } from 'react';
import { printingText } from '../../shared/i18n/vi';
import type { PrinterInfo, ShellBridge } from '../../shared/shell-bridge';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { failureMessage } from '../state/failure';
import { useSubmit } from '../state/use-submit';
import type { PrinterSetting } from './print-document';

const t = printingText.settings;
/** The select's value for "no named printer": the settings store it as null. */
const SYSTEM_DEFAULT = '';

type Loaded = { printers: PrinterInfo[]; saved: string | null };

interface ChooserProps {
  shell: ShellBridge;
  /** The setting this chooser saves: the ticket roll printer or the A4/A5 slip printer. */
  setting: PrinterSetting;
  label: string;
  missingPrinter: (name: string) => string;
  testId: string;
}

/** Desktop app only: the printers this PC knows, and the one a kind of document goes to without a dialog. */
export function PrinterChooser({ shell, setting, label, missingPrinter, testId }: ChooserProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choice, setChoice] = useState(SYSTEM_DEFAULT);
  const submit = useSubmit();

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [printers, config] = await Promise.all([shell.listPrinters(), api('getConfig', {})]);
      setLoaded({ printers, saved: config.settings[setting] });
      setChoice(config.settings[setting] ?? SYSTEM_DEFAULT);
    } catch (error) {
      setLoadError(t.loadFailed(failureMessage(error)));
    }
  }, [shell, setting]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!loaded) {
    return (
      <p role={loadError ? 'alert' : 'status'} data-testid={`${testId}-load-status`}>
        {loadError ?? t.loadingPrinters}
      </p>
    );
  }

  const missing = loaded.saved !== null && !loaded.printers.some((p) => p.name === loaded.saved) ? loaded.saved : null;
  const save = async () => {
    const printer = choice === SYSTEM_DEFAULT ? null : choice;
    await api('updateSettings', { [setting]: printer });
    setLoaded({ ...loaded, saved: printer });
  };

  return (
    <form
      className="settings-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit.run(save);
      }}
    >
      <label>
        {label}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid={`${testId}-select`}>
          <option value={SYSTEM_DEFAULT}>{t.systemDefault}</option>
          {loaded.printers.map((p) => (
            <option key={p.name} value={p.name}>
              {p.isDefault ? `${p.displayName} ${t.defaultMark}` : p.displayName}
            </option>
          ))}
          {missing && <option value={missing}>{missing}</option>}
        </select>
      </label>
      {missing && (
        <p className="alert" role="alert" data-testid={`${testId}-missing`}>
          {missingPrinter(missing)}
        </p>
      )}
      {loaded.printers.length === 0 && <p data-testid={`${testId}-none`}>{t.noPrinters}</p>}
      <button type="submit" className="primary" disabled={submit.busy} data-testid={`${testId}-save`}>
        {t.save}
      </button>
      <button type="button" onClick={() => void load()} data-testid={`${testId}-refresh`}>
        {t.refresh}
      </button>
      <FormStatus error={submit.error ?? loadError} saved={submit.saved} testId={testId} />
    </form>
  );
}
