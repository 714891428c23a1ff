/**
 * The chronological list under the timeline. The server writes it inside `<noscript>`, which a
 * browser running scripts keeps as one piece of text, so a list of thousands of entries does
 * not hold back the timeline. It is the page's own markup: `reveal()` parses it once the
 * timeline has been painted (or could not be drawn), a year at a time so the page stays
 * responsive; then it follows the filters and the selection.
 */
import { splitBeforeSections } from './list-markup.ts';

export class ChronologicalList {
  readonly #root: HTMLElement;
  readonly #items = new Map<string, HTMLElement>();
  readonly #years: HTMLElement[] = [];
  #revealed = false;
  #shown: { ids: ReadonlySet<string>; years: ReadonlySet<string> } | undefined;
  #selectedId: string | undefined;
  #selected: HTMLElement | undefined;

  constructor(root: HTMLElement) {
    this.#root = root;
  }

  /** Parses the list out of its `<noscript>`, then applies the filters and selection given so far. */
  async reveal(): Promise<void> {
    if (this.#revealed) return;
    this.#revealed = true;
    this.#root.querySelector('[data-list-pending]')?.remove();
    const noscript = this.#root.querySelector('noscript');
    if (!noscript) return;
    const markup = noscript.textContent ?? '';
    noscript.remove();
    const template = document.createElement('template');
    let since = performance.now();
    for (const piece of splitBeforeSections(markup)) {
      template.innerHTML = piece;
      for (const section of [...template.content.querySelectorAll<HTMLElement>('[data-year]')]) {
        this.#root.append(section);
        this.#years.push(section);
        for (const li of section.querySelectorAll<HTMLElement>('li[data-entry-id]')) this.#items.set(li.dataset.entryId ?? '', li);
      }
      // Let the browser paint and answer input between pieces, every frame or so.
      if (performance.now() - since > 12) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        since = performance.now();
      }
    }
    this.#applyFilter();
    this.#applySelection();
  }

  /** Shows only these entries (and the years that hold them). */
  filter(ids: ReadonlySet<string>, years: ReadonlySet<string>): void {
    this.#shown = { ids, years };
    this.#applyFilter();
  }

  /** Marks the selected entry's item. */
  select(id: string | undefined): void {
    this.#selectedId = id;
    this.#applySelection();
  }

  #applyFilter(): void {
    const shown = this.#shown;
    if (!shown) return;
    // Only what changes is written: with thousands of entries, each write costs a restyle.
    for (const [id, li] of this.#items) {
      const hide = !shown.ids.has(id);
      if (li.hidden !== hide) li.hidden = hide;
    }
    for (const year of this.#years) {
      const hide = !shown.years.has(year.dataset.year ?? '');
      if (year.hidden !== hide) year.hidden = hide;
    }
  }

  #applySelection(): void {
    const item = this.#selectedId ? this.#items.get(this.#selectedId) : undefined;
    if (item === this.#selected) return;
    this.#selected?.classList.remove('is-selected');
    item?.classList.add('is-selected');
    this.#selected = item;
  }
}
