/**
 * The timeline's filter form: written from the state, read back (invalid dates are marked and
 * left out rather than applied), and the count of entries shown.
 */
import { parsePartialDate } from '../../domain/dates.ts';
import type { EntryKind } from '../../domain/schema/index.ts';
import { DEFAULT_GROUP, GROUP_BY, type GroupBy, type TimelineFilters, type TimelineState } from '../../site/timeline/state.ts';

const FIELDS = ['actor', 'topic', 'kind', 'from', 'to'] as const;

export interface FormReading {
  readonly filters: TimelineFilters;
  readonly group: GroupBy;
  /** Why a date field was left out ("“From” must be a date such as …"). */
  readonly invalid: readonly string[];
}

export class FilterForm {
  readonly #form: HTMLFormElement;
  readonly #count: HTMLElement;

  constructor(form: HTMLFormElement, count: HTMLElement) {
    this.#form = form;
    this.#count = count;
  }

  /** Calls `onChange` when a field changes or the form is submitted; reset clears the filters only. */
  listen(onChange: () => void): void {
    const form = this.#form;
    form.addEventListener('change', onChange);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      onChange();
    });
    form.addEventListener('reset', (event) => {
      // Clear the filters but keep the grouping, window and selection.
      event.preventDefault();
      for (const name of FIELDS) {
        const field = this.#field(name);
        if (field) field.value = '';
      }
      onChange();
    });
  }

  write(state: TimelineState): void {
    for (const name of FIELDS) {
      const field = this.#field(name);
      if (!field) continue;
      field.value = state[name] ?? '';
      field.removeAttribute('aria-invalid');
    }
    for (const radio of this.#form.querySelectorAll<HTMLInputElement>('input[name="group"]')) radio.checked = radio.value === state.group;
  }

  read(kinds: readonly EntryKind[]): FormReading {
    const value = (name: string): string => this.#field(name)?.value.trim() ?? '';
    const invalid: string[] = [];
    const date = (name: 'from' | 'to', label: string): string | undefined => {
      const field = this.#field(name);
      const text = value(name);
      const ok = text === '' || parsePartialDate(text).ok;
      if (ok) field?.removeAttribute('aria-invalid');
      else field?.setAttribute('aria-invalid', 'true');
      if (!ok) invalid.push(`“${label}” must be a date such as 2011, 2011-03 or 2011-03-19.`);
      return ok && text ? text : undefined;
    };
    const kind = value('kind');
    const checked = this.#form.querySelector<HTMLInputElement>('input[name="group"]:checked')?.value;
    return {
      filters: {
        actor: value('actor') || undefined,
        topic: value('topic') || undefined,
        kind: kinds.find((known) => known === kind),
        from: date('from', 'From'),
        to: date('to', 'To'),
      },
      group: GROUP_BY.find((group) => group === checked) ?? DEFAULT_GROUP,
      invalid,
    };
  }

  showCount(text: string): void {
    if (this.#count.textContent !== text) this.#count.textContent = text;
  }

  #field(name: string): HTMLInputElement | HTMLSelectElement | undefined {
    const field = this.#form.elements.namedItem(name);
    return field instanceof HTMLInputElement || field instanceof HTMLSelectElement ? field : undefined;
  }
}
