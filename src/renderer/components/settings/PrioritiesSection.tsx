import { useState } from 'react';
import type { PriorityCategory } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { api } from '../../api/client';
import { useSubmit } from '../../state/use-submit';
import { FormStatus } from '../FormStatus';

export function PrioritiesSection({ categories }: { categories: PriorityCategory[] }) {
  const [editing, setEditing] = useState<PriorityCategory | 'new' | null>(null);
  return (
    <section className="settings-section" aria-labelledby="settings-priorities-title">
      <h2 id="settings-priorities-title">{settingsText.prioritiesTitle}</h2>
      <table className="settings-table" data-testid="priorities-table">
        <thead>
          <tr>
            <th>{settingsText.priorityName}</th>
            <th>{settingsText.active}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.id} data-testid="priority-row">
              <td>{c.name}</td>
              <td>{c.active ? settingsText.yes : settingsText.no}</td>
              <td>
                <button type="button" onClick={() => setEditing(c)} data-testid="priority-edit">
                  {settingsText.edit}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? (
        <PriorityForm
          key={editing === 'new' ? 'new' : editing.id}
          category={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <button type="button" onClick={() => setEditing('new')} data-testid="priority-add">
          {settingsText.addPriority}
        </button>
      )}
    </section>
  );
}

function PriorityForm({ category, onDone }: { category: PriorityCategory | null; onDone: () => void }) {
  const [name, setName] = useState(category?.name ?? '');
  const [active, setActive] = useState(category?.active ?? true);
  const submit = useSubmit();
  return (
    <form
      className="settings-form"
      data-testid="priority-form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit
          .run(() =>
            api('savePriorityCategory', { ...(category ? { id: category.id, sortOrder: category.sortOrder } : {}), name, active }),
          )
          .then((ok) => ok && onDone());
      }}
    >
      <h3>{category ? `${settingsText.edit}: ${category.name}` : settingsText.addPriority}</h3>
      <label>
        {settingsText.priorityName}
        <input autoFocus required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} data-testid="priority-name" />
      </label>
      <label className="check">
        <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} data-testid="priority-active" />
        {settingsText.active}
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={submit.busy} data-testid="priority-save">
          {settingsText.save}
        </button>
        <button type="button" onClick={onDone}>
          {settingsText.cancelEdit}
        </button>
      </div>
      <FormStatus error={submit.error} saved={false} testId="priority-form" />
    </form>
  );
}
