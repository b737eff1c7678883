/**
 * The requests a content script answers (from the popup and the background): parsed without a schema
 * library, answered with the reply type of each request, from our own extension only.
 */
import type { Replies, Request } from '../../lib/messaging';
import { parseContentMessage, type ContentMessage } from '../../lib/messaging/guards';

type ContentType = ContentMessage['type'];

/** An answer for each request type. */
export type ContentHandlers = { [K in ContentType]: (message: Request<K>) => Replies[K] };

type Listener = (raw: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void) => true;

/** The part of `browser.runtime` this needs. */
export interface Runtime {
  readonly id: string;
  onMessage: { addListener(listener: Listener): void; removeListener(listener: Listener): void };
}

export class ContentMessages {
  #listening = false;

  constructor(
    private readonly runtime: Runtime,
    private readonly handlers: ContentHandlers,
  ) {}

  // Answered at once through sendResponse: the content script runs on the browsers' own API (see
  // wxt.config.ts), and Chrome's does not take a listener's returned promise as the answer.
  readonly #listener: Listener = (raw, sender, sendResponse) => {
    const message = sender.id === this.runtime.id ? parseContentMessage(raw) : null;
    if (message) sendResponse(this.answer(message));
    // No "true" (keep the channel open): the answer, if any, is already sent.
    return undefined as unknown as true;
  };

  /** The reply to a parsed request (each handler is typed by its request type). */
  answer(message: ContentMessage): Replies[ContentType] {
    return (this.handlers[message.type] as (m: ContentMessage) => Replies[ContentType])(message);
  }

  listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    this.runtime.onMessage.addListener(this.#listener);
  }

  destroy(): void {
    this.runtime.onMessage.removeListener(this.#listener);
    this.#listening = false;
  }
}
