/**
 * Our one node in the page: a shadow-root host (WXT's shadow-root UI) holding the card, positioned
 * next to its claim with Floating UI, and a live region for screen readers. Created on first use.
 */
import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Card } from '../../components/Card';
import { cardModel, type CardModel } from '../../components/CardModel';
import { CardReport } from '../../components/CardReport';
import { parseFeedbackAddress } from '../../lib/feedback';
import { copyText } from '../../lib/page/clipboard';
import meta from '../../data/meta.json';
import type { ClaimContext } from '../../lib/context/types';
import type { AnnotatedClaim } from '../../lib/page/annotator';
import { UI_HOST_ATTRIBUTE } from '../../lib/page/exclude';
import type { CardApi, CardEvents, CardView } from './bridge';
import cardCss from '../../components/card.css?inline';


let titleCounter = 0;

/** Where reports go, as the build configured it (wxt.config.ts). */
const FEEDBACK = parseFeedbackAddress(__ICE_FEEDBACK__);


export class CardLayer implements CardApi {
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private cardRoot: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private stopAutoUpdate: (() => void) | null = null;
  /** The claim whose card is open. */
  current: AnnotatedClaim | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly events: CardEvents,
  ) {}

  /** The host element, to tell our events from the page's. */
  get host(): HTMLElement | null {
    return this.ui?.shadowHost ?? null;
  }

  private async ensure(): Promise<void> {
    if (this.ui) return;
    this.ui = await createShadowRootUi<void>(this.ctx, {
      name: 'ice-context-ui',
      position: 'inline',
      // A child of <html> after <body>, not of <body>: appended to <body> it would become the page's
      // last child and restyle it through :last-child rules (test/e2e/hostile.e2e.ts, restyle.html).
      anchor: 'html',
      append: 'last',
      css: cardCss,
      onMount: (container, _shadow, host) => {
        host.setAttribute(UI_HOST_ATTRIBUTE, '');
        const root = container.ownerDocument.createElement('div');
        root.className = 'layer';
        container.append(root);
        this.cardRoot = root;
        const live = container.ownerDocument.createElement('div');
        live.className = 'visually-hidden';
        // Pinned to the viewport: at its place after <body>, a 1px box would make the page 1px longer
        // (seen on saved real pages in Chromium, scripts/real-pages.ts).
        live.style.position = 'fixed';
        live.style.top = '0';
        live.style.left = '0';
        live.setAttribute('aria-live', 'polite');
        live.setAttribute('role', 'status');
        container.append(live);
        this.live = live;
        root.addEventListener('pointerenter', () => this.events.onPointerInside(true));
        root.addEventListener('pointerleave', () => this.events.onPointerInside(false));
      },
    });
    this.ui.mount();
  }

  /**
   * Opens the card for `claim` next to its text; `focus` moves keyboard focus into it. The official
   * context arrives from the background and fills the card when it comes.
   */
  async open(claim: AnnotatedClaim, focus: boolean, context: Promise<ClaimContext | null>, view: CardView): Promise<void> {
    await this.ensure();
    const root = this.cardRoot!;
    this.current = claim;
    const titleId = `ice-context-card-title-${++titleCounter}`;
    const draw = (model: CardModel | null | 'failed') =>
      render(
        <Card
          category={claim.claim.category}
          model={model}
          titleId={titleId}
          onClose={() => this.events.onClose()}
          actions={
            view.reportButton && model !== null ? (
              <CardReport
                idBase={titleId}
                feedback={FEEDBACK}
                onCopy={copyText}
                report={{
                  sentence: claim.claim.sentence,
                  quote: claim.claim.quote,
                  asRead: model === 'failed' ? null : model.asRead,
                  card: model === 'failed' ? null : model.headline,
                  datasetVersion: meta.version,
                  url: location.href,
                }}
              />
            ) : undefined
          }
        />,
        root,
      );
    draw(null);
    const card = root.firstElementChild as HTMLElement | null;
    if (!card) return;
    this.position(claim, card);
    if (focus) card.focus({ preventScroll: true });
    const ctx = await context.catch(() => null);
    if (this.current !== claim) return;
    draw(ctx ? cardModel(claim.claim, ctx, view.showMath) : 'failed');
    // Announce the card's first lines once they are there (what "More" hides is read when opened).
    if (this.live) this.live.textContent = [...card.querySelectorAll('h2, p')].map((e) => e.textContent).join(' ');
  }

  private position(claim: AnnotatedClaim, card: HTMLElement): void {
    this.stopAutoUpdate?.();
    const range = claim.range;
    const reference = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: range.startContainer.parentElement ?? undefined,
    };
    this.stopAutoUpdate = autoUpdate(reference, card, () => {
      // Measured at its natural height on every pass: a card squeezed by the last pass would fit
      // below the mark and never flip above it.
      card.style.maxHeight = '';
      void computePosition(reference, card, {
        strategy: 'fixed',
        placement: 'bottom-start',
        // Below the mark, else above, else beside it; shift slides it along that side only, and size
        // caps its height to the room there, so the card never covers the mark (WCAG 2.4.11).
        middleware: [
          offset(8),
          flip({ fallbackPlacements: ['top-start', 'right-start', 'left-start'], padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply: ({ availableHeight }) => {
              card.style.maxHeight = `${Math.max(0, Math.floor(availableHeight))}px`;
            },
          }),
        ],
      }).then(({ x, y, placement }) => {
        card.style.left = `${x}px`;
        card.style.top = `${y}px`;
        card.dataset.placement = placement;
      });
    });
  }

  /** Closes the card, if open. */
  close(): void {
    this.stopAutoUpdate?.();
    this.stopAutoUpdate = null;
    this.current = null;
    if (this.cardRoot) render(null, this.cardRoot);
    if (this.live) this.live.textContent = '';
  }

  /** Removes our node from the page. */
  destroy(): void {
    this.close();
    this.ui?.remove();
    this.ui = null;
  }
}
