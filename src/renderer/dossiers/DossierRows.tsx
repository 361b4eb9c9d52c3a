import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { DossierSummary } from '../../shared/api/dossiers';
import { dossierPanelText, dossierStatusText } from '../../shared/i18n/vi/dossiers';
import { formatDay as dayVi } from '../../shared/time/format';

const text = dossierPanelText;
/** Two lines of text and their padding; rows are measured, this is only the first guess. */
const ROW_PX = 52;

interface DossierRowsProps {
  id: string;
  dossiers: readonly DossierSummary[];
  active: number;
  onOpen: (dossier: DossierSummary) => void;
}

/**
 * A list of hundreds of dossiers stays quick: only the rows in view are in the page. The highlighted
 * row (moved from the search box with the arrows) is kept in view.
 */
export function DossierRows({ id, dossiers, active, onOpen }: DossierRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: dossiers.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    overscan: 8,
    getItemKey: (index) => dossiers[index]!.id,
  });

  useEffect(() => {
    if (active < dossiers.length) virtualizer.scrollToIndex(active, { align: 'auto' });
  }, [active, dossiers.length, virtualizer]);

  return (
    <div ref={scrollRef} className="dossier-rows" data-testid="dossier-rows">
      <ul id={id} role="listbox" aria-label={text.title} style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const dossier = dossiers[row.index]!;
          return (
            <li
              key={row.key}
              id={`${id}-${row.index}`}
              ref={virtualizer.measureElement}
              data-index={row.index}
              role="option"
              aria-selected={row.index === active}
              className={row.index === active ? 'active' : undefined}
              data-testid="dossier-row"
              style={{ transform: `translateY(${row.start}px)` }}
              onMouseDown={(event) => {
                event.preventDefault();
                onOpen(dossier);
              }}
            >
              <span className="dossier-row-main">
                <span className="code">{dossier.code}</span> <strong>{dossier.applicantName}</strong>
              </span>
              <span className="dossier-row-sub">
                {dossier.procedureName} · {text.dueAt(dossier.due.time, dayVi(dossier.due.date))} · {dossierStatusText[dossier.status]}
                {dossier.overdueWorkingDays !== null && (
                  <span className="dossier-overdue" data-testid="dossier-overdue">
                    {' '}
                    · {text.overdueDays(dossier.overdueWorkingDays)}
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
