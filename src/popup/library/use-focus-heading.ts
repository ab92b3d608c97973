// Switching views inside the popup replaces what had focus; moving it to the new view's heading
// tells keyboard and screen-reader users where they are instead of leaving them on <body>.
import { useEffect, useRef } from 'preact/hooks';

export function useFocusHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
