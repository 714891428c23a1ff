export const SITE_NAME = 'U.S. Agents in Mexico: a sourced timeline';
export const SITE_DESCRIPTION =
  'Sourced claims about how many U.S. federal agents worked in Mexico, what their agencies did, and ATF’s Operation Fast and Furious: every claim quoted verbatim from its source.';
