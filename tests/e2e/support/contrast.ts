/**
 * WCAG contrast of what the reader sees: an element's text colour against the colour behind it,
 * found by walking up to the first ancestor with a background and blending translucent layers.
 */
import type { Locator } from '@playwright/test';

type Rgba = [number, number, number, number];

/** The element's text colour and the opaque colour behind it, as computed by the browser. */
export async function textAndBackground(element: Locator): Promise<{ text: Rgba; background: Rgba }> {
  return element.evaluate((node) => {
    const parse = (colour: string): [number, number, number, number] => {
      const [r = 0, g = 0, b = 0, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, colour.startsWith('rgba') ? a : 1];
    };
    const over = (top: number[], bottom: number[]): [number, number, number, number] => {
      const alpha = top[3] as number;
      return [0, 1, 2].map((i) => (top[i] as number) * alpha + (bottom[i] as number) * (1 - alpha)).concat(1) as [number, number, number, number];
    };
    const layers: number[][] = [];
    for (let current: Element | null = node; current; current = current.parentElement) {
      const colour = parse(getComputedStyle(current).backgroundColor);
      if (colour[3] > 0) layers.push(colour);
      if (colour[3] === 1) break;
    }
    // The canvas behind everything: the root's background, which every page sets.
    let background: [number, number, number, number] = [255, 255, 255, 1];
    for (const layer of layers.reverse()) background = over(layer, background);
    return { text: over(parse(getComputedStyle(node).color), background), background };
  });
}

function luminance([r, g, b]: Rgba): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2 contrast ratio, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
