export function ErrorView({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <section class="state state-error">
      <p class="state-title">Something went wrong reading this page</p>
      <p class="error-message">{message}</p>
      <button type="button" class="button" onClick={onRetry}>
        Try again
      </button>
    </section>
  );
}
