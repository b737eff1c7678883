/**
 * Settings as a file a reader can keep and bring back: exported with a format marker and version,
 * imported only when the whole file is valid (never half-applied).
 */
import { describeProblem, SETTINGS_VERSION, SettingsSchema, type Settings } from './schema';

export const SETTINGS_FILE_FORMAT = 'ice-context-settings';

/** The JSON text of an exported settings file. */
export function settingsToFile(settings: Settings): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_VERSION, settings }, null, 2) + '\n';
}

/** The settings in an exported file's text, or a reader-facing reason why the file is refused. */
export function parseSettingsFile(text: string): { settings: Settings } | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON.' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { format?: unknown }).format !== SETTINGS_FILE_FORMAT)
    return { error: `The file is not an ICE Context settings file (it has no "format": "${SETTINGS_FILE_FORMAT}").` };
  const { version, settings } = json as { version?: unknown; settings?: unknown };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { error: 'The file has no valid "version".' };
  if (version > SETTINGS_VERSION) return { error: `The file was made by a newer version of ICE Context (settings version ${version}).` };
  if (settings === undefined) return { error: 'The file has no "settings".' };
  const r = SettingsSchema.safeParse(settings);
  if (!r.success) return { error: `The settings in the file are not valid (${describeProblem(r.error)}).` };
  return { settings: r.data };
}
