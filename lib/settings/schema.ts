/**
 * The reader's settings, defined once: the schema gives the type, the defaults and the validation
 * used for storage, for imported files and for the options form. (zod/mini: tree-shakable.)
 */
import * as z from 'zod/mini';
import { CATEGORIES, type Category } from '../categories';

/** A bare host name as a reader would type it: "example.com", "news.example.co.uk". */
export const HostSchema = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.maxLength(253, 'a site name of at most 253 characters'),
  z.regex(/^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a site such as example.com (no https://, no path, no spaces)'),
);

/** How a card opens: when the pointer rests on a claim, or on a click or tap. */
export const TRIGGERS = ['hover', 'click'] as const;
/** How claims are marked in the text. */
export const HIGHLIGHT_STYLES = ['underline', 'background', 'none'] as const;
/** The stored shape's version: the storage item's and the exported file's. */
export const SETTINGS_VERSION = 1;

const allCategories = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;
const categoryFlags = Object.fromEntries(CATEGORIES.map((c) => [c, z._default(z.boolean(), true)])) as Record<
  Category,
  z.ZodMiniDefault<z.ZodMiniBoolean>
>;

export const SettingsSchema = z.strictObject({
  /** Annotations on or off everywhere. */
  enabled: z._default(z.boolean(), true),
  /** Which claim categories are annotated. */
  categories: z._default(z.strictObject(categoryFlags), allCategories),
  /** Sites (and their subdomains) where annotations are off. */
  disabledSites: z._default(z.array(HostSchema).check(z.maxLength(1000)), []),
  /** Sites outside the default list where the reader turned annotations on. */
  extraSites: z._default(z.array(HostSchema).check(z.maxLength(1000)), []),
  /** How a card opens. */
  trigger: z._default(z.enum(TRIGGERS), 'hover'),
  /** How claims are marked in the text. */
  style: z._default(z.enum(HIGHLIGHT_STYLES), 'underline'),
  /** Whether cards show the capacity math. */
  showMath: z._default(z.boolean(), true),
  /** Whether cards and the popup offer "Report this mark". */
  reportButton: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** A reader-facing account of what is wrong with a value: "trigger: …". */
export function describeProblem(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? issue.path.join('.') : 'settings';
  const what =
    issue.code === 'unrecognized_keys'
      ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`
      : issue.code === 'invalid_type'
        ? `expected ${issue.expected}`
        : issue.code === 'invalid_value'
          ? `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`
          : issue.message && issue.message !== 'Invalid input'
            ? issue.message
            : issue.code.replace(/_/g, ' ');
  return `${where}: ${what}`;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

type Field = keyof Settings;
const FIELDS = Object.keys(SettingsSchema.shape) as Field[];
/** The list fields: a bad entry drops alone. */
const SITE_LISTS: Field[] = ['disabledSites', 'extraSites'];
const MAX_SITES = 1000;

/** A site list with its bad entries dropped (each named), cut to its longest allowed length. */
function repairSites(field: Field, value: unknown, problems: string[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(`${field}: expected a list`);
    return [];
  }
  const kept: string[] = [];
  value.forEach((entry, i) => {
    const r = HostSchema.safeParse(entry);
    if (r.success) kept.push(r.data);
    else problems.push(`${field}.${i} ${JSON.stringify(entry)?.slice(0, 80) ?? String(entry)}: ${describeProblem(r.error).replace(/^settings: /, '')}, dropped`);
  });
  if (kept.length > MAX_SITES) problems.push(`${field}: more than ${MAX_SITES} sites, the first ${MAX_SITES} kept`);
  return kept.slice(0, MAX_SITES);
}

/** The category switches with each bad or unknown one dropped (a dropped switch is on, its default). */
function repairCategories(value: unknown, problems: string[]): Settings['categories'] {
  if (!isPlainObject(value)) {
    problems.push('categories: expected object');
    return DEFAULT_SETTINGS.categories;
  }
  const out = { ...DEFAULT_SETTINGS.categories };
  for (const [key, flag] of Object.entries(value)) {
    if (!(CATEGORIES as readonly string[]).includes(key)) problems.push(`categories: unknown field ${key}`);
    else if (typeof flag !== 'boolean') problems.push(`categories.${key}: expected boolean`);
    else out[key as Category] = flag;
  }
  return out;
}

/**
 * The settings in `value`, repaired field by field: a bad field falls back to its default alone, a bad
 * entry in a site list is dropped alone, unknown fields are dropped; `problems` names each repair for
 * the reader (`problem` joins them). Anything but an object gives the defaults.
 */
export function repairSettings(value: unknown): { settings: Settings; problem: string | null; problems: string[] } {
  if (value === null || value === undefined) return { settings: DEFAULT_SETTINGS, problem: null, problems: [] };
  const whole = SettingsSchema.safeParse(value);
  if (whole.success) return { settings: whole.data, problem: null, problems: [] };
  if (!isPlainObject(value)) return { settings: DEFAULT_SETTINGS, problem: 'settings: expected object', problems: ['settings: expected object'] };
  const problems: string[] = [];
  const unknown = Object.keys(value).filter((k) => !(FIELDS as string[]).includes(k));
  if (unknown.length) problems.push(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}`);
  const repaired: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const raw = Object.hasOwn(value, field) ? value[field] : undefined;
    if (SITE_LISTS.includes(field) && raw !== undefined) repaired[field] = repairSites(field, raw, problems);
    else if (field === 'categories' && raw !== undefined) repaired[field] = repairCategories(raw, problems);
    else {
      const r = SettingsSchema.shape[field].safeParse(raw);
      if (r.success) repaired[field] = r.data;
      else {
        problems.push(describeProblem(r.error).replace(/^settings/, field));
        repaired[field] = DEFAULT_SETTINGS[field];
      }
    }
  }
  // Each field is valid on its own, so the whole is; parsed again so the type is proven, not assumed.
  const settings = SettingsSchema.parse(repaired);
  return { settings, problem: problems.join('; ') || null, problems };
}

/** Whether a host is `site` or one of its subdomains. */
export function hostMatches(host: string, site: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === site || h.endsWith('.' + site);
}

/** Whether annotations run on `host` under `settings`, given whether the host is a default news site. */
export function isEnabledOn(settings: Settings, host: string, isDefaultSite: boolean): boolean {
  if (!settings.enabled) return false;
  if (settings.disabledSites.some((s) => hostMatches(host, s))) return false;
  return isDefaultSite || settings.extraSites.some((s) => hostMatches(host, s));
}
