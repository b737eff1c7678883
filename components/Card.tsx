/**
 * The card shown next to a claim. At a glance: one sentence, the claim as read, the official figure
 * with its source and period, and one line of what is counted. The rest waits behind "More" buttons
 * (disclosures: aria-expanded, keyboard and screen-reader usable).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Category } from '../lib/categories';
import type { SourceCitation } from '../lib/context/types';
import type { CardModel } from './CardModel';
import { CATEGORY_LABELS } from './labels';

export interface CardProps {
  category: Category;
  /** null while the official context loads; 'failed' when it could not be loaded. */
  model: CardModel | null | 'failed';
  /** Id of the first line, which names the dialog. */
  titleId: string;
  onClose: () => void;
  /** Controls at the card's foot ("Report this mark"), when the reader has them on. */
  actions?: ComponentChildren;
}

/**
 * A source named by its publisher and title (by its title alone where the line already names the
 * publisher as the carrier); the receipt says where in it the figure is.
 */
export function SourceLine({ source, receipt, titleOnly = false }: { source: SourceCitation; receipt: string | null; titleOnly?: boolean }) {
  return (
    <span class="source">
      <a href={source.url} target="_blank" rel="noopener noreferrer" title={`${titleOnly ? `${source.publisher}: ` : ''}“${source.quote}”`}>
        {titleOnly ? source.title : `${source.publisher}: ${source.title}`}
      </a>
      {receipt && <span class="receipt"> ({receipt})</span>}
    </span>
  );
}

type Section = 'why' | 'figures' | 'math' | 'caveats';

function Disclosure({ id, open, label, onToggle }: { id: string; open: boolean; label: string; onToggle: () => void }) {
  return (
    <button type="button" class="more" aria-expanded={open} aria-controls={id} onClick={onToggle}>
      {label}
    </button>
  );
}

function Details({ model, idBase, open }: { model: CardModel; idBase: string; open: Record<Section, boolean> }) {
  return (
    <>
      <div id={`${idBase}-why`} class="more-part" hidden={!open.why}>
        <h3>Why</h3>
        {model.why.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <div id={`${idBase}-figures`} class="more-part" hidden={!open.figures}>
        <h3>More figures</h3>
        <ul class="figures">
          {model.moreFigures.map((f, i) => (
            <li key={i} class="figure" data-metric={f.metric.id} data-period={f.period}>
              {f.knowable === 'later' && <span class="later">{f.timingText} </span>}
              <span class="label">{f.label}:</span> <strong>{f.display}</strong>, {f.periodText}
              {f.role !== 'main' && <span class="muted"> ({f.metric.name})</span>}
              {f.disagreement && <span class="disagree"> Sources disagree for this period; each is shown.</span>}
              {f.sources.map((s) => (
                <div key={s.id} class="figure-source">
                  <SourceLine source={s} receipt={null} />
                </div>
              ))}
            </li>
          ))}
        </ul>
      </div>
      <div id={`${idBase}-math`} class="more-part" hidden={!open.math}>
        <h3>Capacity math</h3>
        <ul class="math">
          {model.math.map((line) => (
            <li key={line.id}>
              {line.text}
              <div class="formula">{line.formula}</div>
              {line.notes.map((n, i) => (
                <div key={i} class="note">
                  {n}
                </div>
              ))}
            </li>
          ))}
        </ul>
      </div>
      <div id={`${idBase}-caveats`} class="more-part" hidden={!open.caveats}>
        <h3>What is counted</h3>
        <ul class="caveats">
          {model.caveats.map((c, i) => (
            <li key={i}>{c}</li>
          ))}
        </ul>
      </div>
    </>
  );
}

/** The card: a non-modal dialog named by its first line. */
export function Card({ category, model, titleId, onClose, actions }: CardProps) {
  const [open, setOpen] = useState<Record<Section, boolean>>({ why: false, figures: false, math: false, caveats: false });
  const toggle = (s: Section) => setOpen((o) => ({ ...o, [s]: !o[s] }));
  const ready = model !== null && model !== 'failed' ? model : null;
  const headline = ready ? ready.headline : model === 'failed' ? 'The official figures could not be loaded.' : 'Looking up the official figures…';
  const idBase = `${titleId}-more`;
  const buttons: [Section, string, boolean][] = ready
    ? [
        ['why', 'Why', ready.why.length > 0],
        ['figures', `More figures (${ready.moreFigures.length})`, ready.moreFigures.length > 0],
        ['math', 'Capacity math', ready.math.length > 0],
        ['caveats', 'What is counted', ready.caveats.length > 0],
      ]
    : [];
  return (
    <div class={`card tone-${ready?.tone ?? 'none'}`} data-component="Card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1}>
      <div class="card-top">
        <h2 id={titleId} class={ready ? 'headline' : 'headline pending'}>
          <span class="visually-hidden">ICE Context, {CATEGORY_LABELS[category].toLowerCase()}: </span>
          {headline}
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </div>
      {ready && (
        <>
          <p class="as-read">
            <span class="label">Claim, as read:</span> {ready.asRead}
          </p>
          {ready.official && (
            <p class="official">
              <span class="label">{ready.official.label}:</span> <strong>{ready.official.figure}</strong>, {ready.official.period}
              {ready.official.timing && <span class="later"> ({ready.official.timing})</span>}.{' '}
              {ready.official.source && (
                <>
                  <span class="label">Source:</span> <SourceLine source={ready.official.source} receipt={ready.official.receipt} titleOnly={ready.official.carrierNamed} />
                </>
              )}
            </p>
          )}
          {ready.counted && (
            <p class="counted" title={ready.counted}>
              <span class="label">Counts:</span> {ready.counted}
            </p>
          )}
          <div class="card-foot">
            {buttons
              .filter(([, , shown]) => shown)
              .map(([s, label]) => (
                <Disclosure key={s} id={`${idBase}-${s}`} open={open[s]} label={label} onToggle={() => toggle(s)} />
              ))}
            {actions}
          </div>
          <Details model={ready} idBase={idBase} open={open} />
        </>
      )}
    </div>
  );
}
