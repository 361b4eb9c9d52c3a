import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/api/maintenance';
import { maintenanceText as text } from '../../shared/i18n/vi/maintenance';
import { localClock, localDateVi } from '../../shared/time/local-time';
import { api, downloadFile } from '../api/client';
import { saveDownload } from '../api/save-download';
import { failureMessage } from '../state/failure';

/** Settings › Sao lưu và chẩn đoán (administrators): the backups and their restore, and the bundle for IT. */
export function MaintenanceSection() {
  const [listing, setListing] = useState<{ folder: string; keepDays: number; backups: BackupInfo[] } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api('listBackups', {})
      .then(setListing)
      .catch((failure: unknown) => setError(failureMessage(failure)));
  }, []);

  const run = (action: () => Promise<string>) => {
    setStatus(null);
    setError(null);
    setBusy(true);
    action()
      .then(setStatus)
      .catch((failure: unknown) => setError(failureMessage(failure)))
      .finally(() => setBusy(false));
  };

  const when = (instant: string) => `${localClock(instant)} ${localDateVi(instant)}`;

  const restore = (backup: BackupInfo) => {
    if (!window.confirm(text.confirmRestore(when(backup.takenAt)))) return;
    run(async () => {
      await api('restoreBackup', { fileName: backup.fileName });
      return text.restoreStaged;
    });
  };

  const exportDiagnostics = () =>
    run(async () => {
      const { blob, fileName } = await downloadFile('exportDiagnostics', {});
      saveDownload(blob, fileName);
      return text.exported(fileName);
    });

  return (
    <section className="settings-section" aria-labelledby="settings-maintenance-title" data-testid="maintenance-section">
      <h2 id="settings-maintenance-title">{text.heading}</h2>
      <p className="hint">{text.hint}</p>
      <button type="button" disabled={busy} onClick={exportDiagnostics} data-testid="export-diagnostics">
        {text.exportDiagnostics}
      </button>
      {listing && <p>{text.folder(listing.folder, listing.keepDays)}</p>}
      {listing?.backups.length === 0 && <p>{text.none}</p>}
      {listing && listing.backups.length > 0 && (
        <table className="settings-table" data-testid="backups-table">
          <thead>
            <tr>
              <th>{text.takenAt}</th>
              <th>{text.reason}</th>
              <th>{text.size}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {listing.backups.map((b) => (
              <tr key={b.fileName} data-testid="backup-row">
                <td>{when(b.takenAt)}</td>
                <td>{text.reasons[b.reason]}</td>
                <td>{`${(b.bytes / 1024 / 1024).toFixed(1)} MB`}</td>
                <td>
                  <button type="button" disabled={busy} onClick={() => restore(b)}>
                    {text.restore}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="notice" role="status" data-testid="maintenance-status">
        {status}
      </div>
      <div className="alert" role="alert">
        {error}
      </div>
    </section>
  );
}
