// The keyboard shortcut that opens the popup, as the browser has it now (the person may have
// changed it): the manifest's `_execute_action` command.
import { useEffect, useState } from 'preact/hooks';
import { allCommands } from './browser-api.ts';

export function useShortcut(): string | undefined {
  const [shortcut, setShortcut] = useState<string | undefined>(undefined);
  useEffect(() => {
    allCommands()
      .then((commands) => setShortcut(commands.find((c) => c.name === '_execute_action')?.shortcut || ''))
      .catch(() => setShortcut(''));
  }, []);
  return shortcut;
}

/** Where a person changes extension shortcuts in this browser. */
export function shortcutSettings(): 'chrome' | 'firefox' {
  return navigator.userAgent.includes('Firefox/') ? 'firefox' : 'chrome';
}
