/**
 * The site's public address. A build without `SITE_URL` uses the local preview server's, which
 * only works on the machine that built it: such a build must never present a page's address as
 * one to cite or share.
 */

/** The address `npm start` serves the site on, used when `SITE_URL` is not set. */
export const LOCAL_SITE_URL = 'http://localhost:4321';

/** What citations say instead of an address in a local build. */
export const LOCAL_PREVIEW_NOTE = 'local preview: this copy of the site has no public address';

/** Whether an address is reachable only on this machine: localhost, 127.0.0.0/8, [::1], *.localhost. */
export function isLocalAddress(address: string | URL): boolean {
  const { hostname } = new URL(address);
  return (
    hostname === 'localhost' || hostname.endsWith('.localhost') || /^127(?:\.\d{1,3}){3}$/.test(hostname) || hostname === '[::1]' || hostname === '0.0.0.0'
  );
}

/** The address to cite for a page, or undefined when the build has only a local one. */
export function citableAddress(address: string): string | undefined {
  return isLocalAddress(address) ? undefined : address;
}
