import type { AuditEntry } from '../../shared/api/accounts';
import { accountText, auditPageText as text } from '../../shared/i18n/vi';
import { auditTime, detailText, entityName, methodName, outcomeName } from './audit-format';

/** Audit entries, newest first, as the head reads them. */
export function AuditTable({ entries, testId }: { entries: readonly AuditEntry[]; testId: string }) {
  return (
    <table className="sync-table audit-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{text.columns.at}</th>
          <th scope="col">{text.columns.clerk}</th>
          <th scope="col">{text.columns.device}</th>
          <th scope="col">{text.columns.method}</th>
          <th scope="col">{text.columns.entity}</th>
          <th scope="col">{text.columns.entityId}</th>
          <th scope="col">{text.columns.outcome}</th>
          <th scope="col">{text.columns.detail}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} data-testid="audit-row" data-outcome={e.outcome} className={e.outcome === 'refused' ? 'audit-refused' : undefined}>
            <td className="audit-time">{auditTime(e.at)}</td>
            <td data-testid="audit-clerk">
              {e.clerkName === null ? (
                <span className="audit-muted">{accountText.noClerk}</span>
              ) : (
                <>
                  {e.clerkName} <span className="audit-muted">({e.clerkUsername})</span>
                </>
              )}
            </td>
            <td>{e.deviceName}</td>
            <td data-testid="audit-method" data-method={e.method}>
              {methodName(e.method)}
            </td>
            <td>{entityName(e.entity)}</td>
            <td className="audit-id">{e.entityId}</td>
            <td>{outcomeName(e.outcome)}</td>
            <td>{detailText(e)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
