/** An editable list of sites: add with validation of what the reader types, remove with a button. */
import { useState } from 'preact/hooks';
import { parseSiteInput } from '../lib/settings/sites';

export interface OptionsSitesProps {
  /** Prefix for element ids. */
  id: string;
  title: string;
  help: string;
  /** The label of the field: "Add a site where ICE Context is off". */
  addLabel: string;
  sites: readonly string[];
  /** Adds a valid site; returns a reason when it could not be added (may be async: a permission). */
  onAdd(site: string): string | null | Promise<string | null>;
  onRemove(site: string): void;
  /** A reason to refuse a valid site before adding it (already listed, a default site…). */
  check?(site: string): string | null;
}

/** A list of sites with add and remove. */
export function OptionsSites({ id, title, help, addLabel, sites, onAdd, onRemove, check }: OptionsSitesProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const inputId = `${id}-input`;
  const errorId = `${id}-error`;

  const submit = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    const parsed = parseSiteInput(text);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    const refused = sites.includes(parsed.site) ? `${parsed.site} is already on this list.` : (check?.(parsed.site) ?? null);
    if (refused) {
      setError(refused);
      return;
    }
    // Called synchronously in the submit handler: adding may need a permission prompt (a user gesture).
    void Promise.resolve(onAdd(parsed.site)).then((reason) => {
      if (reason) setError(reason);
      else {
        setError(null);
        setText('');
        setStatus(`Added ${parsed.site}.`);
      }
    });
  };

  return (
    <section class="sites" data-component="OptionsSites" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p class="muted small">{help}</p>
      {sites.length === 0 ? (
        <p class="muted" data-testid={`${id}-empty`}>
          None.
        </p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="small-button" aria-label={`Remove ${site}`} onClick={() => onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="site-form" onSubmit={submit} noValidate>
        <label for={inputId}>{addLabel}</label>
        <div class="site-form-row">
          <input
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="example.com"
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(e) => {
              setText((e.target as HTMLInputElement).value);
              setError(null);
            }}
          />
          <button type="submit">Add</button>
        </div>
        {error && (
          <p id={errorId} class="field-error" role="alert">
            {error}
          </p>
        )}
        {status && (
          <p class="field-status" role="status">
            {status}
          </p>
        )}
      </form>
    </section>
  );
}
