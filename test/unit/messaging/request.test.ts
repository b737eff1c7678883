/**
 * Typed request/reply: every message type has a reply schema; the content script's zod-free checks
 * agree with those schemas; a sender gets the typed reply, and a malformed or failed reply rejects.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';
import { isReply, MessageSchema, PageSettingsSchema, REPLY_CHECKS, ReplySchemas, type PageSettings, type Replies } from '../../../lib/messaging';
import { CONTENT_REPLY_CHECKS, isPageSettings } from '../../../lib/messaging/guards';
import { MalformedReply, requester } from '../../../lib/messaging/request';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';

const TEXT = readFileSync(resolve(import.meta.dirname, '../../fixtures/shared/seeds/000-ice-7000-deportations-a-month.txt'), 'utf8').replace(/^(URL|DATE):.*\n/gm, '');
const claims = detectClaims(TEXT, { articleDate: '2019-06-18' });
/** Through structured cloning, as a reply crosses between the extension's parts. */
const wire = <T>(v: T): T => structuredClone(v);
const SETTINGS: PageSettings = { enabled: true, categories: DEFAULT_SETTINGS.categories, style: 'underline', trigger: 'hover', showMath: true, reportButton: true };

/** Real replies of each type, from the code that answers them. */
const REAL: { [K in keyof Replies]: Replies[K][] } = {
  'get-context': [null, ...claims.slice(0, 6).map((c) => buildContext(c, { articleDate: '2019-06-18', data, claims, page: { url: null } }))],
  'page-report': [undefined],
  'get-page-settings': [SETTINGS, { ...SETTINGS, enabled: false, categories: {}, style: 'none', trigger: 'click' }],
  'load-card': [true],
  detect: [claims, []],
  'get-report': [{ url: 'https://x.example/', date: '2019-06-18', enabled: true, reading: false, counts: { removals: 1 }, claims: [{ index: 0, category: 'removals', quote: 'approximately 7,000', snippet: 'ICE is averaging approximately 7,000' }] }],
  'show-claim': [true, false],
  'step-claim': [true],
};

/** Malformed replies of each type. */
const MALFORMED: { [K in keyof Replies]: unknown[] } = {
  'get-context': [{}, { headline: 3 }, 'context', [], { ...REAL['get-context'][1], figures: 'none' }],
  'page-report': [null, true, {}],
  'get-page-settings': [null, {}, { ...SETTINGS, style: 'bold' }, { ...SETTINGS, enabled: 'yes' }, { ...SETTINGS, extra: 1 }, { ...SETTINGS, categories: { removals: 'on' } }],
  'load-card': [undefined, 'true', {}],
  detect: [null, {}, [{}], [{ ...claims[0], start: -1 }], [{ ...claims[0], quote: 7 }]],
  'get-report': [null, {}, { ...REAL['get-report'][0], enabled: 'no' }],
  'show-claim': [undefined, 1],
  'step-claim': [undefined, 'yes'],
};

describe('reply schemas', () => {
  it('cover every message type', () => {
    const types = MessageSchema.def.options.map((o) => o.shape.type.def.values[0]);
    expect(Object.keys(ReplySchemas).sort()).toEqual([...types].sort());
  });

  it.each(Object.keys(REAL) as (keyof Replies)[])('%s: real replies pass, malformed ones do not', (type) => {
    for (const reply of REAL[type]) expect(isReply(type, wire(reply)), JSON.stringify(reply)?.slice(0, 200)).toBe(true);
    for (const reply of MALFORMED[type]) expect(isReply(type, reply), JSON.stringify(reply)?.slice(0, 200)).toBe(false);
  });

  it('the content script’s zod-free checks agree with the schemas', () => {
    for (const type of Object.keys(CONTENT_REPLY_CHECKS) as (keyof typeof CONTENT_REPLY_CHECKS)[]) {
      for (const reply of [...REAL[type], ...MALFORMED[type]]) expect(CONTENT_REPLY_CHECKS[type](wire(reply)), `${type}: ${JSON.stringify(reply)?.slice(0, 200)}`).toBe(isReply(type, reply));
    }
  });

  it('isPageSettings accepts exactly what PageSettingsSchema accepts', () => {
    const near = fc.record(
      {
        enabled: fc.oneof(fc.boolean(), fc.constant('true')),
        categories: fc.oneof(fc.dictionary(fc.constantFrom('removals', 'arrests'), fc.oneof(fc.boolean(), fc.integer())), fc.constant(null)),
        style: fc.constantFrom('underline', 'background', 'none', 'bold'),
        trigger: fc.constantFrom('hover', 'click', 'focus'),
        showMath: fc.oneof(fc.boolean(), fc.constant(0)),
        reportButton: fc.boolean(),
        extra: fc.integer(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.anything()), (v) => {
        expect(isPageSettings(v), JSON.stringify(v)).toBe(PageSettingsSchema.safeParse(v).success);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('requester', () => {
  const settingsReply = (reply: unknown) => requester(async () => reply, CONTENT_REPLY_CHECKS);

  it('gives the sender the typed reply of its message type', async () => {
    const request = requester(async (m) => (m.type === 'get-page-settings' ? SETTINGS : m.type === 'load-card' ? true : undefined), REPLY_CHECKS);
    const settings = await request({ type: 'get-page-settings' });
    expectTypeOf(settings).toEqualTypeOf<PageSettings>();
    expect(settings).toEqual(SETTINGS);
    const loaded = await request({ type: 'load-card' });
    expectTypeOf(loaded).toEqualTypeOf<boolean>();
    expect(loaded).toBe(true);
  });

  it('rejects a malformed reply with MalformedReply', async () => {
    await expect(settingsReply({ ...SETTINGS, style: 'bold' })({ type: 'get-page-settings' })).rejects.toBeInstanceOf(MalformedReply);
    await expect(requester(async () => ({ not: 'a report' }), REPLY_CHECKS)({ type: 'get-report' })).rejects.toThrow(/malformed reply to get-report/);
  });

  it('rejects when the receiver failed (the polyfill’s marked reply) or the transport did', async () => {
    const failed = { __mozWebExtensionPolyfillReject__: true, message: 'detector crashed' };
    await expect(settingsReply(failed)({ type: 'get-page-settings' })).rejects.toThrow('detector crashed');
    await expect(requester(() => Promise.reject(new Error('no receiver')), REPLY_CHECKS)({ type: 'load-card' })).rejects.toThrow('no receiver');
  });
});
