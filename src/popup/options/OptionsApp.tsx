// The options page: detection everywhere or only when asked, highlighting as soon as a policy is
// read, the sites PolicyLens stays off on, the keyboard shortcut and what the badge means. Each
// change is saved at once (storage.local, src/shared/options.ts); changes made elsewhere (the
// popup switching a site off) show up here as they happen.
import { useEffect, useId, useState } from 'preact/hooks';
import { localArea, offStorageChanged, onStorageChanged, type StorageChange } from '../browser-api.ts';
import { t } from '../../shared/i18n.ts';
import { OPTIONS_KEY, parseOptions, siteOf, withSite, writeOptions, type Options } from '../../shared/options.ts';
import { BadgeLegend } from '../components/BadgeLegend.tsx';
import { loadOptions } from '../site-options.ts';
import { ShortcutNote } from './ShortcutNote.tsx';

export function OptionsApp() {
  const [options, setOptions] = useState<Options | undefined>(undefined);
  const [status, setStatus] = useState('');
  const [site, setSite] = useState('');
  const [problem, setProblem] = useState('');
  const ids = { auto: useId(), highlight: useId(), site: useId() };
  useEffect(() => {
    void loadOptions().then(setOptions);
    const listener = (changes: Record<string, StorageChange>, area: string): void => {
      const change = changes[OPTIONS_KEY];
      if (area === 'local' && change) setOptions(parseOptions(change.newValue));
    };
    onStorageChanged(listener);
    return () => offStorageChanged(listener);
  }, []);
  if (!options) return <main class="page options" />;

  const save = async (next: Options, message: string): Promise<void> => {
    setOptions(next);
    try {
      await writeOptions(localArea, next);
      setStatus(message);
    } catch (error) {
      setStatus(t('optionsNotSaved', error instanceof Error ? error.message : String(error)));
    }
  };
  const addSite = (event: Event): void => {
    event.preventDefault();
    const host = siteOf(site);
    if (!host) return setProblem(t('optionsSiteInvalid', site));
    setProblem('');
    setSite('');
    void save(withSite(options, host, true), t('siteTurnedOff', host));
  };

  return (
    <main class="page options">
      <h1>{t('optionsTitle')}</h1>
      <section aria-labelledby="opt-reading">
        <h2 id="opt-reading">{t('optionsReading')}</h2>
        <p class="check-row">
          <input id={ids.auto} type="checkbox" checked={options.autoDetect} onChange={(e) => void save({ ...options, autoDetect: e.currentTarget.checked }, t('optionsSaved'))} />
          <label for={ids.auto}>{t('optionsAutoDetect')}</label>
        </p>
        <p class="note">{t('optionsAutoDetectNote')}</p>
        <p class="check-row">
          <input id={ids.highlight} type="checkbox" checked={options.highlightByDefault} onChange={(e) => void save({ ...options, highlightByDefault: e.currentTarget.checked }, t('optionsSaved'))} />
          <label for={ids.highlight}>{t('optionsHighlight')}</label>
        </p>
        <p class="note">{t('optionsHighlightNote')}</p>
      </section>
      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites">{t('optionsSites')}</h2>
        <p class="note">{t('optionsSitesNote')}</p>
        {options.offSites.length === 0 ? (
          <p>{t('optionsSitesNone')}</p>
        ) : (
          <ul class="off-sites">
            {options.offSites.map((host) => (
              <li key={host} class="off-site">
                <span class="off-site-name">{host}</span>
                <button type="button" class="button" aria-label={t('siteTurnOn', host)} onClick={() => void save(withSite(options, host, false), t('siteTurnedOn', host))}>
                  {t('optionsTurnBackOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <form class="save-form" onSubmit={addSite}>
          <label for={ids.site}>{t('optionsAddSite')}</label>
          <div class="save-row">
            <input id={ids.site} class="text-input" value={site} placeholder="example.com" onInput={(e) => setSite(e.currentTarget.value)} />
            <button type="submit" class="button">
              {t('optionsTurnOff')}
            </button>
          </div>
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
        </form>
      </section>
      <section aria-labelledby="opt-shortcut">
        <h2 id="opt-shortcut">{t('optionsShortcut')}</h2>
        <ShortcutNote />
      </section>
      <section aria-labelledby="opt-badge">
        <h2 id="opt-badge">{t('optionsBadge')}</h2>
        <BadgeLegend open />
      </section>
      <section aria-labelledby="opt-data">
        <h2 id="opt-data">{t('optionsData')}</h2>
        <p>{t('onDeviceLong')}</p>
      </section>
      <p class="options-status" role="status">
        {status}
      </p>
    </main>
  );
}
