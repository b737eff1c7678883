/** True only in the Firefox end-to-end build (ICE_CONTEXT_E2E=1); see wxt.config.ts. */
declare const __ICE_E2E__: boolean;
