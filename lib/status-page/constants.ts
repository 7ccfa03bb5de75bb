/** How many days of past incidents the front page lists; older ones are on the history pages. */
export const RECENT_INCIDENT_DAYS = 14;
