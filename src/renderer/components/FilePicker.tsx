import { useId, useRef, useState } from 'react';
import { appText } from '../../shared/i18n/vi';

interface FilePickerProps {
  label: string;
  accept: string;
  onChoose: (file: File) => void;
  testId: string;
}

/**
 * A Vietnamese button and the chosen file's name in place of the browser's own picker, whose
 * "Choose file / No file chosen" follows the browser's language. The input stays for the dialog.
 */
export function FilePicker({ label, accept, onChoose, testId }: FilePickerProps) {
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  const nameId = useId();
  return (
    <div className="file-picker">
      <button type="button" onClick={() => input.current?.click()} aria-describedby={nameId} data-testid={`${testId}-button`}>
        {label}
      </button>
      <span id={nameId} className="file-picker-name" data-testid={`${testId}-name`}>
        {name ?? appText.noFileChosen}
      </span>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={accept}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (!file) return;
          setName(file.name);
          onChoose(file);
          // Choosing the same file again after editing the pasted text must read it again.
          e.target.value = '';
        }}
        data-testid={testId}
      />
    </div>
  );
}
