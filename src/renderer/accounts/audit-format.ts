import type { AuditEntry } from '../../shared/api/accounts';
import { accountText, auditEntityText, auditMethodText, errorMessages } from '../../shared/i18n/vi';
import { entityText } from '../../shared/i18n/vi/sync';
import { localDateVi, localParts } from '../../shared/time/local-time';

// How the audit page writes an entry: Hà Nội time to the second, Vietnamese names for methods,
// entities and outcomes (the code itself when one has no name), a refusal's reason in words.

/** "14:05:09 23/11/2026" in Asia/Ho_Chi_Minh. */
export function auditTime(instant: string): string {
  const p = localParts(instant);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(p.hour)}:${two(p.minute)}:${two(p.second)} ${localDateVi(instant)}`;
}

export const AUDIT_ENTITIES: Record<string, string> = { ...entityText, ...auditEntityText };

export function methodName(method: string): string {
  return auditMethodText[method] ?? method;
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

/** A day typed as people write it in Vietnam (23/11/2026, or 3/2/2026) as YYYY-MM-DD; null when it is no real day. */
export function parseDayVi(typed: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
