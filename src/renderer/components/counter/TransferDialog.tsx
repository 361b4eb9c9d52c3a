import { useState } from 'react';
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

/** Choose another service and/or counter; Tab between the two lists, Enter sends, Esc goes back. */
export function TransferDialog({ ticket, board, ownCounter, onSubmit, onClose }: TransferDialogProps) {
  const [serviceId, setServiceId] = useState('');
  const [counterNumber, setCounterNumber] = useState('');
  return (
    <Modal title={counterText.transferTitle(ticket.displayNumber)} onClose={onClose} testId="transfer-dialog">
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit({ toServiceId: serviceId || null, toCounterNumber: counterNumber ? Number(counterNumber) : null });
        }}
      >
        <label>
          {counterText.transferService}
          <select autoFocus value={serviceId} onChange={(e) => setServiceId(e.target.value)} data-testid="transfer-service">
            <option value="">{counterText.transferKeepService}</option>
            {board.services.map((s) => (
              <option key={s.id} value={s.id}>
                {s.letter} – {s.name}
              </option>
            ))}
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
