import { useState } from 'react';
import type { PriorityCategory } from '../../../shared/api/schemas';
import { settingsText } from '../../../shared/i18n/vi';
import { api } from '../../api/client';
import { useSubmit } from '../../state/use-submit';
import { EditableTable, type Column } from './EditableTable';
import { FormActions } from './FormActions';

const columns: Column<PriorityCategory>[] = [
  { header: settingsText.priorityName, cell: (c) => c.name },
  { header: settingsText.active, cell: (c) => (c.active ? settingsText.yes : settingsText.no) },
];

export function PrioritiesSection({ categories }: { categories: PriorityCategory[] }) {
  return (
    <EditableTable
      item="priority"
      plural="priorities"
      title={settingsText.prioritiesTitle}
      addLabel={settingsText.addPriority}
      rows={categories}
      columns={columns}
      renderForm={(category, onDone) => <PriorityForm category={category} onDone={onDone} />}
    />
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
          .run(() => api('savePriorityCategory', { ...(category ? { id: category.id, sortOrder: category.sortOrder } : {}), name, active }))
          .then((ok) => ok && onDone());
      }}
    >
      <h3>{category ? `${settingsText.edit}: ${category.name}` : settingsText.addPriority}</h3>
      <label>
        {settingsText.priorityName}
        <input autoFocus required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} data-testid="priority-name" />
      </label>
      <FormActions item="priority" active={active} onActive={setActive} busy={submit.busy} error={submit.error} onCancel={onDone} />
    </form>
  );
}
