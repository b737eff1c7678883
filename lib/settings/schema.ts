/**
 * The reader's settings, defined once: the schema gives the type, the defaults and the validation
 * used for storage, for imported files and for the options form.
 */
import { z } from 'zod';
import { CATEGORIES, type Category } from '../dataset/schema';

/** A bare host name as a reader would type it: "example.com", "news.example.co.uk". */
export const HostSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'a site such as example.com (no https://, no path)');

const allCategories = Object.fromEntries(CATEGORIES.map((c) => [c, true])) as Record<Category, boolean>;

export const SettingsSchema = z.strictObject({
  /** Annotations on or off everywhere. */
  enabled: z.boolean().default(true),
  /** Which claim categories are annotated. */
  categories: z
    .strictObject(Object.fromEntries(CATEGORIES.map((c) => [c, z.boolean().default(true)])) as Record<Category, z.ZodDefault<z.ZodBoolean>>)
    .default(allCategories),
  /** Sites (and their subdomains) where annotations are off. */
  disabledSites: z.array(HostSchema).max(1000).default([]),
  /** Sites outside the default list where the reader turned annotations on. */
  extraSites: z.array(HostSchema).max(1000).default([]),
  /** How a card opens. */
  trigger: z.enum(['hover', 'click']).default('hover'),
  /** How claims are marked in the text. */
  style: z.enum(['underline', 'background', 'none']).default('underline'),
  /** Whether cards show the capacity math. */
  showMath: z.boolean().default(true),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The settings in `value`, or the defaults with a reason when `value` is not valid settings. */
export function repairSettings(value: unknown): { settings: Settings; problem: string | null } {
  if (value === null || value === undefined) return { settings: DEFAULT_SETTINGS, problem: null };
  const r = SettingsSchema.safeParse(value);
  if (r.success) return { settings: r.data, problem: null };
  const issue = r.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'settings';
  return { settings: DEFAULT_SETTINGS, problem: `${where}: ${issue?.message ?? 'invalid'}` };
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
