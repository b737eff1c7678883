/**
 * The one storage item that holds the settings, with its version and migrations. Everything that
 * reads or writes settings goes through here. A corrupt stored value is repaired field by field (a bad
 * field to its default, a bad site entry dropped) and a notice naming each repair is left for the
 * options page to show once.
 */
import { storage } from '@wxt-dev/storage';
import { DEFAULT_SETTINGS, repairSettings, SETTINGS_VERSION, type Settings } from './schema';

const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: SETTINGS_VERSION,
  // Version 1 is the first stored shape; later versions add migrations here.
  migrations: {},
});

/** Why the stored settings were replaced by the defaults, until the options page has shown it. */
export const recoveryNotice = storage.defineItem<string | null>('local:settingsRecovery', { fallback: null });

/** The current settings, repairing corrupt storage to the defaults. */
export async function getSettings(): Promise<Settings> {
  let raw: unknown;
  try {
    raw = await settingsItem.getValue();
  } catch (e) {
    // A failed read is not a corrupt value: use the defaults for now, and keep what is stored.
    await recoveryNotice
      .setValue(`Your settings could not be read (${String(e).slice(0, 200)}); the defaults are in use until they can be.`)
      .catch(() => undefined);
    return DEFAULT_SETTINGS;
  }
  const { settings, problem } = repairSettings(raw);
  if (problem) {
    await settingsItem.setValue(settings);
    // The reader is told what was repaired: the fields reset and the list entries dropped, by name.
    const whole = problem === 'settings: expected object';
    await recoveryNotice.setValue(
      whole
        ? `Your stored settings were not valid (${problem}) and were reset to the defaults.`
        : `Some of your stored settings were not valid (${problem.slice(0, 600)}): those were reset to the defaults or dropped, and the rest were kept.`,
    );
  }
  return settings;
}

/** Saves settings after validating them (throws on invalid input, which callers validate first). */
export async function saveSettings(next: Settings): Promise<void> {
  const { settings, problem } = repairSettings(next);
  if (problem) throw new Error(problem);
  await settingsItem.setValue(settings);
}

/** Applies `change` to the current settings and saves the result. */
export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await getSettings());
  await saveSettings(next);
  return next;
}

/** The recovery notice, if any, cleared as it is read so that it is shown once. */
export async function takeRecoveryNotice(): Promise<string | null> {
  const notice = await recoveryNotice.getValue();
  if (notice !== null) await recoveryNotice.setValue(null);
  return notice;
}

/** Puts the defaults back. */
export async function resetSettings(): Promise<Settings> {
  await saveSettings(DEFAULT_SETTINGS);
  return DEFAULT_SETTINGS;
}

/** Calls `listener` with repaired settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (s: Settings) => void): () => void {
  return settingsItem.watch((raw) => listener(repairSettings(raw).settings));
}

export { DEFAULT_SETTINGS };
