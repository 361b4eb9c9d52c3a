import { useCallback, useEffect, useState } from 'react';
import { printingText } from '../../shared/i18n/vi';
import type { PrinterInfo, ShellBridge } from '../../shared/shell-bridge';
import { api } from '../api/client';
import { FormStatus } from '../components/FormStatus';
import { failureMessage } from '../state/failure';
import { useSubmit } from '../state/use-submit';

const t = printingText.settings;
/** The select's value for "no named printer": the settings store it as null. */
const SYSTEM_DEFAULT = '';

type Loaded = { printers: PrinterInfo[]; saved: string | null };

/** Desktop app only: the printers this PC knows, and the one tickets go to without a dialog. */
export function PrinterChooser({ shell }: { shell: ShellBridge }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [choice, setChoice] = useState(SYSTEM_DEFAULT);
  const submit = useSubmit();

  const load = useCallback(async () => {
    setLoadError(null);
    try {
      const [printers, config] = await Promise.all([shell.listPrinters(), api('getConfig', {})]);
      setLoaded({ printers, saved: config.settings.ticketPrinter });
      setChoice(config.settings.ticketPrinter ?? SYSTEM_DEFAULT);
    } catch (error) {
      setLoadError(t.loadFailed(failureMessage(error)));
    }
  }, [shell]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!loaded) {
    return (
      <p role={loadError ? 'alert' : 'status'} data-testid="printer-load-status">
        {loadError ?? t.loadingPrinters}
      </p>
    );
  }

  const missing = loaded.saved !== null && !loaded.printers.some((p) => p.name === loaded.saved) ? loaded.saved : null;
  const save = async () => {
    const ticketPrinter = choice === SYSTEM_DEFAULT ? null : choice;
    await api('updateSettings', { ticketPrinter });
    setLoaded({ ...loaded, saved: ticketPrinter });
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
        {t.printerLabel}
        <select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="printer-select">
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
        <p className="alert" role="alert" data-testid="printer-missing">
          {t.missingPrinter(missing)}
        </p>
      )}
      {loaded.printers.length === 0 && <p data-testid="printer-none">{t.noPrinters}</p>}
      <button type="submit" className="primary" disabled={submit.busy} data-testid="printer-save">
        {t.save}
      </button>
      <button type="button" onClick={() => void load()} data-testid="printer-refresh">
        {t.refresh}
      </button>
      <FormStatus error={submit.error ?? loadError} saved={submit.saved} testId="printer" />
    </form>
  );
}
