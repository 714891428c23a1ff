import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import remarkSafeLinks from '../../../../src/domain/markdown/remark-safe-links.ts';
import remarkStripHtml from '../../../../src/domain/markdown/remark-strip-html.ts';

// The same plugins, in the same order, as astro.config.mjs gives Astro's unified processor.
async function render(markdown: string, base = '/'): Promise<string> {
  const processor = await createMarkdownProcessor({
    remarkPlugins: [remarkStripHtml, [remarkSafeLinks, { base }]],
    syntaxHighlight: false,
  });
  return (await processor.render(markdown)).code;
}

/** Renders with the processor astro.config.mjs gives Astro, options and all. */
async function renderAsConfigured(markdown: string): Promise<string> {
  const { default: config } = await import('../../../../astro.config.mjs');
  const processor = config.markdown?.processor;
  if (!processor || !('createRenderer' in processor)) throw new Error('astro.config.mjs sets no markdown processor');
  const renderer = await processor.createRenderer({ syntaxHighlight: false });
  return (await renderer.render(markdown)).code;
}

describe('rendering Markdown bodies', () => {
  it('keeps punctuation as written: no curly quotes, dashes or ellipses made up', async () => {
    const html = await renderAsConfigured('The copy reads “(Homeland Security). "USMS"” and \'DEA\': criminals -- this was the plan --- so... it said.');
    expect(html).toContain('<p>The copy reads “(Homeland Security). "USMS"” and \'DEA\': criminals -- this was the plan --- so... it said.</p>');
  });

  it('turns cross-links into site paths under the base', async () => {
    const html = await render('See [the count](entry:pgr-500-agents) and [ATF](actor:atf#entries).', '/site/');
    expect(html).toContain('<a href="/site/entries/pgr-500-agents/">the count</a>');
    expect(html).toContain('<a href="/site/actors/atf/#entries">ATF</a>');
  });

  it('gives external links rel="noopener noreferrer"', async () => {
    const html = await render('[GAO](https://www.gao.gov/)');
    expect(html).toContain('<a href="https://www.gao.gov/" rel="noopener noreferrer">GAO</a>');
  });

  it('drops raw HTML, block and inline, that slipped past validation', async () => {
    const html = await render('<script>window.pwned = 1</script>\n\nText <img src=x onerror="alert(1)"> more.');
    expect(html).not.toMatch(/<script|<img|onerror/i);
    expect(html).toContain('Text');
    expect(html).toContain('more.');
  });

  it('unwraps links with unsafe schemes, keeping their text', async () => {
    const html = await render('[click](JaVaScRiPt:alert(1)) and ![x](data:image/png;base64,AAAA)');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('click');
  });

  it('leaves relative links and fragments alone', async () => {
    const html = await render('[method](/methodology/) and [top](#top)');
    expect(html).toContain('<a href="/methodology/">method</a>');
    expect(html).toContain('<a href="#top">top</a>');
  });
});
