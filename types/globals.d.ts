/** True only in the Firefox end-to-end build (ICE_CONTEXT_E2E=1); see wxt.config.ts. */
declare const __ICE_E2E__: boolean;
/** True only in benchmark builds (ICE_CONTEXT_BENCH=1): the content script leaves performance marks. */
declare const __ICE_BENCH__: boolean;
