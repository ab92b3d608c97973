// The paste page's results can be kept and compared like a page's: "Save to library" stores the
// text (the worker analyses it, as it does imports), and "Compare" opens the library with the
// pasted policy as the one the others are judged against.
import { t } from '../../shared/i18n.ts';
import { LIMITS } from '../../shared/limits.ts';
import { saveTextToLibrary } from '../library/api.ts';
import { SaveForm } from '../library/SaveToLibrary.tsx';

export function SavePasted({ text, title, onCompare }: { text: string; title: string; onCompare: () => void }) {
  return (
    <div class="library-controls">
      <SaveForm initialName={() => title.slice(0, LIMITS.entryNameLength)} save={(name) => saveTextToLibrary(name.trim() || title, text)} />
      <button type="button" class="button" onClick={onCompare}>
        {t('compareWithLibrary')}
      </button>
    </div>
  );
}
