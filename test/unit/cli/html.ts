/** A parsed HTML document in Node's environment, from a scriptless happy-dom window (as the CLI reads pages). */
import { Window } from 'happy-dom';
import { afterAll } from 'vitest';

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

/** Parses `html` as a page; the window closes after the file's tests. */
export function parseHtml(html: string): Document {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  windows.push(window);
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
