import { catalogText } from '../../shared/i18n/vi/catalog';
import { api } from '../api/client';
import { useSubmit } from '../state/use-submit';

const TYPES = { json: 'application/json', csv: 'text/csv' } as const;

/** Downloads the catalogue as the file importCatalogue reads back. */
export function ExportButtons() {
  const submit = useSubmit();
  const download = (format: 'json' | 'csv') =>
    submit.run(async () => {
      const { text } = await api('exportCatalogue', { format });
      const url = URL.createObjectURL(new Blob([text], { type: `${TYPES[format]};charset=utf-8` }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `danh-muc-thu-tuc.${format}`;
      link.click();
      // Revoked once the browser has started the download, which happens after this click returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });
  return (
    <section aria-labelledby="catalogue-export-title">
      <h3 id="catalogue-export-title">{catalogText.exportTitle}</h3>
      <div className="row">
        <button type="button" disabled={submit.busy} onClick={() => void download('json')} data-testid="catalogue-export-json">
          {catalogText.exportJson}
        </button>
        <button type="button" disabled={submit.busy} onClick={() => void download('csv')} data-testid="catalogue-export-csv">
          {catalogText.exportCsv}
        </button>
      </div>
      <div className="alert" role="alert">
        {submit.error}
      </div>
    </section>
  );
}
