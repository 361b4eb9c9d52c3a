import type { Ticket } from '../../../shared/api/schemas';
import { counterText } from '../../../shared/i18n/vi';
import { Modal } from '../Modal';

interface CancelDialogProps {
  ticket: Ticket;
  onConfirm: () => void;
  onClose: () => void;
}

export function CancelDialog({ ticket, onConfirm, onClose }: CancelDialogProps) {
  return (
    <Modal title={counterText.cancelTitle(ticket.displayNumber)} onClose={onClose} testId="cancel-dialog">
      <p>{counterText.cancelHint}</p>
      <div className="row">
        <button type="button" className="danger" autoFocus onClick={onConfirm} data-testid="cancel-confirm">
          {counterText.cancelConfirm}
        </button>
        <button type="button" onClick={onClose}>
          {counterText.back}
        </button>
      </div>
    </Modal>
  );
}
