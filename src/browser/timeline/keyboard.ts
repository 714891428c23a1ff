/**
 * The timeline's keys and what it says. With the timeline focused (`role="application"`), the
 * arrow keys move through its boxes in time (entries and clusters), Home and End to the first
 * and last, Enter opens the entry or zooms into the cluster, Escape clears the selection, + and
 * − zoom. Whatever is chosen is announced in a polite live region.
 */
import type { Step } from '../../site/timeline/state.ts';

export type KeyAction = { type: 'step'; step: Step } | { type: 'open' } | { type: 'clear' } | { type: 'zoom'; direction: 'in' | 'out' };

const STEPS: Record<string, Step> = { ArrowRight: 'next', ArrowLeft: 'previous', Home: 'first', End: 'last' };

/** What a key press asks for, or undefined when the timeline leaves it to the browser. */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): KeyAction | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
  const step = STEPS[event.key];
  if (step) return { type: 'step', step };
  if (event.key === 'Enter') return { type: 'open' };
  if (event.key === 'Escape') return { type: 'clear' };
  if (event.key === '+' || event.key === '=') return { type: 'zoom', direction: 'in' };
  if (event.key === '-' || event.key === '−') return { type: 'zoom', direction: 'out' };
  return undefined;
}

/** The polite live region: says a text, again if it is the same as the last one. */
export class Announcer {
  readonly #region: HTMLElement;

  constructor(region: HTMLElement) {
    this.#region = region;
  }

  say(text: string): void {
    this.#region.textContent = '';
    requestAnimationFrame(() => {
      this.#region.textContent = text;
    });
  }
}
