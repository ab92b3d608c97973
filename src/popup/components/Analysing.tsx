// While the worker reads the policy: a progress bar when progress is known, with words.
interface Props {
  progress: number | undefined;
  slow: boolean;
  onRetry: () => void;
  label?: string;
}

export function Analysing({ progress, slow, onRetry, label = 'Reading the policy…' }: Props) {
  const percent = progress === undefined ? undefined : Math.round(Math.min(1, Math.max(0, progress)) * 100);
  return (
    <section class="state state-analysing">
      <p class="state-title">{label}</p>
      <progress class="progress" max={100} value={percent} aria-label={label}>
        {percent === undefined ? '' : `${percent} %`}
      </progress>
      {slow && (
        <p>
          This is taking longer than usual.{' '}
          <button type="button" class="link-button" onClick={onRetry}>
            Check again
          </button>
        </p>
      )}
    </section>
  );
}
