import { noticeText } from '../../shared/i18n/vi/dossiers';
import { PhoneNumber } from '../../shared/slips/slip-common';
import type { MissingItem } from '../../shared/slips/supplement-request';

// What the clerk types for a notice (Mẫu 02, Mẫu 03), checked before anything is recorded or printed,
// so that a refused slip never follows a step that was already saved.

const PHONE_KEY = 'motcua.noticeContactPhone';

/** The counter's phone number, printed on every Mẫu 02: typed once, kept on this PC. */
export function rememberedContactPhone(): string {
  return localStorage.getItem(PHONE_KEY) ?? '';
}

export function rememberContactPhone(phone: string): void {
  localStorage.setItem(PHONE_KEY, phone);
}

export interface SupplementDraft {
  /** One missing paper or content per line. */
  items: string;
  basis: string;
  contactPhone: string;
}

export interface RefusalDraft {
  reason: string;
  legalBasis: string;
}

/** A fresh Mẫu 02 draft: the usual basis, which the clerk may change, and this PC's phone number. */
export function newSupplementDraft(items = ''): SupplementDraft {
  return { items, basis: noticeText.basisFromCatalogue, contactPhone: rememberedContactPhone() };
}

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

export interface SupplementRequest {
  missing: MissingItem[];
  contactPhone: string;
  /** What the dossier's history keeps of it. */
  reason: string;
}

export function checkSupplement(draft: SupplementDraft): Checked<SupplementRequest> {
  const items = draft.items
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const basis = draft.basis.trim();
  const contactPhone = draft.contactPhone.replace(/[\s.]/g, '');
  if (items.length === 0) return { ok: false, error: noticeText.needMissingItems };
  if (!basis) return { ok: false, error: noticeText.needBasis };
  if (!PhoneNumber.safeParse(contactPhone).success) return { ok: false, error: noticeText.needContactPhone };
  return {
    ok: true,
    value: {
      missing: items.map((item) => ({ item, reason: basis })),
      contactPhone,
      reason: noticeText.supplementReason(items, basis),
    },
  };
}

export interface Refusal {
  reason: string;
  legalBasis: string | null;
  /** What the dossier's history keeps of it. */
  recorded: string;
}

export function checkRefusal(draft: RefusalDraft): Checked<Refusal> {
  const reason = draft.reason.trim();
  const legalBasis = draft.legalBasis.trim() || null;
  if (!reason) return { ok: false, error: noticeText.needRefusalReason };
  return { ok: true, value: { reason, legalBasis, recorded: legalBasis ? noticeText.refusalWithBasis(reason, legalBasis) : reason } };
}
