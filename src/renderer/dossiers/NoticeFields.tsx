import type { RefObject } from 'react';
import { noticeText } from '../../shared/i18n/vi/dossiers';
import type { RefusalDraft, SupplementDraft } from './notice-draft';

interface SupplementFieldsProps {
  draft: SupplementDraft;
  onChange: (draft: SupplementDraft) => void;
  /** The missing papers when the checklist already names them; else the clerk types them. */
  fixedItems?: readonly string[];
  firstRef?: RefObject<HTMLTextAreaElement | null>;
}

/** Mẫu 02's fields: everything missing at once, why, and the number the citizen may call. */
export function SupplementFields({ draft, onChange, fixedItems, firstRef }: SupplementFieldsProps) {
  return (
    <div className="notice-fields" data-testid="notice-supplement">
      {fixedItems ? (
        <ol data-testid="notice-missing">
          {fixedItems.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ol>
      ) : (
        <label>
          {noticeText.missingItems}
          <textarea
            ref={firstRef}
            data-testid="notice-items"
            rows={3}
            value={draft.items}
            onChange={(event) => onChange({ ...draft, items: event.target.value })}
          />
        </label>
      )}
      <label>
        {noticeText.missingBasis}
        <input data-testid="notice-basis" value={draft.basis} onChange={(event) => onChange({ ...draft, basis: event.target.value })} />
      </label>
      <label>
        {noticeText.contactPhone}
        <input
          data-testid="notice-phone"
          inputMode="tel"
          value={draft.contactPhone}
          onChange={(event) => onChange({ ...draft, contactPhone: event.target.value })}
        />
      </label>
    </div>
  );
}

interface RefusalFieldsProps {
  draft: RefusalDraft;
  onChange: (draft: RefusalDraft) => void;
  firstRef?: RefObject<HTMLTextAreaElement | null>;
}

/** Mẫu 03's fields: the reason, without which a refusal is not allowed, and the provision if named. */
export function RefusalFields({ draft, onChange, firstRef }: RefusalFieldsProps) {
  return (
    <div className="notice-fields" data-testid="notice-refusal">
      <label>
        {noticeText.refusalReason}
        <textarea
          ref={firstRef}
          data-testid="notice-refusal-reason"
          rows={3}
          value={draft.reason}
          onChange={(event) => onChange({ ...draft, reason: event.target.value })}
        />
      </label>
      <label>
        {noticeText.legalBasis}
        <input
          data-testid="notice-legal-basis"
          value={draft.legalBasis}
          onChange={(event) => onChange({ ...draft, legalBasis: event.target.value })}
        />
      </label>
    </div>
  );
}
