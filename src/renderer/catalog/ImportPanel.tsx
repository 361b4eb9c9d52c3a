import { useState } from 'react';
import type { CataloguePreview } from '../../shared/api/catalog';
import type { MethodOutput } from '../../shared/api/contract';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { api } from '../api/client';
import { FilePicker } from '../components/FilePicker';
import { useSubmit } from '../state/use-submit';

type Format = 'json' | 'csv';

/** A pasted or chosen file is JSON when it starts like the JSON envelope; anything else is read as CSV. */
function guessFormat(text: string, fileName?: string): Format {
  if (fileName) return fileName.toLowerCase().endsWith('.json') ? 'json' : 'csv';
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith('{')
    ? 'json'
    : 'csv';
}

const fieldName = (field: string) => (catalogText.fieldNames as Record<string, string>)[field] ?? field;

/** Import: choose or paste a file, see what it would change (or its bad lines), then confirm. */
export function ImportPanel({ onApplied }: { onApplied: () => void }) {
  const [text, setText] = useState('');
  const [format, setFormat] = useState<Format>('json');
  const [removeMissing, setRemoveMissing] = useState(false);
  const [preview, setPreview] = useState<CataloguePreview | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const submit = useSubmit();

  const edited = (next: { text?: string; format?: Format; removeMissing?: boolean }) => {
    if (next.text !== undefined) setText(next.text);
    if (next.format !== undefined) setFormat(next.format);
    if (next.removeMissing !== undefined) setRemoveMissing(next.removeMissing);
    // A preview describes one exact input; any change means it has to be asked for again.
    setPreview(null);
    setApplied(null);
  };

  const choose = async (file: File) => {
    setReadError(null);
    try {
      const content = await file.text();
      edited({ text: content, format: guessFormat(content, file.name) });
    } catch {
      setReadError(catalogText.importReadFailed);
    }
  };

  const runPreview = () =>
    submit.run(async () => {
      setPreview(await api('previewCatalogueImport', { format, text, removeMissing }));
    });

  const apply = () =>
    submit.run(async () => {
      const result: MethodOutput<'importCatalogue'> = await api('importCatalogue', { format, text, removeMissing });
      if (!result.ok) {
        setPreview(result);
        return;
      }
      setPreview(null);
      setApplied(catalogText.applied(result.added, result.changed, result.removed));
      onApplied();
    });

  const changes = preview?.ok ? preview.added.length + preview.changed.length + (removeMissing ? preview.missing.length : 0) : 0;
  const canApply = preview?.ok === true && preview.clashes.length === 0 && changes > 0 && !submit.busy;

  return (
    <section className="catalogue-import" aria-labelledby="catalogue-import-title">
      <h3 id="catalogue-import-title">{catalogText.importTitle}</h3>
      <FilePicker
        label={catalogText.importFile}
        accept=".json,.csv,application/json,text/csv"
        onChoose={(file) => void choose(file)}
        testId="catalogue-import-file"
      />
      <label>
        {catalogText.importPaste}
        <textarea
          rows={6}
          value={text}
          spellCheck={false}
          onChange={(e) => edited({ text: e.target.value, format: guessFormat(e.target.value) })}
          data-testid="catalogue-import-text"
        />
      </label>
      <div className="row">
        <label>
          {catalogText.importFormat}
          <select value={format} onChange={(e) => edited({ format: e.target.value as Format })} data-testid="catalogue-import-format">
            <option value="json">JSON</option>
            <option value="csv">CSV</option>
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={removeMissing}
            onChange={(e) => edited({ removeMissing: e.target.checked })}
            data-testid="catalogue-remove-missing"
          />
          {catalogText.removeMissing}
        </label>
        <button
          type="button"
          disabled={text.trim() === '' || submit.busy}
          onClick={() => void runPreview()}
          data-testid="catalogue-preview"
        >
          {catalogText.preview}
        </button>
        <button type="button" className="primary" disabled={!canApply} onClick={() => void apply()} data-testid="catalogue-apply">
          {catalogText.apply}
        </button>
      </div>
      <div className="alert" role="alert" data-testid="catalogue-import-error">
        {readError ?? submit.error}
      </div>
      <div className="notice" role="status" data-testid="catalogue-import-applied">
        {applied}
      </div>
      {preview && !preview.ok && <BadLines problems={preview.problems} />}
      {preview?.ok && <PreviewList preview={preview} removeMissing={removeMissing} />}
    </section>
  );
}

function BadLines({ problems }: { problems: Extract<CataloguePreview, { ok: false }>['problems'] }) {
  return (
    <div className="catalogue-preview" data-testid="catalogue-problems">
      <p role="alert">{catalogText.badLines(problems.length)}</p>
      <table className="settings-table">
        <thead>
          <tr>
            <th>{catalogText.line}</th>
            <th>{catalogText.column}</th>
            <th>{catalogText.reason}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, index) => (
            <tr key={index} data-testid="catalogue-problem">
              <td>{p.line}</td>
              <td>{p.field ?? ''}</td>
              <td>{p.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PreviewList({ preview, removeMissing }: { preview: Extract<CataloguePreview, { ok: true }>; removeMissing: boolean }) {
  const name = (p: { nationalCode: string | null; name: string }) => (p.nationalCode ? `${p.nationalCode} — ${p.name}` : p.name);
  return (
    <div className="catalogue-preview" data-testid="catalogue-preview-result" aria-live="polite">
      {preview.clashes.length > 0 && (
        <div role="alert" data-testid="catalogue-clashes">
          {catalogText.clashes}
          <ul>
            {preview.clashes.map((c) => (
              <li key={c.incoming.id}>{catalogText.clash(c.nationalCode, c.incoming.name, c.stored.name)}</li>
            ))}
          </ul>
        </div>
      )}
      <h4 data-testid="catalogue-preview-added">{catalogText.added(preview.added.length)}</h4>
      <ul>
        {preview.added.map((p) => (
          <li key={p.id}>{name(p)}</li>
        ))}
      </ul>
      <h4 data-testid="catalogue-preview-changed">{catalogText.changed(preview.changed.length)}</h4>
      <ul>
        {preview.changed.map((c) => (
          <li key={c.procedure.id}>
            {name(c.procedure)} — {catalogText.changedFields}: {c.fields.map(fieldName).join(', ')}
          </li>
        ))}
      </ul>
      <h4 data-testid="catalogue-preview-unchanged">{catalogText.unchanged(preview.unchanged.length)}</h4>
      <h4 data-testid="catalogue-preview-missing">
        {catalogText.missing(preview.missing.length)}{' '}
        {preview.missing.length > 0 && (removeMissing ? catalogText.willRemove : catalogText.willKeep)}
      </h4>
      <ul>
        {preview.missing.map((p) => (
          <li key={p.id}>{name(p)}</li>
        ))}
      </ul>
      {preview.added.length + preview.changed.length + (removeMissing ? preview.missing.length : 0) === 0 && (
        <p role="status">{catalogText.nothingToApply}</p>
      )}
    </div>
  );
}
