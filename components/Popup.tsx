import type { PageReport } from '../lib/messaging';

export type PopupState = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'report'; report: PageReport };

/** The toolbar popup: the page's claims at a glance. */
export function Popup({ state }: { state: PopupState }) {
  return (
    <main data-component="Popup">
      <h1>ICE Context</h1>
      {state.kind === 'loading' && <p>Reading this page…</p>}
      {state.kind === 'unavailable' && <p>ICE Context does not run on this page.</p>}
      {state.kind === 'report' && (
        <p data-testid="claim-count">
          {state.report.claims.length === 0
            ? 'No claims about ICE capacity found on this page.'
            : `${state.report.claims.length} claims about ICE capacity on this page.`}
        </p>
      )}
    </main>
  );
}
