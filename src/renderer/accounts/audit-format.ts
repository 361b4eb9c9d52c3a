import type { AuditEntry } from '../../shared/api/accounts';
import { accountText, auditEntityText, auditMethodText, auditOperationText, errorMessages } from '../../shared/i18n/vi';
import { entityText } from '../../shared/i18n/vi/sync';
import { formatDateTimeSeconds } from '../../shared/time/format';

// How the audit page writes an entry: Hà Nội time to the second, Vietnamese names for methods,
// entities and outcomes (the code itself when one has no name), a refusal's reason in words.

/** "14:05:09 23/11/2026" in Asia/Ho_Chi_Minh. */
export function auditTime(instant: string): string {
  return formatDateTimeSeconds(instant);
}

export const AUDIT_ENTITIES: Record<string, string> = { ...entityText, ...auditEntityText };

/** An API method, or an operation the service recorded on its own ("procedure.save@1"), by name. */
export function methodName(method: string): string {
  return auditMethodText[method] ?? auditOperationText[method.replace(/@\d+$/, '')] ?? method;
}

export function entityName(entity: string | null): string {
  return entity === null ? '' : (AUDIT_ENTITIES[entity] ?? entity);
}

export function outcomeName(outcome: AuditEntry['outcome']): string {
  return accountText.auditOutcome[outcome];
}

/** A refusal's error code as its message; what was read stays as the service wrote it. */
export function detailText(entry: AuditEntry): string {
  if (entry.detail === null) return '';
  return entry.outcome === 'refused' ? ((errorMessages as Record<string, string>)[entry.detail] ?? entry.detail) : entry.detail;
}
