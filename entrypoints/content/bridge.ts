/**
 * The hand-off between the content script and the card script, which the background injects into the
 * same isolated world the first time a card opens (so the card's UI costs nothing on pages where no
 * card is ever opened). The bridge lives on the isolated world's global object, which the page
 * cannot see.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ClaimContext } from '../../lib/context/types';
import type { AnnotatedClaim } from '../../lib/page/annotator';

export interface CardEvents {
  /** The pointer entered or left the card. */
  onPointerInside(inside: boolean): void;
  onClose(): void;
}

/** The reader's settings for how a card looks. */
export interface CardView {
  showMath: boolean;
  reportButton: boolean;
}

/** What the card script offers once loaded. */
export interface CardApi {
  readonly host: HTMLElement | null;
  readonly current: AnnotatedClaim | null;
  open(claim: AnnotatedClaim, focus: boolean, context: Promise<ClaimContext | null>, view: CardView): Promise<void>;
  close(): void;
  destroy(): void;
}

export interface Bridge {
  ctx: ContentScriptContext;
  events: CardEvents;
  card: CardApi | null;
}

const KEY = Symbol.for('ice-context.bridge');

/** Publishes the bridge for the card script. */
export function publishBridge(bridge: Bridge): void {
  (globalThis as Record<symbol, unknown>)[KEY] = bridge;
}

/** The bridge, as the card script finds it. */
export function findBridge(): Bridge | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as Bridge | undefined;
}
