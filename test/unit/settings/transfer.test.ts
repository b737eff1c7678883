import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { parseSettingsFile, SETTINGS_FILE_FORMAT, settingsToFile } from '../../../lib/settings/transfer';

const custom: Settings = { ...DEFAULT_SETTINGS, style: 'background', trigger: 'click', extraSites: ['example.com'], categories: { ...DEFAULT_SETTINGS.categories, goal: false } };

describe('settings files', () => {
  it('round-trips settings', () => {
    expect(parseSettingsFile(settingsToFile(custom))).toEqual({ settings: custom });
  });

  it('writes a marked, versioned file', () => {
    expect(JSON.parse(settingsToFile(custom))).toMatchObject({ format: SETTINGS_FILE_FORMAT, version: 1 });
  });

  it.each([
    ['not json', /not JSON/],
    ['[1,2]', /not an ICE Context settings file/],
    ['{"enabled": true}', /not an ICE Context settings file/],
    [`{"format": "${SETTINGS_FILE_FORMAT}", "settings": {}}`, /no valid "version"/],
    [`{"format": "${SETTINGS_FILE_FORMAT}", "version": 9, "settings": {}}`, /newer version/],
    [`{"format": "${SETTINGS_FILE_FORMAT}", "version": 1}`, /no "settings"/],
    [`{"format": "${SETTINGS_FILE_FORMAT}", "version": 1, "settings": {"style": "blink"}}`, /style: expected one of "underline", "background", "none"/],
    [`{"format": "${SETTINGS_FILE_FORMAT}", "version": 1, "settings": {"extraSites": ["https://x.com/a"]}}`, /extraSites\.0/],
  ])('refuses %s, saying why', (text, reason) => {
    const r = parseSettingsFile(text);
    expect('error' in r ? r.error : '').toMatch(reason);
  });
});
