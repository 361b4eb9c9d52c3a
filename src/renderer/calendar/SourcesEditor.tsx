import { useState } from 'react';
import { calendarSettingsText as text, confidenceLabels } from '../../shared/i18n/vi/calendar';
import type { YearDraft } from './year-draft';

/** The documents the year's days cite, and a form to add one. */
export function SourcesEditor({ draft, onAdd }: { draft: YearDraft; onAdd: (title: string, url: string) => void }) {
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  return (
    <details className="calendar-sources">
      <summary>
        {text.sources} ({draft.sources.length})
      </summary>
      <ul>
        {draft.sources.map((s) => (
          <li key={s.id}>
            <strong>{s.title}</strong> — {`${s.confidence}: ${confidenceLabels[s.confidence]}`}
            {s.url && /^https?:\/\//.test(s.url) && (
              <>
                {' '}
                <a href={s.url} target="_blank" rel="noreferrer">
                  {s.url}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <form
        className="settings-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!title.trim()) return;
          onAdd(title.trim(), url.trim());
          setTitle('');
          setUrl('');
        }}
      >
        <label>
          {text.sourceTitle}
          <input required maxLength={500} value={title} onChange={(e) => setTitle(e.target.value)} data-testid="calendar-source-title" />
        </label>
        <label>
          {text.sourceUrl}
          <input type="url" maxLength={2000} value={url} onChange={(e) => setUrl(e.target.value)} data-testid="calendar-source-url" />
        </label>
        <button type="submit" data-testid="calendar-source-add">
          {text.addSource}
        </button>
      </form>
    </details>
  );
}
