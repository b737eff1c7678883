/**
 * The toolbar popup for the active tab: the page's claims, the site switch and ICE at a glance.
 * A view only: the popup's entrypoint gathers the state and carries out the callbacks.
 */
import { CATEGORIES } from '../lib/categories';
import { formatDate } from '../lib/dataset/period';
import type { ClaimSummary, PageReport } from '../lib/messaging';
import type { FeedbackTarget } from '../lib/feedback';
import { CardReport } from './CardReport';
import { CATEGORY_LABELS } from './labels';
import { PopupGlance, type Glance } from './PopupGlance';

/** What the popup knows about the tab's page. */
export type PageState =
  | { kind: 'loading' }
  /** A browser page or the extension store, where no extension may run. */
  | { kind: 'restricted' }
  /** No content script answered and the address is unknown. */
  | { kind: 'unknown' }
  /** The site is on but the page has not been read (opened before the extension was, or just turned on). */
  | { kind: 'not-loaded' }
  /** Annotations are off here (site or global switch). */
  | { kind: 'off' }
  | { kind: 'report'; report: PageReport };

/** The tab's site and its switches. */
export interface SiteState {
  host: string;
  /** The entry the switch adds or removes: "bostonglobe.com". */
  site: string;
  /** Whether it is one of the default news sites (else the reader adds it). */
  isDefault: boolean;
  /** The site switch. */
  on: boolean;
  /** The global switch. */
  everywhere: boolean;
}

/** What a claim's report needs from outside the list. */
export interface Reporting {
  datasetVersion: string;
  feedback: FeedbackTarget | null;
  onCopy(text: string): Promise<boolean>;
}

export interface PopupProps {
  page: PageState;
  site: SiteState | null;
  glance: Glance | null;
  /** A passing message, such as a refused permission. */
  message?: string | null;
  onShowClaim(index: number): void;
  /** "Report this mark" beside each claim; null when the reader turned it off. */
  reporting?: Reporting | null;
  onSiteToggle(on: boolean): void;
  onEnableEverywhere(): void;
  onOpenOptions(): void;
}

/** The snippet with the claim's quantity emphasised. */
export function ClaimSnippet({ claim }: { claim: Pick<ClaimSummary, 'quote' | 'snippet'> }) {
  const at = claim.quote ? claim.snippet.indexOf(claim.quote) : -1;
  if (at < 0)
    return (
      <span class="snippet" data-component="ClaimSnippet">
        <strong class="quote">{claim.quote}</strong>: {claim.snippet}
      </span>
    );
  return (
    <span class="snippet" data-component="ClaimSnippet">
      {claim.snippet.slice(0, at)}
      <strong class="quote">{claim.quote}</strong>
      {claim.snippet.slice(at + claim.quote.length)}
    </span>
  );
}

function SiteSwitch({ site, onToggle }: { site: SiteState; onToggle(on: boolean): void }) {
  return (
    <div class="site" data-component="PopupSiteSwitch">
      <button type="button" role="switch" class="switch" aria-checked={site.on} onClick={() => onToggle(!site.on)} aria-describedby="site-help">
        <span class="switch-track" aria-hidden="true">
          <span class="switch-thumb" />
        </span>
        <span class="switch-label">
          ICE Context on <strong>{site.site}</strong>
        </span>
      </button>
      <p id="site-help" class="muted small">
        {site.isDefault
          ? 'A news site ICE Context reads by default.'
          : site.on
            ? 'A site you added.'
            : 'Not a default news site: turning it on asks your browser for access to this site.'}
      </p>
    </div>
  );
}

function Report({ report, onShowClaim, reporting }: { report: PageReport; onShowClaim(index: number): void; reporting: Reporting | null }) {
  const n = report.claims.length;
  const counts = CATEGORIES.filter((c) => (report.counts[c] ?? 0) > 0);
  return (
    <section class="report" aria-labelledby="report-title">
      <h2 id="report-title" data-testid="claim-count">
        {n === 0
          ? report.reading
            ? 'Reading this page…'
            : 'No claims about ICE capacity found on this page.'
          : `${n} ${n === 1 ? 'claim' : 'claims'} about ICE capacity on this page${report.reading ? ' so far' : ''}`}
      </h2>
      {report.reading && (
        <p class="muted small" role="status">
          Still reading: the list fills in as the page is read.
        </p>
      )}
      <p class="date">
        {report.date ? (
          <>
            Article date: <time dateTime={report.date}>{formatDate(report.date)}</time>
          </>
        ) : (
          "The page gives no date: cards use the latest figures."
        )}
      </p>
      {counts.length > 0 && (
        <ul class="counts" aria-label="Claims by category">
          {counts.map((c) => (
            <li key={c} data-category={c}>
              <span>{CATEGORY_LABELS[c]}</span> <strong>{report.counts[c]}</strong>
            </li>
          ))}
        </ul>
      )}
      {n > 0 && (
        <>
          <p class="muted small" id="claims-help">
            Choose a claim to go to it on the page and open its card.
          </p>
          <ol class="claims" aria-describedby="claims-help">
            {report.claims.map((c) => (
              <li key={c.index}>
                <button type="button" class="claim" data-index={c.index} onClick={() => onShowClaim(c.index)}>
                  <span class="claim-category">{CATEGORY_LABELS[c.category]}</span>
                  <ClaimSnippet claim={c} />
                </button>
                {reporting && (
                  <CardReport
                    idBase={`claim-${c.index}`}
                    label="Report"
                    ariaLabel={`Report this mark: ${c.quote}`}
                    feedback={reporting.feedback}
                    onCopy={reporting.onCopy}
                    report={{ sentence: c.snippet, quote: c.quote, asRead: null, card: null, datasetVersion: reporting.datasetVersion, url: report.url }}
                  />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

/** The toolbar popup. */
export function Popup({ page, site, glance, message, onShowClaim, reporting = null, onSiteToggle, onEnableEverywhere, onOpenOptions }: PopupProps) {
  return (
    <main data-component="Popup" aria-busy={page.kind === 'loading'}>
      <header class="popup-head">
        <h1>ICE Context</h1>
        <button type="button" class="link-button" onClick={onOpenOptions}>
          Options
        </button>
      </header>
      {site && !site.everywhere && (
        <div class="notice" role="status">
          <p>ICE Context is turned off everywhere.</p>
          <button type="button" onClick={onEnableEverywhere}>
            Turn on everywhere
          </button>
        </div>
      )}
      {site && <SiteSwitch site={site} onToggle={onSiteToggle} />}
      {message && (
        <p class="message" role="alert">
          {message}
        </p>
      )}
      {page.kind === 'loading' && <p>Reading this page…</p>}
      {page.kind === 'restricted' && (
        <p class="empty" data-state="restricted">
          Your browser does not let extensions run on this page (browser pages, settings and extension stores), so
          ICE Context does not run on this page.
        </p>
      )}
      {page.kind === 'unknown' && (
        <p class="empty" data-state="unknown">
          ICE Context does not run on this page.
        </p>
      )}
      {page.kind === 'not-loaded' && (
        <p class="empty" data-state="not-loaded">
          ICE Context is on for this site but has not read this page yet. Reload the page to see its claims.
        </p>
      )}
      {page.kind === 'off' && (
        <p class="empty" data-state="off">
          {site && !site.everywhere
            ? 'ICE Context is off, so it does not read this page.'
            : `ICE Context is off on ${site ? site.site : 'this site'}${site ? ': turn it on with the switch above.' : '.'}`}
        </p>
      )}
      {page.kind === 'report' && <Report report={page.report} onShowClaim={onShowClaim} reporting={reporting} />}
      {glance && page.kind !== 'loading' && <PopupGlance glance={glance} />}
    </main>
  );
}
