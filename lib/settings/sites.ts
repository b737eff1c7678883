/**
 * The per-site switch, as pure functions over settings: which entry stands for a page's site, how a
 * reader's typed site becomes a host, and what turning a site on or off does to the two lists.
 */
import { NEWS_SITES } from '../sites';
import { HostSchema, hostMatches, isEnabledOn, type Settings } from './schema';

/** The optional host permission (and content-script match) that covers a site and its subdomains. */
export function originFor(site: string): string {
  return `*://*.${site}/*`;
}

/** The settings entry for a page's host: its default news domain, or the host without "www.". */
export function siteForHost(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const known = NEWS_SITES.find((d) => host === d || host.endsWith('.' + d));
  return known ?? host.replace(/^www\./, '');
}

/**
 * What a reader typed, as a site entry: "https://www.example.com/path" and "www.example.com" both
 * become "example.com". Returns a reader-facing reason when it is not a site.
 */
export function parseSiteInput(text: string): { site: string } | { error: string } {
  let value = text.trim();
  if (!value) return { error: 'Type a site, such as example.com.' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value) || value.includes('/')) {
    try {
      value = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `https://${value}`).hostname;
    } catch {
      return { error: `“${text.trim()}” is not a web address or a site name.` };
    }
  }
  const r = HostSchema.safeParse(value.replace(/^www\./i, ''));
  if (!r.success) return { error: `“${text.trim()}” is not a site name: type ${r.error.issues[0]?.message ?? 'a site such as example.com'}.` };
  return { site: r.data };
}

/** Adds `site` to a list unless an entry already covers it. */
function withSite(list: readonly string[], site: string): string[] {
  return list.some((s) => hostMatches(site, s)) ? [...list] : [...list, site];
}

/** Drops every entry of a list that covers `host`. */
function withoutHost(list: readonly string[], host: string): string[] {
  return list.filter((s) => !hostMatches(host, s));
}

/**
 * The settings with annotations turned on or off for `host`. A default news site is turned off by
 * listing it in `disabledSites`; any other site is turned on by listing it in `extraSites`.
 */
export function setSiteEnabled(settings: Settings, host: string, on: boolean, isDefaultSite: boolean): Settings {
  const site = siteForHost(host);
  if (on) {
    return {
      ...settings,
      disabledSites: withoutHost(settings.disabledSites, host),
      extraSites: isDefaultSite ? settings.extraSites : withSite(settings.extraSites, site),
    };
  }
  if (isDefaultSite) return { ...settings, disabledSites: withSite(settings.disabledSites, site) };
  return { ...settings, extraSites: withoutHost(settings.extraSites, host) };
}

/** Whether the site switch for `host` shows "on" (the global switch aside). */
export function isSiteOn(settings: Settings, host: string, isDefaultSite: boolean): boolean {
  return isEnabledOn({ ...settings, enabled: true }, host, isDefaultSite);
}

/** The id prefix of the content scripts registered for added sites. */
export const SITE_SCRIPT_PREFIX = 'ice-context-site:';

/**
 * What to change so that the registered content scripts are exactly the wanted sites: the ids to
 * unregister (ours only, by prefix) and the sites to register.
 */
export function registrationPlan(wanted: readonly string[], registeredIds: readonly string[]): { unregister: string[]; register: string[] } {
  const ours = registeredIds.filter((id) => id.startsWith(SITE_SCRIPT_PREFIX));
  const have = new Set(ours.map((id) => id.slice(SITE_SCRIPT_PREFIX.length)));
  const want = new Set(wanted);
  return {
    unregister: ours.filter((id) => !want.has(id.slice(SITE_SCRIPT_PREFIX.length))),
    register: [...want].filter((site) => !have.has(site)),
  };
}

/** The site of an origin pattern in the form `originFor` makes ("*://*.example.com/*"), else null. */
export function siteOfOrigin(origin: string): string | null {
  const m = /^\*:\/\/\*\.([^/*]+)\/\*$/.exec(origin);
  if (!m) return null;
  const r = HostSchema.safeParse(m[1]);
  return r.success ? r.data : null;
}
