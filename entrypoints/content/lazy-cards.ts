/** The card layer, loaded into the page on first use (see bridge.ts). */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnnotatedClaim } from '../../lib/page/annotator';
import { request } from './request';
import { publishBridge, type Bridge, type CardApi } from './bridge';

/**
 * The card layer, loaded on first use: the background injects card.js, which finds the bridge and
 * installs the real layer. Until then there is no card, no host node and no UI code in the page.
 */
export class LazyCards {
  readonly #bridge: Bridge;
  #loading: Promise<CardApi | null> | null = null;

  constructor(ctx: ContentScriptContext, events: Bridge['events']) {
    this.#bridge = { ctx, events, card: null };
    publishBridge(this.#bridge);
  }

  get host(): HTMLElement | null {
    return this.#bridge.card?.host ?? null;
  }

  get current(): AnnotatedClaim | null {
    return this.#bridge.card?.current ?? null;
  }

  #load(): Promise<CardApi | null> {
    if (this.#bridge.card) return Promise.resolve(this.#bridge.card);
    this.#loading ??= request({ type: 'load-card' })
      .then(() => this.#bridge.card)
      .catch(() => null)
      .finally(() => {
        this.#loading = null;
      });
    return this.#loading;
  }

  async open(...args: Parameters<CardApi['open']>): Promise<void> {
    const card = await this.#load();
    await card?.open(...args);
  }

  close(): void {
    this.#bridge.card?.close();
  }

  destroy(): void {
    this.#bridge.card?.destroy();
  }
}
