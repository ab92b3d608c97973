// One plain line for each term in the row that not everyone knows ("CPNI", "web beacons").
import { t } from '../../shared/i18n.ts';
import { termsIn } from '../glossary.ts';

export function TermNotes({ texts }: { texts: readonly string[] }) {
  const terms = termsIn(texts);
  if (terms.length === 0) return null;
  return (
    <dl class="term-notes" aria-label={t('termsLabel')}>
      {terms.map((term) => (
        <div key={term.id} class="term-note">
          <dt>{t(term.term)}</dt>
          <dd>{t(term.explain)}</dd>
        </div>
      ))}
    </dl>
  );
}
