/** Extension API globals, for code that tests evaluate inside extension pages and workers. */
declare const chrome: import('webextension-polyfill').Browser;
