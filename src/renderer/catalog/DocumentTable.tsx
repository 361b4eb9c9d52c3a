import { useEffect, useRef, useState } from 'react';
import { DOCUMENT_KINDS } from '../../shared/catalog/procedure';
import { catalogText } from '../../shared/i18n/vi/catalog';
import { SelectField, TextField } from './form-fields';
import { blankDocument, type DocumentDraft } from './procedure-draft';
import { inputId } from './procedure-labels';

// The documents a dossier needs, one row each. A row is added with its button and lands with the cursor
// in its name; removing a row puts the cursor on the row that took its place, or on the add button.

const form = catalogText.form;
const KIND_OPTIONS = DOCUMENT_KINDS.map((kind) => [kind, form.documentKinds[kind]] as const);
const NEED_OPTIONS = [
  ['required', form.documentRequired],
  ['optional', form.documentOptional],
] as const;

interface DocumentTableProps {
  rows: DocumentDraft[];
  onChange: (rows: DocumentDraft[]) => void;
}

export function DocumentTable({ rows, onChange }: DocumentTableProps) {
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    (document.getElementById(focusTarget) ?? addButton.current)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const edit = (index: number, change: Partial<DocumentDraft>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const add = () => {
    onChange([...rows, blankDocument()]);
    setFocusTarget(inputId(`requiredDocuments.items.${rows.length}.name`));
  };
  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    const next = Math.min(index, rows.length - 2);
    setFocusTarget(next >= 0 ? inputId(`requiredDocuments.items.${next}.name`) : '');
  };

  return (
    <div className="wide">
      {rows.length === 0 ? (
        <p className="hint">{form.documentsEmpty}</p>
      ) : (
        <table className="document-table" data-testid="procedure-documents">
          <thead>
            <tr>
              <th>#</th>
              <th>{form.documentFields.name}</th>
              <th>{form.documentFields.kind}</th>
              <th>{form.documentFields.count}</th>
              <th>{form.documentFields.optional}</th>
              <th>{form.documentFields.formTemplate}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const path = `requiredDocuments.items.${index}`;
              return (
                <tr key={row.key} data-testid="procedure-document-row">
                  <td>{index + 1}</td>
                  <td>
                    <TextField hiddenLabel path={`${path}.name`} value={row.name} onChange={(name) => edit(index, { name })} />
                  </td>
                  <td>
                    <SelectField
                      hiddenLabel
                      path={`${path}.kind`}
                      value={row.kind}
                      options={KIND_OPTIONS}
                      onChange={(kind) => edit(index, { kind })}
                    />
                  </td>
                  <td>
                    <TextField hiddenLabel numeric path={`${path}.count`} value={row.count} onChange={(count) => edit(index, { count })} />
                  </td>
                  <td>
                    <SelectField
                      hiddenLabel
                      path={`${path}.optional`}
                      value={row.optional ? 'optional' : 'required'}
                      options={NEED_OPTIONS}
                      onChange={(need) => edit(index, { optional: need === 'optional' })}
                    />
                  </td>
                  <td>
                    <TextField
                      hiddenLabel
                      path={`${path}.formTemplate`}
                      value={row.formTemplate}
                      onChange={(formTemplate) => edit(index, { formTemplate })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-label={form.removeDocument(index + 1)}
                      onClick={() => remove(index)}
                      data-testid="procedure-document-remove"
                    >
                      {form.removeDocumentShort}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button type="button" ref={addButton} onClick={add} data-testid="procedure-document-add">
        {form.addDocument}
      </button>
    </div>
  );
}
