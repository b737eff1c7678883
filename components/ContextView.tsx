import type { ClaimContext, ContextFigure, SourceCitation } from '../lib/context/types';

export interface ContextViewProps {
  context: ClaimContext;
  /** Whether to show the capacity math (a setting). */
  showMath: boolean;
}

const VERDICT_CLASS: Record<string, string> = { consistent: 'in-line', 'in line': 'in-line', above: 'above', below: 'below' };

function SourceLink({ source }: { source: SourceCitation }) {
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer" title={`“${source.quote}”`}>
      {source.publisher}: {source.title}
      <span class="kind"> ({source.primary ? 'primary source' : 'secondary source'})</span>
    </a>
  );
}

function FigureItem({ figure }: { figure: ContextFigure }) {
  const later = figure.knowable === 'later';
  return (
    <li class={later ? 'figure later-figure' : 'figure'} data-metric={figure.metric.id} data-period={figure.period}>
      {later && <span class="later">{figure.timingText} </span>}
      <strong>{figure.display}</strong>, {figure.periodText}
      {figure.role !== 'main' && <span class="role"> ({figure.metric.name.toLowerCase()})</span>}
      {!later && figure.timingText && <span class="timing"> — {figure.timingText}</span>}
      {figure.disagreement && <span class="disagree"> Sources disagree for this period; each is shown.</span>}
      <ul class="sources">
        {figure.sources.map((s) => (
          <li key={s.id}>
            <SourceLink source={s} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The official side of a card: figures with their sources, the comparison and the capacity math. */
export function ContextView({ context, showMath }: ContextViewProps) {
  return (
    <div data-component="ContextView">
      {(context.comparisons.length > 0 || context.noComparison || context.attribution) && (
        <section aria-label="How the claim compares">
          <h3>How it compares</h3>
          {context.comparisons.map((c, i) => (
            <p key={i}>
              <span class={`verdict ${VERDICT_CLASS[c.verdict] ?? ''}`}>{c.label[0]!.toUpperCase() + c.label.slice(1)}.</span> {c.explanation}
            </p>
          ))}
          {context.comparisons.length === 0 && context.noComparison && <p class="note">{context.noComparison}</p>}
          {context.attribution && <p>{context.attribution.text}</p>}
        </section>
      )}
      <section aria-label="Official figures">
        <h3>{context.metric ? context.metric.name : 'Official figures'}</h3>
        {context.figures.length === 0 ? (
          <p class="none">{context.metric ? 'No official figure in our dataset fits this claim.' : context.metricReason}</p>
        ) : (
          <ul class="figures">
            {context.figures.map((f, i) => (
              <FigureItem key={i} figure={f} />
            ))}
          </ul>
        )}
        {context.periodNote && <p class="note">{context.periodNote}</p>}
      </section>
      {showMath && context.capacity.length > 0 && (
        <section aria-label="Capacity math">
          <h3>Capacity math</h3>
          <ul class="math">
            {context.capacity.map((line) => (
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
        </section>
      )}
      {context.metric && (
        <details class="definition">
          <summary>What is counted</summary>
          <p>
            {context.metric.definition} Counted by {context.metric.countedBy}.
          </p>
          {context.metric.caveats.length > 0 && (
            <ul>
              {context.metric.caveats.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </div>
  );
}
