// One question and its answer in one line; opening it shows every line of the answer with its
// evidence, what it did to the grade (the grade's reason for it), and plain notes on jargon.
import { useId } from 'preact/hooks';
import type { Ref } from 'preact';
import { t } from '../../shared/i18n.ts';
import { FlagIcon } from '../components/FlagIcon.tsx';
import { AnswerLine } from './AnswerLine.tsx';
import type { AnswerContext } from './context.ts';
import type { AnswerRow as Row } from '../../shared/popup-view.ts';
import { TermNotes } from './TermNotes.tsx';

interface Props {
  row: Row;
  open: boolean;
  onToggle: () => void;
  context: AnswerContext;
  toggleRef: Ref<HTMLButtonElement>;
}

/** What the row's answers did to the grade: each of its reasons, once (not a second list). */
function ReasonNotes({ row }: { row: Row }) {
  if (row.reasons.length === 0) return null;
  return (
    <ul class="answer-reasons">
      {row.reasons.map((reason) => {
        const most = row.movedMost.includes(reason.id);
        const key = !reason.known ? 'reasonUnknown' : reason.points >= 0 ? (most ? 'reasonRaisesMost' : 'reasonRaises') : most ? 'reasonLowersMost' : 'reasonLowers';
        return (
          <li key={reason.id} class="answer-reason">
            {t(key, reason.text)}
          </li>
        );
      })}
    </ul>
  );
}

export function AnswerRow({ row, open, onToggle, context, toggleRef }: Props) {
  const panelId = useId();
  return (
    <li class="answer" data-row={row.id}>
      <button ref={toggleRef} type="button" class="answer-toggle" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
        <FlagIcon flag={row.flag} />
        <span class="answer-main">
          <span class="answer-head">
            <span class="answer-question">{row.heading}</span>
            {row.effect && (
              <span class={`effect effect-${row.effect}`}>
                <span aria-hidden="true">{row.effect === 'raises' ? '▲' : '▼'}</span> {t(row.effect === 'raises' ? 'effectRaises' : 'effectLowers')}
              </span>
            )}
          </span>
          <span class="answer-line">{row.line}</span>
        </span>
        <span class="chevron" aria-hidden="true" />
      </button>
      {open && (
        <div id={panelId} class="answer-panel">
          <ReasonNotes row={row} />
          <ul class="answer-points">
            {row.points.map((point) => (
              <AnswerLine key={point.id} point={point} heading={row.heading} context={context} />
            ))}
          </ul>
          <TermNotes texts={[row.line, ...row.points.map((p) => p.text)]} />
        </div>
      )}
    </li>
  );
}
