import { useState, type KeyboardEvent } from 'react';
import type { Board, Ticket } from '../../../shared/api/schemas';
import { counterText } from '../../../shared/i18n/vi';
import type { TransferTarget } from '../../state/counter-store';
import { Modal } from '../Modal';

interface TransferDialogProps {
  ticket: Ticket;
  board: Board;
  ownCounter: number;
  onSubmit: (target: TransferTarget) => void;
  onClose: () => void;
}

/**
 * Choose another service and/or counter. Opens on the service list with the first other service
 * chosen, so Enter alone sends the ticket on; arrows change a list, Tab moves to the next, Esc goes back.
 */
export function TransferDialog({ ticket, board, ownCounter, onSubmit, onClose }: TransferDialogProps) {
  const otherServices = board.services.filter((s) => s.id !== ticket.serviceId);
  const [serviceId, setServiceId] = useState(otherServices[0]?.id ?? '');
  const [counterNumber, setCounterNumber] = useState('');
  // Enter on a closed drop-down would open it; at this desk it means "send".
  const sendOnEnter = (event: KeyboardEvent<HTMLFormElement>): void => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLSelectElement)) return;
    event.preventDefault();
    event.currentTarget.requestSubmit();
  };
  return (
    <Modal title={counterText.transferTitle(ticket.displayNumber)} onClose={onClose} testId="transfer-dialog">
      <form
        className="stack"
        onKeyDown={sendOnEnter}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit({ toServiceId: serviceId || null, toCounterNumber: counterNumber ? Number(counterNumber) : null });
        }}
      >
        <p>{counterText.transferHint}</p>
        <label>
          {counterText.transferService}
          <select autoFocus value={serviceId} onChange={(e) => setServiceId(e.target.value)} data-testid="transfer-service">
            {otherServices.map((s) => (
              <option key={s.id} value={s.id}>
                {s.letter} – {s.name}
              </option>
            ))}
            <option value="">{counterText.transferKeepService}</option>
          </select>
        </label>
        <label>
          {counterText.transferCounter}
          <select value={counterNumber} onChange={(e) => setCounterNumber(e.target.value)} data-testid="transfer-counter">
            <option value="">{counterText.transferAnyCounter}</option>
            {board.counters
              .filter((c) => c.number !== ownCounter)
              .map((c) => (
                <option key={c.number} value={c.number}>
                  {counterText.counterLabel(c.number, c.name)}
                </option>
              ))}
          </select>
        </label>
        <div className="row">
          <button type="submit" className="primary" data-testid="transfer-submit">
            {counterText.transferSubmit}
          </button>
          <button type="button" onClick={onClose}>
            {counterText.back}
          </button>
        </div>
      </form>
    </Modal>
  );
}
