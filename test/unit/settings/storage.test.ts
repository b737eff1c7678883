import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { getSettings, recoveryNotice, resetSettings, saveSettings, takeRecoveryNotice, updateSettings, watchSettings } from '../../../lib/settings/storage';

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing is stored, without a notice', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await takeRecoveryNotice()).toBeNull();
  });

  it('saves and reads back', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, style: 'none' });
    expect((await getSettings()).style).toBe('none');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { ...DEFAULT_SETTINGS, style: 'none' } });
  });

  it('refuses to save invalid settings and keeps the stored ones', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, trigger: 'click' });
    await expect(saveSettings({ ...DEFAULT_SETTINGS, trigger: 'focus' as 'click' })).rejects.toThrow(/trigger/);
    expect((await getSettings()).trigger).toBe('click');
  });

  it('updates through a function of the current settings', async () => {
    const next = await updateSettings((s) => ({ ...s, showMath: false }));
    expect(next.showMath).toBe(false);
    expect((await getSettings()).showMath).toBe(false);
  });

  it.each([42, 'garbage', { enabled: 'yes' }, { other: 'extension' }])('repairs a corrupt stored value %j and leaves a notice once', async (bad) => {
    await fakeBrowser.storage.local.set({ settings: bad });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    // The repair is written back: the next read is clean.
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: DEFAULT_SETTINGS });
    const notice = await takeRecoveryNotice();
    expect(notice).toMatch(/not valid .* reset to the defaults/);
    expect(await takeRecoveryNotice()).toBeNull();
    expect(await recoveryNotice.getValue()).toBeNull();
  });

  it('resets to the defaults', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await resetSettings();
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells watchers of changes, repaired', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSettings((s) => seen.push(s));
    await saveSettings({ ...DEFAULT_SETTINGS, style: 'background' });
    await fakeBrowser.storage.local.set({ settings: 42 });
    await new Promise((r) => setTimeout(r, 10));
    unwatch();
    await saveSettings({ ...DEFAULT_SETTINGS, style: 'none' });
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, style: 'background' }, DEFAULT_SETTINGS]);
  });
});
