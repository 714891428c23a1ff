/**
 * Words for measures. A measure is an id shared by all count claims about the same thing;
 * known ones read better with their proper nouns, and any other id is shown as words.
 */
const LABELS: Record<string, string> = {
  'agents-in-mexico': 'U.S. agents in Mexico',
  'narcotics-affairs-section-staff': 'Narcotics Affairs Section staff',
  'drug-violence-deaths': 'Deaths in drug-trafficking violence',
};

export function measureLabel(measure: string): string {
  const known = LABELS[measure];
  if (known) return known;
  const words = measure.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
