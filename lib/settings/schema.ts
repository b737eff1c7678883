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

/** The settings in `value`, or the defaults with a reason when `value` is not valid settings. */
export function repairSettings(value: unknown): { settings: Settings; problem: string | null } {
  if (value === null || value === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const r = SettingsSchema.safeParse(value);
  if (r.success) return { settings: r.data, problem: null };
  return { settings: DEFAULT_SETTINGS, problem: describeProblem(r.error) };
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
