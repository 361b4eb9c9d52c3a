import { useState } from 'react';
import { setupText as t } from '../../shared/i18n/vi/setup';
import { CityUrl, EnrolCode } from '../../shared/api/sync';
import { WizardStep } from './WizardStep';

export type CityAnswer = { cityUrl: string; code: string } | null;

interface CityStepProps {
  initial: { cityUrl: string; code: string };
  total: number;
  onBack: () => void;
  onNext: (city: CityAnswer) => void;
}

/** The city server and the one-time enrolment code; both empty (or "Để sau") enrols later from the Sync page. */
export function CityStep({ initial, total, onBack, onNext }: CityStepProps) {
  const [cityUrl, setCityUrl] = useState(initial.cityUrl);
  const [code, setCode] = useState(initial.code);
  const [error, setError] = useState<string | null>(null);

  const next = (): void => {
    if (!cityUrl.trim() && !code.trim()) return onNext(null);
    if (!cityUrl.trim() || !code.trim()) return setError(t.cityBoth);
    const url = CityUrl.safeParse(cityUrl);
    const enrolCode = EnrolCode.safeParse(code);
    if (!url.success) setError(t.cityBadUrl);
    else if (!enrolCode.success) setError(t.cityBadCode);
    else onNext({ cityUrl: url.data, code: enrolCode.data });
  };

  return (
    <WizardStep step={5} total={total} title={t.cityTitle} testId="setup-city" onBack={onBack} onNext={next} error={error}>
      <p id="setup-city-hint">{t.cityHint}</p>
      <label>
        {t.cityUrl}
        <input
          autoFocus
          type="url"
          placeholder="https://"
          aria-describedby="setup-city-hint"
          value={cityUrl}
          onChange={(e) => setCityUrl(e.target.value)}
          data-testid="setup-city-url"
        />
      </label>
      <label>
        {t.cityCode}
        <input autoComplete="off" value={code} onChange={(e) => setCode(e.target.value)} data-testid="setup-city-code" />
      </label>
      <button type="button" onClick={() => onNext(null)} data-testid="setup-city-later">
        {t.cityLater}
      </button>
    </WizardStep>
  );
}
