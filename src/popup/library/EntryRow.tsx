// One library entry: its grade, name and dates, a checkbox to pick it for comparing, and for
// saved entries an inline rename (Enter saves, Escape cancels) and a delete that asks first.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { LibraryEntrySummary } from '../../shared/protocol.ts';
import { t } from '../../shared/i18n.ts';
import { GRADE_COLORS } from '../grade-colors.ts';
import { deleteEntry, formatDate, renameEntry } from './api.ts';

/** Where a saved entry came from, as a host name (the stored URL is only shown, never opened). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

interface Props {
  entry: LibraryEntrySummary;
  selected: boolean;
  canSelect: boolean;
  onSelect: (on: boolean) => void;
  onChanged: (message: string) => void;
  onError: (message: string) => void;
}

export function EntryRow({ entry, selected, canSelect, onSelect, onChanged, onError }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [draft, setDraft] = useState(entry.name);
  const input = useRef<HTMLInputElement>(null);
  const checkId = useId();
  useEffect(() => {
    if (mode !== 'rename') return;
    input.current?.focus();
    input.current?.select();
  }, [mode]);

  const rename = async (): Promise<void> => {
    const name = draft.trim();
    if (!name || name === entry.name) return setMode('view');
    try {
      await renameEntry(entry.id, name);
      setMode('view');
      onChanged(t('renamedTo', name));
    } catch (error) {
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  const remove = async (): Promise<void> => {
    try {
      await deleteEntry(entry.id);
      onChanged(t('deletedEntry', entry.name));
    } catch (error) {
      setMode('view');
      onError(error instanceof Error ? error.message : String(error));
    }
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void rename();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDraft(entry.name);
      setMode('view');
    }
  };

  return (
    <li class="entry" data-entry-id={entry.id}>
      <span class="entry-grade" style={entry.grade ? { backgroundColor: GRADE_COLORS[entry.grade] } : {}} role="img" aria-label={entry.grade ? t('gradeAria', entry.grade) : t('notGradedAria')}>
        {entry.grade ?? '–'}
      </span>
      <div class="entry-main">
        {mode === 'rename' ? (
          <input
            ref={input}
            class="text-input"
            aria-label={t('renameLabel', entry.name)}
            value={draft}
            maxLength={200}
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={onKey}
          />
        ) : (
          <label class="entry-pick" for={checkId}>
            <input id={checkId} type="checkbox" checked={selected} disabled={!selected && !canSelect} onChange={(e) => onSelect(e.currentTarget.checked)} />
            <span class="entry-name">{entry.name}</span>
          </label>
        )}
        <p class="entry-meta">
          {entry.builtIn && <span class="tag">{entry.snapshot ? t('tagSnapshot') : t('tagBuiltIn')}</span>}
          {entry.date && <span>{t('policyDated', formatDate(entry.date))}</span>}
          {entry.snapshot && <span>{t('snapshotOf', formatDate(entry.snapshot.date))}</span>}
          {!entry.builtIn && <span>{t('savedOn', formatDate(entry.savedAt))}</span>}
          {!entry.builtIn && hostOf(entry.url) && <span>{t('savedFrom', hostOf(entry.url))}</span>}
        </p>
        {entry.snapshot && <p class="entry-credit">{t('snapshotCredit', entry.snapshot.source, entry.snapshot.attribution, entry.snapshot.licence)}</p>}
        {mode === 'confirm-delete' && (
          <p class="entry-confirm" role="alert">
            {t('deleteConfirm', entry.name)}{' '}
            <button type="button" class="button button-danger" onClick={() => void remove()}>
              {t('delete')}
            </button>{' '}
            <button type="button" class="button" onClick={() => setMode('view')}>
              {t('keep')}
            </button>
          </p>
        )}
      </div>
      {!entry.builtIn && mode === 'view' && (
        <div class="entry-actions">
          <button type="button" class="link-button" aria-label={t('renameAria', entry.name)} onClick={() => setMode('rename')}>
            {t('rename')}
          </button>
          <button type="button" class="link-button" aria-label={t('deleteAria', entry.name)} onClick={() => setMode('confirm-delete')}>
            {t('delete')}
          </button>
        </div>
      )}
    </li>
  );
}
