// The answers: the first screen's five rows, then "More about this policy" with the other
// questions. Which rows are open is kept here, so the grade's explanation can open one.
import type { ComponentChildren, Ref } from 'preact';
import { t } from '../../shared/i18n.ts';
import type { AnswerContext } from './context.ts';
import { AnswerRow } from './AnswerRow.tsx';
import type { AnswerRow as Row, RowId } from '../../shared/popup-view.ts';

interface Props {
  rows: { first: Row[]; rest: Row[] };
  open: ReadonlySet<RowId>;
  onToggle: (row: RowId) => void;
  context: AnswerContext;
  /** Where the other questions start: the changed-policy banner goes between. */
  between?: ComponentChildren;
  toggleRefs: Map<RowId, HTMLButtonElement>;
}

export function AnswerList({ rows, open, onToggle, context, between, toggleRefs }: Props) {
  const refFor = (id: RowId): Ref<HTMLButtonElement> => (el: HTMLButtonElement | null) => {
    if (el) toggleRefs.set(id, el);
    else toggleRefs.delete(id);
  };
  const item = (row: Row) => (
    <AnswerRow key={row.id} row={row} open={open.has(row.id)} onToggle={() => onToggle(row.id)} context={context} toggleRef={refFor(row.id)} />
  );
  return (
    <>
      <ul class="answers answers-first" aria-label={t('answersFirstLabel')}>
        {rows.first.map(item)}
      </ul>
      {between}
      {rows.rest.length > 0 && (
        <section class="section" aria-labelledby="more-answers">
          <h2 id="more-answers">{t('answersMoreHeading')}</h2>
          <ul class="answers">{rows.rest.map(item)}</ul>
        </section>
      )}
    </>
  );
}
