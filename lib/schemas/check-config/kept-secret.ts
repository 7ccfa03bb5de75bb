/**
 * What a form (or an API client) sends for a saved secret it does not replace: the service swaps it
 * for the stored value, so secrets never travel back to a browser to be re-submitted.
 */
export const KEPT_SECRET = "__pingpage_kept_secret__";
