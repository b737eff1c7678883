/** Messages to the background, with its failures turned back into rejections. */
import { browser } from 'wxt/browser';
import type { Message } from '../../lib/messaging';

/**
 * Sends a message to the background. The background answers through webextension-polyfill, which
 * tells a caller without the polyfill (this script, in Chrome) about a failure with a marked reply
 * instead of a rejection: that reply is turned back into one.
 */
export async function ask<T = unknown>(message: Message): Promise<T> {
  const reply: unknown = await browser.runtime.sendMessage(message);
  if (reply !== null && typeof reply === 'object' && '__mozWebExtensionPolyfillReject__' in reply) {
    throw new Error(String((reply as { message?: unknown }).message ?? 'the background failed'));
  }
  return reply as T;
}

