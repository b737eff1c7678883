/** True only in the Firefox end-to-end build (ICE_CONTEXT_E2E=1); see wxt.config.ts. */
declare const __ICE_E2E__: boolean;
/** True only in benchmark builds (ICE_CONTEXT_BENCH=1): the content script leaves performance marks. */
declare const __ICE_BENCH__: boolean;
/** True in the demo and benchmark builds, which also run on 127.0.0.1 and localhost as if they were news sites. */
declare const __ICE_LOCAL__: boolean;
/** Where readers' reports go (an https new-issue URL or an e-mail address), or ''; set in wxt.config.ts. */
declare const __ICE_FEEDBACK__: string;
