/**
 * Bad input from outside the code: corrupt or foreign values in extension storage, malformed
 * settings files, and malformed messages from pages or other extensions. Each is refused or
 * repaired, said so where a reader should know, and never throws.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MessageSchema, parseMessage, type Message } from '../../../lib/messaging';
import { parseContentMessage } from '../../../lib/messaging/guards';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { getSettings, takeRecoveryNotice } from '../../../lib/settings/storage';
import { parseSettingsFile, SETTINGS_FILE_FORMAT, settingsToFile } from '../../../lib/settings/transfer';

const claim = {
  sentence: 'ICE deported approximately 7,000 people a month from the interior.',
  sentenceStart: 0,
  sentenceEnd: 66,
  quote: 'approximately 7,000',
  start: 13,
  end: 32,
  category: 'removals',
  value: 7000,
  low: null,
  high: null,
  magnitude: null,
  qualifier: 'about',
  unit: 'people',
  percent: false,
  dollars: false,
  rate: 'month',
  period: null,
  cues: ['deported'],
  frame: {
    body: 'ice',
    credit: null,
    scope: 'nation',
    scopeWords: null,
    kind: 'total',
    detail: null,
    measure: 'removals',
    direction: null,
    period: { basis: 'none', period: null, start: null, end: null },
    rules: ['frame.kind.total'],
  },
} as const;

/** One valid message of every type, to be broken in every way. */
const VALID: Message[] = [
  { type: 'get-context', claim: { ...claim, cues: [...claim.cues], frame: { ...claim.frame, period: { ...claim.frame.period }, rules: [...claim.frame.rules] } }, articleDate: '2025-07-01', others: [] },
  { type: 'page-report', report: { url: 'https://www.bostonglobe.com/x', date: null, enabled: true, reading: false, counts: { removals: 1 }, claims: [{ index: 0, category: 'removals', quote: 'approximately 7,000', snippet: 'ICE deported…' }] } },
  { type: 'get-page-settings' },
  { type: 'load-card' },
  { type: 'detect', text: 'ICE deported about 7,000 people a month.', articleDate: '2019-06-18', topic: { about: true, strong: true } },
  { type: 'get-report' },
  { type: 'show-claim', index: 2 },
  { type: 'step-claim', direction: -1 },
];

describe('corrupt or foreign values in extension storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it.each([
    ['a number', 42, /settings: expected object/],
    ['a string', 'garbage', /settings: expected object/],
    ['an array', [1, 2, 3], /settings: expected object/],
    ['a boolean', true, /settings: expected object/],
    ['an object with unknown keys (another extension’s)', { theme: 'dark', apiKey: 'x' }, /unknown fields? (theme|apiKey)/],
    ['a wrong type in one field', { ...DEFAULT_SETTINGS, showMath: 'yes' }, /showMath: expected boolean/],
    ['a wrong type deep inside', { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, removals: 0 } }, /categories\.removals: expected boolean/],
    ['an unknown option value', { ...DEFAULT_SETTINGS, style: 'blink' }, /style: expected one of/],
    ['a site that is a URL', { ...DEFAULT_SETTINGS, disabledSites: ['https://example.com/path'] }, /disabledSites\.0/],
    ['a "__proto__" key', JSON.parse('{"__proto__": {"enabled": false}}') as unknown, /__proto__/],
  ])('%s: the settings fall back to the defaults and say so once', async (_what, stored, reason) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    const notice = await takeRecoveryNotice();
    expect(notice).toMatch(/were not valid/);
    expect(notice).toMatch(reason);
    expect(await takeRecoveryNotice()).toBeNull();
    // Repaired in storage: the next read is clean and silent.
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await takeRecoveryNotice()).toBeNull();
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('a storage area that cannot be read: the defaults for now, a notice with the cause, and the stored value kept', async () => {
    const mine = { ...DEFAULT_SETTINGS, style: 'background' as const };
    await fakeBrowser.storage.local.set({ settings: mine });
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage corrupted'));
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await takeRecoveryNotice()).toMatch(/could not be read \(Error: storage corrupted\)/);
    // Nothing was overwritten: the next read gets the reader's settings back.
    expect(await getSettings()).toEqual(mine);
  });

  it('random junk never throws and always yields valid settings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true }), async (junk) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set({ settings: junk });
        const s = await getSettings();
        expect(Object.keys(s).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
      }),
      { numRuns: 300 },
    );
  });
});

describe('malformed settings files', () => {
  const file = (settings: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings, ...extra });

  it.each([
    ['an empty file', '', /not JSON/],
    ['"null"', 'null', /not an ICE Context settings file/],
    ['a JSON string', '"ice-context-settings"', /not an ICE Context settings file/],
    ['binary garbage', '\u0000\u00ff\ufffd{', /not JSON/],
    ['a byte-order mark before the JSON', '\ufeff' + file({}), /not JSON/],
    ['JSON nested 100,000 deep', '['.repeat(100_000) + ']'.repeat(100_000), /not JSON|not an ICE Context settings file/],
    ['a fractional version', file({}, { version: 1.5 }), /no valid "version"/],
    ['a version as a string', file({}, { version: '1' }), /no valid "version"/],
    ['version 1e999 (Infinity)', `{"format":"${SETTINGS_FILE_FORMAT}","version":1e999,"settings":{}}`, /no valid "version"/],
    ['settings that are an array', file([]), /settings: expected object/],
    ['settings with a "__proto__" key', `{"format":"${SETTINGS_FILE_FORMAT}","version":1,"settings":{"__proto__":{"enabled":false}}}`, /__proto__/],
    ['settings with an unknown key', file({ telemetry: true }), /unknown field telemetry/],
    ['a wrong type in one field', file({ trigger: 1 }), /trigger: expected one of/],
  ])('refuses %s, saying why', (_what, text, reason) => {
    const r = parseSettingsFile(text);
    expect('error' in r ? r.error : '(accepted)').toMatch(reason);
    expect(({} as Record<string, unknown>).enabled).toBeUndefined();
  });

  it('refuses a 5 MB file, and any random text without throwing', () => {
    const big = file({ extraSites: Array.from({ length: 300_000 }, (_, i) => `s${i}.example.com`) });
    expect(big.length).toBeGreaterThan(5_000_000);
    expect(parseSettingsFile(big)).toEqual({ error: expect.stringMatching(/extraSites/) });
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fc.anything().map((v) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: v }) ?? '')), (text) => {
        const r = parseSettingsFile(text);
        expect('error' in r || 'settings' in r).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('takes back exactly what it wrote', () => {
    expect(parseSettingsFile(settingsToFile(DEFAULT_SETTINGS))).toEqual({ settings: DEFAULT_SETTINGS });
  });
});

/** Every way to break one message: drop a key, add one, or put a wrong value at any path. */
function brokenVariants(message: unknown): unknown[] {
  const out: unknown[] = [];
  const wrong = [null, undefined, -1, 1.5, NaN, 'x'.repeat(6000), [], {}, true, Array.from({ length: 6000 }, () => 0)];
  const visit = (path: (string | number)[], value: unknown) => {
    const replaceAt = (replacement: unknown, drop = false) => {
      const copy = structuredClone(message) as Record<string, unknown>;
      let at: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (drop) delete at[last];
      else at[last] = replacement;
      return copy;
    };
    if (path.length) {
      out.push(replaceAt(undefined, true));
      for (const w of wrong) if (!Object.is(w, value)) out.push(replaceAt(w));
    }
    if (value && typeof value === 'object') {
      if (!Array.isArray(value)) out.push(path.length ? replaceAt({ ...(value as object), injected: 1 }) : { ...(value as object), injected: 1 });
      for (const [k, v] of Object.entries(value)) visit([...path, Array.isArray(value) ? Number(k) : k], v);
    }
  };
  visit([], message);
  return out;
}

describe('malformed messages from pages or other extensions', () => {
  it('takes every valid message', () => {
    for (const m of VALID) expect(parseMessage(m)).toEqual(m);
  });

  it('refuses every broken variant of every message (dropped, added or mistyped fields, oversized values)', () => {
    let tried = 0;
    let accepted = 0;
    for (const m of VALID) {
      for (const v of brokenVariants(m)) {
        tried++;
        const parsed = parseMessage(v);
        if (parsed === null) continue;
        // A variant that is still valid (a nullable field set to null, say) parses to itself, except
        // that a claim's unknown keys are stripped (ClaimSchema is not strict): nothing unknown passes.
        accepted++;
        expect(MessageSchema.safeParse(v).success).toBe(true);
        expect(parsed, JSON.stringify(v).slice(0, 300)).toEqual(JSON.parse(JSON.stringify(v, (k, x: unknown) => (k === 'injected' ? undefined : x))));
        expect(JSON.stringify(parsed)).not.toContain('injected');
      }
    }
    expect(tried).toBeGreaterThan(300);
    console.log(`[bad-input] ${tried} broken variants of ${VALID.length} messages, ${accepted} still valid`);
    // Only the harmless ones: a claim's extra key (stripped) and nullable fields set to null.
    expect(accepted / tried).toBeLessThan(0.1);
    // The ones that matter, by name.
    expect(parseMessage({ type: 'show-claim', index: -1 })).toBeNull();
    expect(parseMessage({ type: 'show-claim', index: 1.5 })).toBeNull();
    expect(parseMessage({ type: 'get-context', claim, articleDate: '2025-07-01', others: Array.from({ length: 201 }, () => claim) })).toBeNull();
    expect(parseMessage({ type: 'get-context', claim: { ...claim, sentence: 'x'.repeat(5001) }, articleDate: null, others: [] })).toBeNull();
    expect(parseMessage({ type: 'page-report', report: { ...(VALID[1] as { report: object }).report, url: 'x'.repeat(5000) } })).toBeNull();
    expect(parseMessage({ type: 'load-card', tabId: 3 })).toBeNull();
  });

  it('never throws on anything a sender could put in a message, and accepts nothing it should not', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.constantFrom(...VALID.map((m) => m.type)), index: fc.anything(), report: fc.anything(), claim: fc.anything() }, { requiredKeys: ['type'] })), (v) => {
        const parsed = parseMessage(v);
        if (parsed !== null) expect(VALID.map((m) => m.type)).toContain(parsed.type);
        const content = parseContentMessage(v);
        if (content !== null) expect(['get-report', 'show-claim', 'step-claim']).toContain(content.type);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the background’s message listener', () => {
  beforeEach(() => fakeBrowser.reset());

  async function startBackground() {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const setBadgeText = vi.fn(async () => undefined);
    const action = fakeBrowser.action as unknown as Record<string, unknown>;
    action.setBadgeText = setBadgeText;
    action.setBadgeBackgroundColor = vi.fn(async () => undefined);
    // What the fake browser does not implement, and the site registration (not under test) needs.
    const event = () => ({ addListener: () => undefined, removeListener: () => undefined, hasListener: () => false });
    const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
    permissions.onAdded = event();
    permissions.onRemoved = event();
    permissions.contains = async () => false;
    const scripting = ((fakeBrowser as unknown as Record<string, unknown>).scripting ??= {}) as Record<string, unknown>;
    scripting.getRegisteredContentScripts = async () => [];
    (fakeBrowser.commands as unknown as Record<string, unknown>).onCommand = event();
    // The build defines these flavour flags; the unit tests run the production flavour.
    vi.stubGlobal('__ICE_E2E__', false);
    vi.stubGlobal('__ICE_BENCH__', false);
    const { default: background } = await import('../../../entrypoints/background/index');
    background.main();
    const send = async (message: unknown, sender: Record<string, unknown>) =>
      (await fakeBrowser.runtime.onMessage.trigger(message, sender as never)) as unknown[];
    return { send, setBadgeText };
  }

  it('answers its own content scripts and ignores malformed messages and other senders', async () => {
    const { send, setBadgeText } = await startBackground();
    const ours = { id: fakeBrowser.runtime.id, url: 'https://www.bostonglobe.com/a', tab: { id: 7 } };
    const answer = await send({ type: 'get-page-settings' }, ours);
    expect(answer.find((a) => a !== undefined)).toMatchObject({ enabled: true, style: 'underline' });
    // The same valid request from another extension: no answer.
    expect((await send({ type: 'get-page-settings' }, { ...ours, id: 'some-other-extension' })).every((a) => a === undefined)).toBe(true);
    // Garbage and near-misses from our own side: no answer, no badge.
    for (const bad of [null, 42, 'get-page-settings', [], { type: 'get-page-settings', extra: 1 }, { type: 'page-report', report: { claims: 'x' } }])
      expect((await send(bad, ours)).every((a) => a === undefined)).toBe(true);
    expect(setBadgeText).not.toHaveBeenCalled();
    // Broken reports: the badge moves only for the variants that are still valid reports (null date, no claims…).
    const variants = brokenVariants(VALID[1]);
    for (const v of variants) await send(v, ours);
    await new Promise((ok) => setTimeout(ok, 50));
    expect(setBadgeText).toHaveBeenCalledTimes(variants.filter((v) => parseMessage(v) !== null).length);
    expect(variants.length).toBeGreaterThan(50);
    setBadgeText.mockClear();
    // A valid report sets the badge.
    await send(VALID[1], ours);
    await vi.waitFor(() => expect(setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '1' }));
  });
});
