import { useState } from 'react';
import type { Settings } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { api } from '../../api/client';
import { useSession } from '../../state/session';
import { useSubmit } from '../../state/use-submit';
import { FormStatus } from '../FormStatus';

export function WardForm({ settings }: { settings: Settings }) {
  const [wardName, setWardName] = useState(settings.wardName);
  const [announceRepeat, setAnnounceRepeat] = useState(String(settings.announceRepeat));
  const shownName = useSession((s) => s.board?.wardName);
  const submit = useSubmit();
  return (
    <section className="settings-section" aria-labelledby="settings-ward-title">
      <h2 id="settings-ward-title">{settingsText.wardTitle}</h2>
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          // The name goes only when edited: saving the repeat count must not pin the name shown today.
          const named = wardName.trim() === settings.wardName ? {} : { wardName };
          void submit.run(() => api('updateSettings', { ...named, announceRepeat: Number(announceRepeat) }));
        }}
      >
        <label className="wide">
          {settingsText.wardName}
          <input
            maxLength={200}
            value={wardName}
            onChange={(e) => setWardName(e.target.value)}
            aria-describedby="settings-ward-name-hint"
            data-testid="settings-ward-name"
          />
        </label>
        {shownName && (
          <p id="settings-ward-name-hint" className="field-hint" data-testid="settings-ward-name-hint">
            {settingsText.wardNameHint(shownName)}
          </p>
        )}
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
