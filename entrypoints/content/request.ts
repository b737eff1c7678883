/** The content script's requests to the background: typed replies, checked without a schema library. */
import { browser } from 'wxt/browser';
import { CONTENT_REPLY_CHECKS } from '../../lib/messaging/guards';
import { requester } from '../../lib/messaging/request';

/** Sends a request to the background; resolves to its typed reply, rejects on failure or a malformed reply. */
export const request = requester((message) => browser.runtime.sendMessage(message), CONTENT_REPLY_CHECKS);
