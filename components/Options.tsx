/**
 * The options page: every setting, the site lists, the file import/export and reset, and the
 * dataset's sources. A view: settings come in as props, every change goes out through a callback.
 * The controls are derived from the schema's lists (categories, triggers, styles).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../lib/categories';
import { HIGHLIGHT_STYLES, TRIGGERS, type Settings } from '../lib/settings/schema';
import { parseSettingsFile, settingsToFile } from '../lib/settings/transfer';
import { isDefaultNewsHost, NEWS_SITES } from '../lib/sites';
import { CATEGORY_LABELS } from './labels';
import { OptionsPreview } from './OptionsPreview';
import { OptionsSites } from './OptionsSites';
import { OptionsSources, type DatasetInfo } from './OptionsSources';

export const TRIGGER_LABELS: Record<Settings['trigger'], string> = {
  hover: 'When the pointer rests on a claim (tap on touch screens)',
  click: 'When I click or tap a claim',
};
export const STYLE_LABELS: Record<Settings['style'], string> = {
  underline: 'Dotted underline',
  background: 'Light background',
  none: 'No marks',
};

export interface OptionsProps {
  settings: Settings;
  /** Why the stored settings were reset, shown once. */
  notice: string | null;
  dataset: DatasetInfo;
  /** Saves changed settings. */
  onChange(next: Settings): void;
  /** Adds a site outside the default list (asks for its permission); a reason when it was not added. */
  onAddExtraSite(site: string): Promise<string | null>;
  onRemoveExtraSite(site: string): void;
  /** Replaces the settings with a validated imported file. */
  onImport(next: Settings): void;
  onReset(): void;
}

function Checkbox({ id, label, checked, onChange, hint }: { id: string; label: string; checked: boolean; onChange(v: boolean): void; hint?: string }) {
  return (
    <div class="check">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange((e.target as HTMLInputElement).checked)} aria-describedby={hint ? `${id}-hint` : undefined} />
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="muted small hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function Choice<T extends string>({ name, legend, values, labels, value, onChange }: { name: string; legend: string; values: readonly T[]; labels: Record<T, string>; value: T; onChange(v: T): void }) {
  return (
    <fieldset data-setting={name}>
      <legend>{legend}</legend>
      {values.map((v) => (
        <div class="check" key={v}>
          <input id={`${name}-${v}`} type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          <label for={`${name}-${v}`}>{labels[v]}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Saves a text as a file through a temporary object URL. */
function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Transfer({ settings, onImport, onReset }: Pick<OptionsProps, 'settings' | 'onImport' | 'onReset'>) {
  const [importError, setImportError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const resetRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (returnFocus.current) resetRef.current?.focus();
    returnFocus.current = false;
  }, [confirming]);
  const closeConfirm = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setStatus(null);
    if (!file) return;
    const r = parseSettingsFile(await file.text());
    input.value = '';
    if ('error' in r) {
      setImportError(`${file.name} was not imported: ${r.error} Your settings are unchanged.`);
      return;
    }
    setImportError(null);
    onImport(r.settings);
    setStatus(`Imported settings from ${file.name}.`);
  };

  return (
    <section aria-labelledby="transfer-title" data-component="OptionsTransfer">
      <h2 id="transfer-title">Your settings</h2>
      <div class="row">
        <button
          type="button"
          onClick={() => {
            download('ice-context-settings.json', settingsToFile(settings));
            setStatus('Exported your settings as ice-context-settings.json.');
          }}
        >
          Export settings
        </button>
      </div>
      <div class="row">
        <label for="import-file">Import settings from a file</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={importError ? 'import-error' : undefined}
          onChange={(e) => void importFile(e.target as HTMLInputElement)}
        />
        {importError && (
          <p id="import-error" class="field-error" role="alert">
            {importError}
          </p>
        )}
      </div>
      <div class="row">
        {!confirming ? (
          <button type="button" ref={resetRef} onClick={() => setConfirming(true)}>
            Reset to defaults…
          </button>
        ) : (
          <div class="confirm" role="group" aria-labelledby="reset-question">
            <p id="reset-question">Reset every setting, including your site lists, to the defaults?</p>
            <button
              type="button"
              ref={confirmRef}
              class="danger"
              onClick={() => {
                closeConfirm();
                onReset();
                setStatus('Settings reset to the defaults.');
              }}
            >
              Reset settings
            </button>{' '}
            <button type="button" onClick={closeConfirm}>
              Cancel
            </button>
          </div>
        )}
      </div>
      <p class="field-status" role="status">
        {status}
      </p>
    </section>
  );
}

/** The options page. */
export function Options({ settings, notice, dataset, onChange, onAddExtraSite, onRemoveExtraSite, onImport, onReset }: OptionsProps) {
  const [noticeShown, setNoticeShown] = useState(true);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => onChange({ ...settings, [key]: value });
  return (
    <main data-component="Options">
      <h1>ICE Context options</h1>
      {notice && noticeShown && (
        <div class="notice" role="alert" data-testid="recovery-notice">
          <p>{notice}</p>
          <button type="button" onClick={() => setNoticeShown(false)}>
            Dismiss
          </button>
        </div>
      )}

      <section aria-labelledby="general-title">
        <h2 id="general-title">Annotations</h2>
        <Checkbox
          id="enabled"
          label="Mark claims about ICE capacity on news pages"
          checked={settings.enabled}
          onChange={(v) => set('enabled', v)}
          hint="Off: ICE Context reads no page anywhere until you turn it back on."
        />
        <fieldset data-setting="categories">
          <legend>Kinds of claims to mark</legend>
          {CATEGORIES.map((c) => (
            <Checkbox key={c} id={`category-${c}`} label={CATEGORY_LABELS[c]} checked={settings.categories[c]} onChange={(v) => set('categories', { ...settings.categories, [c]: v })} />
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="look-title">
        <h2 id="look-title">Marks and cards</h2>
        <Choice name="style" legend="How claims are marked" values={HIGHLIGHT_STYLES} labels={STYLE_LABELS} value={settings.style} onChange={(v) => set('style', v)} />
        <OptionsPreview style={settings.style} />
        <Choice name="trigger" legend="When a card opens" values={TRIGGERS} labels={TRIGGER_LABELS} value={settings.trigger} onChange={(v) => set('trigger', v)} />
        <Checkbox
          id="showMath"
          label="Show the capacity math in cards"
          checked={settings.showMath}
          onChange={(v) => set('showMath', v)}
          hint="What a claim implies per day or per officer, worked out from the official figures."
        />
        <Checkbox
          id="reportButton"
          label="Offer “Report this mark” in cards and in the popup"
          checked={settings.reportButton}
          onChange={(v) => set('reportButton', v)}
          hint="A report you can edit and copy, or open as a draft to send yourself. ICE Context sends nothing."
        />
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">Sites</h2>
        <OptionsSites
          id="disabled-sites"
          title="Sites where ICE Context is off"
          help="It does not read these sites or their subdomains."
          addLabel="Add a site where ICE Context is off"
          sites={settings.disabledSites}
          onAdd={(site) => {
            onChange({ ...settings, disabledSites: [...settings.disabledSites, site] });
            return null;
          }}
          onRemove={(site) => set('disabledSites', settings.disabledSites.filter((s) => s !== site))}
        />
        <OptionsSites
          id="extra-sites"
          title="Other sites where ICE Context is on"
          help="Sites outside the default list. Adding one asks your browser for access to it."
          addLabel="Add a site where ICE Context is on"
          sites={settings.extraSites}
          check={(site) => (isDefaultNewsHost(site) ? `${site} is a default news site: ICE Context already reads it unless you turn it off above.` : null)}
          onAdd={onAddExtraSite}
          onRemove={onRemoveExtraSite}
        />
        <details class="defaults">
          <summary>The default news sites ({NEWS_SITES.length})</summary>
          <p class="default-sites">{[...NEWS_SITES].sort().join(', ')}</p>
        </details>
      </section>

      <Transfer settings={settings} onImport={onImport} onReset={onReset} />
      <OptionsSources dataset={dataset} />
    </main>
  );
}
