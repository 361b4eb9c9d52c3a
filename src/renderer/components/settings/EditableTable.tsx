import { useState, type ReactNode } from 'react';
import { settingsText } from '../../../shared/i18n/vi';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface EditableTableProps<T extends { id: string }> {
  /** Test-id stem: rows are `<item>-row`, buttons `<item>-edit` / `<item>-add`. */
  item: string;
  /** Test-id and heading-id stem of the table: `<plural>-table`, `settings-<plural>-title`. */
  plural: string;
  title: string;
  addLabel: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  /** The add/edit form; `row` is null when adding. */
  renderForm: (row: T | null, onDone: () => void) => ReactNode;
}

/** A settings list: a table of rows with an edit button each, and one add/edit form below it. */
export function EditableTable<T extends { id: string }>({
  item,
  plural,
  title,
  addLabel,
  rows,
  columns,
  renderForm,
}: EditableTableProps<T>) {
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const titleId = `settings-${plural}-title`;
  return (
    <section className="settings-section" aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <table className="settings-table" data-testid={`${plural}-table`}>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid={`${item}-row`}>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
              <td>
                <button type="button" onClick={() => setEditing(row)} data-testid={`${item}-edit`}>
                  {settingsText.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <div key={editing === 'new' ? 'new' : editing.id}>{renderForm(editing === 'new' ? null : editing, () => setEditing(null))}</div>
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid={`${item}-add`}>
          {addLabel}
        </button>
      )}
    </section>
  );
}
