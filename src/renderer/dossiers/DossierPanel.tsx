import { useEffect, useRef, useState } from 'react';
import { DOSSIER_LISTS, type DossierSummary } from '../../shared/api/dossiers';
import { dossierPanelText } from '../../shared/i18n/vi/dossiers';
import { api } from '../api/client';
import { FormError } from '../components/FormError';
import { failureMessage } from '../state/failure';
import { DossierDetail } from './DossierDetail';
import { DossierRows } from './DossierRows';
import './dossiers.css';

const text = dossierPanelText;
/** Long enough to skip the keys of a word being typed, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 250;
const LIST_LIMIT = 500;
const SEARCH_LIMIT = 200;

type DossierList = (typeof DOSSIER_LISTS)[number];

interface DossierPanelProps {
  wardName: string;
  clerkName: string;
  onClose: () => void;
}

/**
 * The counter's dossiers: the four lists and the search, all from the search box. With the box empty
 * ← → change the list; typing searches; ↑ ↓ move through the rows and Enter opens one.
 */
export function DossierPanel({ wardName, clerkName, onClose }: DossierPanelProps) {
  const [list, setList] = useState<DossierList>('due_today');
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<DossierSummary[] | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [opened, setOpened] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const searching = query.trim() !== '';

  useEffect(() => {
    if (opened) return;
    let current = true;
    setRows(null);
    setError(null);
    const load = (): void => {
      const asked = searching
        ? api('searchDossiers', { query: query.trim(), limit: SEARCH_LIMIT })
        : api('listDossiers', { list, limit: LIST_LIMIT });
      asked.then(
        (answer) => {
          if (!current) return;
          setRows(answer.dossiers);
          setActive(0);
        },
        (failure: unknown) => current && setError(failureMessage(failure)),
      );
    };
    // A list is one click away; a search waits for the clerk to pause typing.
    const timer = setTimeout(load, searching ? SEARCH_DEBOUNCE_MS : 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [list, query, searching, opened, reload]);

  useEffect(() => {
    if (!opened) searchRef.current?.focus();
  }, [opened]);

  if (opened) {
    return (
      <section className="dossier-panel" aria-label={text.title} data-testid="dossier-panel">
        <DossierDetail
          id={opened}
          wardName={wardName}
          clerkName={clerkName}
          onBack={() => {
            setOpened(null);
            setReload((n) => n + 1);
          }}
        />
      </section>
    );
  }

  const shown = rows ?? [];
  const moveList = (by: number): void => {
    const i = DOSSIER_LISTS.indexOf(list);
    setList(DOSSIER_LISTS[(i + by + DOSSIER_LISTS.length) % DOSSIER_LISTS.length]!);
  };

  return (
    <section className="dossier-panel" aria-labelledby="dossier-panel-title" data-testid="dossier-panel">
      <h2 id="dossier-panel-title">{text.title}</h2>
      <p className="hint">{text.hint}</p>
      <label>
        {text.search}
        <input
          ref={searchRef}
          data-testid="dossier-search"
          role="combobox"
          aria-expanded={shown.length > 0}
          aria-controls="dossier-rows"
          aria-activedescendant={shown.length > 0 ? `dossier-rows-${active}` : undefined}
          autoComplete="off"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
              event.preventDefault();
              const step = event.key === 'ArrowDown' ? 1 : -1;
              setActive((i) => Math.min(Math.max(i + step, 0), Math.max(shown.length - 1, 0)));
            } else if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && !searching) {
              event.preventDefault();
              moveList(event.key === 'ArrowRight' ? 1 : -1);
            } else if (event.key === 'Enter' && shown[active]) {
              event.preventDefault();
              setOpened(shown[active].id);
            } else if (event.key === 'Escape') {
              event.preventDefault();
              if (searching) setQuery('');
              else onClose();
            }
          }}
        />
      </label>
      <div className="dossier-lists" role="tablist" aria-label={text.title}>
        {DOSSIER_LISTS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            tabIndex={-1}
            aria-selected={!searching && name === list}
            data-testid={`dossier-list-${name}`}
            onClick={() => {
              setQuery('');
              setList(name);
              searchRef.current?.focus();
            }}
          >
            {text.lists[name]}
          </button>
        ))}
      </div>
      <h3 data-testid="dossier-rows-title">{searching ? text.searchResults(query.trim()) : text.lists[list]}</h3>
      <FormError error={error} testId="dossier-panel-error" />
      {rows === null && !error && <p className="hint">{text.loading}</p>}
      {rows?.length === 0 && <p className="hint">{searching ? text.noMatch : text.empty}</p>}
      <DossierRows id="dossier-rows" dossiers={shown} active={active} onOpen={(d) => setOpened(d.id)} />
    </section>
  );
}
