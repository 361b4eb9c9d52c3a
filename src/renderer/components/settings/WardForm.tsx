import { useState } from 'react';
import type { Settings } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { api } from '../../api/client';
import { useSubmit } from '../../state/use-submit';
import { FormStatus } from '../FormStatus';

export function WardForm({ settings }: { settings: Settings }) {
  const [wardName, setWardName] = useState(settings.wardName);
  const [announceRepeat, setAnnounceRepeat] = useState(String(settings.announceRepeat));
  const submit = useSubmit();
  return (
    <section className="settings-section" aria-labelledby="settings-ward-title">
      <h2 id="settings-ward-title">{settingsText.wardTitle}</h2>
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit.run(() => api('updateSettings', { wardName, announceRepeat: Number(announceRepeat) }));
        }}
      >
        <label>
          {settingsText.wardName}
          <input required maxLength={200} value={wardName} onChange={(e) => setWardName(e.target.value)} data-testid="settings-ward-name" />
        </label>
        <label>
          {settingsText.announceRepeat}
          <input
            type="number"
            required
            min={1}
            max={5}
            value={announceRepeat}
            onChange={(e) => setAnnounceRepeat(e.target.value)}
            data-testid="settings-announce-repeat"
          />
        </label>
        <button type="submit" className="primary" disabled={submit.busy} data-testid="settings-ward-save">
          {settingsText.save}
        </button>
        <FormStatus error={submit.error} saved={submit.saved} testId="settings-ward" />
      </form>
    </section>
  );
}
