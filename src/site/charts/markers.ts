/**
 * Marker shapes for chart series, as SVG path data: each series has a shape as well as a colour,
 * so that the series can be told apart without colour (and in print).
 */
const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;
export type MarkerShape = (typeof SHAPES)[number];

export function seriesShape(index: number): MarkerShape {
  return SHAPES[index % SHAPES.length] as MarkerShape;
}

const f = (n: number) => Number(n.toFixed(2));

/** Path data of a marker of about `r` radius centred at (x, y). */
export function markerPath(shape: MarkerShape, x: number, y: number, r = 5): string {
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'square': {
      const s = r * 0.9;
      return `M${f(x - s)},${f(y - s)}h${f(2 * s)}v${f(2 * s)}h${f(-2 * s)}Z`;
    }
    case 'triangle': {
      const s = r * 1.2;
      return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y + s * 0.8)}L${f(x - s)},${f(y + s * 0.8)}Z`;
    }
    case 'triangle-down': {
      const s = r * 1.2;
      return `M${f(x)},${f(y + s)}L${f(x + s)},${f(y - s * 0.8)}L${f(x - s)},${f(y - s * 0.8)}Z`;
    }
    case 'diamond': {
      const s = r * 1.25;
      return `M${f(x)},${f(y - s)}L${f(x + s)},${f(y)}L${f(x)},${f(y + s)}L${f(x - s)},${f(y)}Z`;
    }
    case 'cross': {
      const s = r * 0.45;
      const l = r * 1.1;
      return `M${f(x - s)},${f(y - l)}h${f(2 * s)}v${f(l - s)}h${f(l - s)}v${f(2 * s)}h${f(s - l)}v${f(l - s)}h${f(-2 * s)}v${f(s - l)}h${f(s - l)}v${f(-2 * s)}h${f(l - s)}Z`;
    }
  }
}

/** An arrowhead path for an open-ended figure, from (x, y) towards `direction` over `length`. */
export function arrowPath(x: number, y: number, direction: 'up' | 'down', length = 16): string {
  const sign = direction === 'up' ? -1 : 1;
  const tip = y + sign * length;
  return `M${f(x)},${f(y)}V${f(tip)}M${f(x - 4)},${f(tip - sign * 6)}L${f(x)},${f(tip)}L${f(x + 4)},${f(tip - sign * 6)}`;
}
