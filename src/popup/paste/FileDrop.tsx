// A drop zone that is also a labelled file input, so it works by keyboard and by dragging.
import { useState } from 'preact/hooks';
import { t } from '../../shared/i18n.ts';

interface Props {
  onFile: (file: File) => void;
  onReject: (message: string) => void;
}

export function FileDrop({ onFile, onReject }: Props) {
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (!file) return onReject(t('dropNothing'));
    if (files.length > 1) return onReject(t('dropOne'));
    onFile(file);
  };
  return (
    <div
      class={over ? 'drop-zone drop-over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <label class="drop-label">
        <span>{t('dropLabel')}</span>
        <input
          type="file"
          accept=".txt,.html,.htm,text/plain,text/html"
          onChange={(e) => {
            const input = e.currentTarget;
            take(input.files);
            input.value = '';
          }}
        />
      </label>
    </div>
  );
}
