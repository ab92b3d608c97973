// The bar at the top of an inner popup view (library, comparison): a back link and the view's
// heading, which takes focus when the view appears (see use-focus-heading.ts).
import { useFocusHeading } from '../library/use-focus-heading.ts';

interface Props {
  headingId: string;
  title: string;
  backLabel: string;
  onBack: () => void;
}

export function ViewBar({ headingId, title, backLabel, onBack }: Props) {
  const heading = useFocusHeading<HTMLHeadingElement>();
  return (
    <div class="view-bar">
      <button type="button" class="link-button" onClick={onBack}>
        ← {backLabel}
      </button>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {title}
      </h1>
    </div>
  );
}
