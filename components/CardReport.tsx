/**
 * "Report this mark": a button that opens a prefilled, editable report with "Copy" and, when the build
 * has a feedback address, "Open" (a new-issue page or an e-mail draft). Nothing is sent from here.
 * Used in every card and in the popup's list of claims.
 */
import { useRef, useState } from 'preact/hooks';
import { feedbackHref, reportText, reportTitle, type FeedbackTarget, type MarkReport } from '../lib/feedback';

export interface CardReportProps {
  /** The report, with the page's address in `url`; the address goes in only if the reader ticks the box. */
  report: MarkReport;
  feedback: FeedbackTarget | null;
  /** Copies text to the clipboard; resolves false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
  /** Unique prefix for the form's ids. */
  idBase: string;
  /** The button's words: "Report this mark" in a card, shorter in a list. */
  label?: string;
  /** What the button is about, for screen readers when its words are short ("Report: approximately 7,000"). */
  ariaLabel?: string;
}

const pageLine = (url: string) => `Page: ${url}`;

/** The report button and its panel. */
export function CardReport({ report, feedback, onCopy, idBase, label = 'Report this mark', ariaLabel }: CardReportProps) {
  const [open, setOpen] = useState(false);
  const [withUrl, setWithUrl] = useState(false);
  const [edited, setEdited] = useState<string | null>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const area = useRef<HTMLTextAreaElement>(null);
  const text = edited ?? reportText({ ...report, url: withUrl ? report.url : null });
  const href = feedbackHref(feedback, reportTitle(report.quote), text);

  const toggleUrl = (on: boolean) => {
    setWithUrl(on);
    // An edited report keeps the reader's words: only the page line comes or goes.
    if (edited !== null && report.url) {
      const line = pageLine(report.url);
      setEdited(on ? `${edited.replace(/\s*$/, '')}\n${line}` : edited.split('\n').filter((l) => l !== line).join('\n'));
    }
  };
  const doCopy = async () => {
    const ok = await onCopy(text).catch(() => false);
    setCopy(ok ? 'copied' : 'failed');
    // Refused: the text is selected, for the reader's own copy.
    if (!ok) area.current?.select();
  };

  const panel = `${idBase}-report`;
  return (
    <>
      <button type="button" class="action" aria-expanded={open} aria-controls={panel} aria-label={ariaLabel} onClick={() => setOpen(!open)}>
        {label}
      </button>
      <div id={panel} class="report-panel" hidden={!open} data-component="CardReport">
        <label for={`${panel}-text`}>Your report (edit it as you like)</label>
        <textarea
          id={`${panel}-text`}
          ref={area}
          rows={7}
          value={text}
          onInput={(e) => {
            setEdited((e.target as HTMLTextAreaElement).value);
            setCopy('idle');
          }}
        />
        {report.url && (
          <label class="check">
            <input type="checkbox" checked={withUrl} onChange={(e) => toggleUrl((e.target as HTMLInputElement).checked)} /> Include this page’s address
          </label>
        )}
        <div class="report-buttons">
          <button type="button" class="more" onClick={() => void doCopy()}>
            Copy
          </button>
          {href && (
            <a class="more" href={href} target="_blank" rel="noopener noreferrer">
              {feedback?.kind === 'email' ? 'Open an e-mail draft' : 'Open a new report'}
            </a>
          )}
        </div>
        <p class="note" role="status">
          {copy === 'copied' ? 'Copied.' : copy === 'failed' ? 'The browser did not let us copy: the text is selected, copy it with your keyboard.' : ''}
        </p>
        <p class="note">ICE Context sends nothing: {href ? 'you send the report yourself.' : 'paste the report wherever you like.'}</p>
      </div>
    </>
  );
}
