// Citation.js ships no types; the tests use only this much of it, to parse RIS independently.
declare module '@citation-js/core' {
  export class Cite {
    static async(input: string, options?: { forceType?: string }): Promise<{ data: Record<string, unknown> & { title?: string; URL?: string }[] }>;
  }
}
declare module '@citation-js/plugin-ris';
