// The policy at this address is not the one saved in the library: how much changed and which
// summary points appeared, went or changed.
import { plural, t } from '../../shared/i18n.ts';
import type { ChangedSince } from '../../shared/protocol.ts';
import { FlagIcon } from '../components/FlagIcon.tsx';
import { formatDate } from './api.ts';

export function ChangedBanner({ changed }: { changed: ChangedSince }) {
  return (
    <section class="changed-banner" aria-labelledby="changed-heading">
      <h2 id="changed-heading">
        {t('changedSince', formatDate(changed.savedAt))}: +{plural(changed.added, 'sentenceOne', 'sentenceMany')}, −{plural(changed.removed, 'sentenceOne', 'sentenceMany')}
      </h2>
      <p class="changed-note">{t('changedComparedWith', changed.name)}</p>
      {changed.summaryChanges.length > 0 && (
        <ul class="items changed-list">
          {changed.summaryChanges.map((c) => (
            <li key={c.id} class="changed-item">
              <FlagIcon flag={c.flag} />
              <span class="item-text">{c.text}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
