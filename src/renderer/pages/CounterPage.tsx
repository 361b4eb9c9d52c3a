import { useEffect, useState } from 'react';
import { counterText } from '../../shared/i18n/vi';
import { ClerkBar } from '../accounts/ClerkBar';
import { useClerkSession } from '../accounts/clerk-session';
import { AppNav } from '../components/AppNav';
import { ConnectionBanner } from '../components/ConnectionBanner';
import { HealthBanner } from '../components/HealthBanner';
import { ActionBar } from '../components/counter/ActionBar';
import { CancelDialog } from '../components/counter/CancelDialog';
import { CounterPicker } from '../components/counter/CounterPicker';
import { CurrentTicket } from '../components/counter/CurrentTicket';
import { KeymapTable } from '../components/counter/KeymapTable';
import { NoShowList } from '../components/counter/NoShowList';
import { TransferDialog } from '../components/counter/TransferDialog';
import { isActionAllowed } from '../state/counter-actions';
import { effectiveCounter, rememberCounter, rememberedCounter } from '../state/counter-choice';
import { useCounter } from '../state/counter-store';
import { actionForKey, type CounterAction } from '../state/keymap';
import { homeOf } from '../state/navigation';
import { useLiveSession, useSession } from '../state/session';
import { WaitingList } from '../components/counter/WaitingList';
import { SyncChip } from '../sync/SyncChip';
import { IntakeScreen } from '../intake/IntakeScreen';
import { DossierPanel } from '../dossiers/DossierPanel';

type OpenDialog = 'transfer' | 'cancel' | null;
/** What the second column shows: one dossier being received, or the dossiers already received. */
type SidePanel = 'intake' | 'dossiers' | null;

export function CounterPage() {
  useLiveSession();
  const me = useSession((s) => s.me);
  const board = useSession((s) => s.board);
  const revision = useSession((s) => s.revision);
  const { counterNumber, state, busy, error, notice } = useCounter();
  const [remembered, setRemembered] = useState(rememberedCounter);
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const [side, setSide] = useState<SidePanel>(null);

  const counters = board?.counters ?? [];
  const chosen = effectiveCounter(me, counters, remembered);
  const current = state?.current ?? null;
  const enabled = (action: CounterAction) => !busy && chosen !== null && isActionAllowed(action, current);

  useEffect(() => {
    if (me && me.role !== 'local' && me.role !== 'counter') window.location.replace(homeOf(me.role));
  }, [me]);

  useEffect(() => {
    useCounter.getState().setCounterNumber(chosen);
  }, [chosen]);

  useEffect(() => {
    void useCounter.getState().load();
  }, [counterNumber, revision]);

  const perform = (action: CounterAction): void => {
    if (!enabled(action)) return;
    const store = useCounter.getState();
    if (action === 'intake' || action === 'dossiers') setSide((open) => (open === action ? null : action));
    else if (action === 'callNext') void store.callNext();
    else if (action === 'transfer' || action === 'cancel') setDialog(action);
    else void store.step(action, current!.id);
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const action = actionForKey(event.key);
      if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
      // Space keeps its usual meaning on buttons and form fields; F-keys always belong to the counter.
      if (event.key === ' ' && isInteractive(event.target)) return;
      event.preventDefault();
      // Under the lock screen, or any other open dialog (changing the PIN), the page keeps its state but takes no orders.
      if (dialog || event.repeat || useClerkSession.getState().locked || document.querySelector('dialog[open]')) return;
      perform(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <div className="page counter-page">
      <header className="page-header">
        <h1>{counterText.title}</h1>
        {me?.role === 'local' ? (
          <CounterPicker
            counters={counters}
            value={chosen}
            onChange={(n) => {
              rememberCounter(n);
              setRemembered(n);
            }}
          />
        ) : (
          chosen !== null && (
            <p className="counter-fixed" data-testid="counter-fixed">
              {counterText.counterLabel(chosen, state?.counter.name ?? '')}
            </p>
          )
        )}
        {me?.role === 'local' && <SyncChip />}
        <AppNav />
        <ClerkBar />
      </header>
      <ConnectionBanner />
      <HealthBanner health={board?.health} />
      <div className="alert" role="alert" data-testid="counter-error">
        {error}
      </div>
      <div className="notice" role="status" data-testid="counter-notice">
        {notice}
      </div>
      {me && board && chosen === null && <p>{counterText.noCounters}</p>}
      <main className={side ? 'counter-main with-side' : 'counter-main'}>
        <CurrentTicket ticket={current} />
        <ActionBar isEnabled={enabled} onAction={perform} />
        <div className="counter-side">
          <WaitingList waiting={state?.waiting ?? []} />
          <NoShowList
            tickets={state?.noShows ?? []}
            disabled={busy}
            onReturn={(ticket) => void useCounter.getState().step('returnToQueue', ticket.id)}
          />
          <KeymapTable />
        </div>
        {side === 'intake' && (
          <IntakeScreen
            key={current?.id ?? 'no-ticket'}
            ticket={current}
            wardName={board?.wardName ?? ''}
            clerkName={me?.session?.clerk.fullName ?? ''}
          />
        )}
        {side === 'dossiers' && (
          <DossierPanel wardName={board?.wardName ?? ''} clerkName={me?.session?.clerk.fullName ?? ''} onClose={() => setSide(null)} />
        )}
      </main>
      {dialog === 'transfer' && current && board && chosen !== null && (
        <TransferDialog
          ticket={current}
          board={board}
          ownCounter={chosen}
          onClose={() => setDialog(null)}
          onSubmit={(target) => {
            setDialog(null);
            void useCounter.getState().transfer(current.id, target);
          }}
        />
      )}
      {dialog === 'cancel' && current && (
        <CancelDialog
          ticket={current}
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null);
            void useCounter.getState().cancel(current.id);
          }}
        />
      )}
    </div>
  );
}

function isInteractive(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a, input, select, textarea, [contenteditable]') !== null;
}
