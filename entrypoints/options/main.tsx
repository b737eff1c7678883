/**
 * The options page's glue: reads the settings (and the notice left by a repair, once), saves every
 * change, asks for host permissions for added sites, and follows changes made elsewhere.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '../../components/Options';
import type { DatasetInfo } from '../../components/OptionsSources';
import '../../components/theme.css';
import '../../components/options.css';
import '../content/highlights.css';
import { data } from '../../lib/dataset';
import { seriesFreshness } from '../../lib/dataset/coverage';
import type { Settings } from '../../lib/settings/schema';
import { originFor } from '../../lib/settings/sites';
import { getSettings, resetSettings, saveSettings, takeRecoveryNotice, updateSettings, watchSettings } from '../../lib/settings/storage';

const root = document.getElementById('app')!;
const dataset: DatasetInfo = {
  version: data.meta.version,
  asOf: data.meta.asOf,
  sources: data.sources,
  freshness: seriesFreshness(data, data.meta.asOf),
};
let settings: Settings;
let notice: string | null = null;

function draw(): void {
  render(
    <Options
      settings={settings}
      notice={notice}
      dataset={dataset}
      onChange={(next) => void save(next)}
      onAddExtraSite={addExtraSite}
      onRemoveExtraSite={(site) => {
        void updateSettings((s) => ({ ...s, extraSites: s.extraSites.filter((x) => x !== site) })).then(show);
        // The site's access is no longer needed; the browser keeps any it granted for other reasons.
        void browser.permissions.remove({ origins: [originFor(site)] }).catch(() => undefined);
      }}
      onImport={(next) => void save(next)}
      onReset={() => void resetSettings().then(show)}
    />,
    root,
  );
}

function show(next: Settings): void {
  settings = next;
  draw();
}

async function save(next: Settings): Promise<void> {
  // Shown at once so controls answer immediately; the watcher confirms what was stored.
  show(next);
  await saveSettings(next);
}

function addExtraSite(site: string): Promise<string | null> {
  // Requested first thing in the reader's submit: the permission prompt needs the user gesture.
  return browser.permissions
    .request({ origins: [originFor(site)] })
    .then(async (granted) => {
      if (!granted) return `Your browser did not give ICE Context access to ${site}, so it was not added.`;
      show(await updateSettings((s) => (s.extraSites.includes(site) ? s : { ...s, extraSites: [...s.extraSites, site] })));
      return null;
    })
    .catch((e: unknown) => `${site} was not added: ${String(e)}`);
}

async function start(): Promise<void> {
  settings = await getSettings();
  notice = await takeRecoveryNotice();
  draw();
  watchSettings(show);
}

void start();
