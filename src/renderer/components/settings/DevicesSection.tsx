import { useEffect, useState } from 'react';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Counter, Device } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { localClock, localDateVi } from '../../../shared/time/local-time';
import { api } from '../../api/client';
import { useSettings } from '../../state/settings-store';
import { useSubmit } from '../../state/use-submit';
import { FormStatus } from '../FormStatus';

type PairableRole = Device['role'];
const ROLES: PairableRole[] = ['counter', 'kiosk', 'display'];
/** Pairing happens on another device and raises no event here: poll so the list shows it. */
const DEVICE_POLL_MS = 5_000;

export function DevicesSection({ counters }: { counters: Counter[] }) {
  const devices = useSettings((s) => s.devices);
  const revoke = useSubmit();

  useEffect(() => {
    const { loadDevices } = useSettings.getState();
    void loadDevices();
    const timer = setInterval(() => void loadDevices(), DEVICE_POLL_MS);
    return () => clearInterval(timer);
  }, []);

  return (
    <section className="settings-section" aria-labelledby="settings-devices-title">
      <h2 id="settings-devices-title">{settingsText.devicesTitle}</h2>
      <PairingForm counters={counters} />
      {devices.length === 0 ? (
        <p>{settingsText.noDevices}</p>
      ) : (
        <table className="settings-table" data-testid="devices-table">
          <thead>
            <tr>
              <th>{settingsText.pairingDeviceName}</th>
              <th>{settingsText.pairingRole}</th>
              <th />
              <th />
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={d.id} data-testid="device-row" className={d.revokedAt ? 'revoked' : undefined}>
                <td>{d.name}</td>
                <td>
                  {settingsText.roles[d.role]}
                  {d.counterNumber !== null && ` · ${settingsText.deviceCounter(d.counterNumber)}`}
                </td>
                <td>
                  {settingsText.devicePaired(`${localClock(d.pairedAt)} ${localDateVi(d.pairedAt)}`)}
                  {d.lastSeenAt && ` · ${settingsText.deviceLastSeen(`${localClock(d.lastSeenAt)} ${localDateVi(d.lastSeenAt)}`)}`}
                </td>
                <td>
                  {d.revokedAt ? (
                    <span data-testid="device-revoked">{settingsText.deviceRevoked}</span>
                  ) : (
                    <button
                      type="button"
                      className="danger"
                      disabled={revoke.busy}
                      data-testid="device-revoke"
                      onClick={() =>
                        void revoke.run(() => api('revokeDevice', { deviceId: d.id })).then(() => useSettings.getState().loadDevices())
                      }
                    >
                      {settingsText.revoke}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <FormStatus error={revoke.error} saved={false} testId="devices" />
    </section>
  );
}

function PairingForm({ counters }: { counters: Counter[] }) {
  const [role, setRole] = useState<PairableRole>('display');
  const [counterNumber, setCounterNumber] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [pairing, setPairing] = useState<MethodOutput<'createPairingCode'> | null>(null);
  const submit = useSubmit();
  const counterChoice = counterNumber || String(counters[0]?.number ?? '');

  return (
    <form
      className="settings-form"
      data-testid="pairing-form"
      onSubmit={(event) => {
        event.preventDefault();
        setPairing(null);
        void submit.run(async () =>
          setPairing(
            await api('createPairingCode', {
              role,
              deviceName,
              counterNumber: role === 'counter' && counterChoice ? Number(counterChoice) : null,
            }),
          ),
        );
      }}
    >
      <label>
        {settingsText.pairingRole}
        <select value={role} onChange={(e) => setRole(e.target.value as PairableRole)} data-testid="pairing-role">
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {settingsText.roles[r]}
            </option>
          ))}
        </select>
      </label>
      {role === 'counter' && (
        <label>
          {settingsText.pairingCounter}
          <select value={counterChoice} onChange={(e) => setCounterNumber(e.target.value)} data-testid="pairing-counter">
            {counters.map((c) => (
              <option key={c.id} value={c.number}>
                {settingsText.deviceCounter(c.number)} – {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {settingsText.pairingDeviceName}
        <input
          required
          maxLength={100}
          value={deviceName}
          onChange={(e) => setDeviceName(e.target.value)}
          data-testid="pairing-device-name"
        />
      </label>
      <button type="submit" className="primary" disabled={submit.busy} data-testid="pairing-create">
        {settingsText.pairingCreate}
      </button>
      <FormStatus error={submit.error} saved={false} testId="pairing" />
      {pairing && (
        <div className="pairing-result" role="status">
          <p>{settingsText.pairingCodeHint}</p>
          <p className="pairing-code" data-testid="pairing-code">
            {pairing.code}
          </p>
          <p data-testid="pairing-expiry">{settingsText.pairingExpires(localClock(pairing.expiresAt))}</p>
        </div>
      )}
    </form>
  );
}
