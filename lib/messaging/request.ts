/**
 * Typed request/reply: a sender gets the reply of its message's type, checked, or a rejection. No
 * schema library and no extension API here (the transport and the checks are handed in), so the
 * content script can use it too.
 */
import type { MessageType, Replies, Request } from './index';

/** A reply that did not have its message type's shape. */
export class MalformedReply extends Error {
  constructor(readonly type: MessageType) {
    super(`malformed reply to ${type}`);
    this.name = 'MalformedReply';
  }
}

/** Checks of the replies to the message types a sender uses. */
export type ReplyChecks<K extends MessageType> = { [P in K]: (raw: unknown) => raw is Replies[P] };

/** Sends one message and resolves with whatever came back (browser.runtime.sendMessage, tabs.sendMessage…). */
export type Transport = (message: Request<MessageType>) => Promise<unknown>;

/**
 * A typed sender over `send`: `request({ type: 'get-page-settings' })` resolves to PageSettings. It
 * rejects when the transport fails, when the receiver failed (webextension-polyfill tells a caller
 * without the polyfill, such as the content script in Chrome, with a marked reply instead of a
 * rejection), and when the reply does not pass its type's check (MalformedReply).
 */
export function requester<K extends MessageType>(send: Transport, checks: ReplyChecks<K>) {
  return async function request<T extends K>(message: Request<T>): Promise<Replies[T]> {
    const reply: unknown = await send(message);
    if (reply !== null && typeof reply === 'object' && '__mozWebExtensionPolyfillReject__' in reply) {
      throw new Error(String((reply as { message?: unknown }).message ?? 'the receiver failed'));
    }
    const check = checks[message.type] as (raw: unknown) => raw is Replies[T];
    if (!check(reply)) throw new MalformedReply(message.type);
    return reply;
  };
}
