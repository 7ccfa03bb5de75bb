/**
 * Every visible string of a public status page, in English. The other catalogues have the same
 * keys (the Messages type makes a missing one a compile error). `{name}` is a variable; an object
 * is a plural, chosen by Intl.PluralRules on the `count` variable.
 */
export const en = {
  "shell.skip": "Skip to content",
  "shell.website": "Visit website",
  "shell.darkTheme": "Dark theme",
  "shell.subscribe": "Subscribe",
  "shell.history": "History",
  "shell.api": "JSON API",
  "shell.poweredBy": "Powered by Pingpage",
  "shell.currentStatus": "← Current status",

  "overall.label": "Overall status",
  "overall.none": "No components yet",
  "overall.operational": "All systems operational",
  "overall.degraded_performance": "Degraded performance",
  "overall.partial_outage": "Partial outage",
  "overall.major_outage": "Major outage",
  "overall.under_maintenance": "Under maintenance",
  "overall.pending": "Checking systems…",

  "state.operational": "Operational",
  "state.degraded_performance": "Degraded performance",
  "state.partial_outage": "Partial outage",
  "state.major_outage": "Major outage",
  "state.under_maintenance": "Under maintenance",
  "state.pending": "Pending",

  "section.activeIncidents": "Active incidents",
  "section.maintenanceNow": "Maintenance in progress",
  "section.components": "Components",
  "section.componentsHint": "Uptime per day; focus or hover a day for its figures (use the arrow keys).",
  "section.maintenanceUpcoming": "Scheduled maintenance",
  "section.pastIncidents": "Past incidents",
  "components.none": "This page has no components yet.",

  "uptime.daysAgo": "{count} days ago",
  "uptime.today": "Today",
  "uptime.percent": "{percent} uptime",
  "uptime.noData": "No data yet",
  "uptime.summary": "{percent} uptime over {days} days, {downtime} with downtime",
  "uptime.summaryNoData": "no data yet for the last {days} days",
  "uptime.downDays": { zero: "no days", one: "{count} day", other: "{count} days" },
  "uptime.dayNoData": "{date}: no data",
  "uptime.day": "{date}: {percent} uptime, {outage}",
  "uptime.dayDown": "{duration} down",
  "uptime.dayNoDowntime": "no downtime",

  "duration.minutes": "{minutes} min",
  "duration.hours": "{hours} h",
  "duration.hoursMinutes": "{hours} h {minutes} min",

  "chart.none": "No response times in the last 24 hours.",
  "chart.label": "{name} response time, last 24 hours: mean {mean}, highest hourly mean {peak}",
  "chart.from": "24 h ago",
  "chart.summary": "Mean {mean} · peak {peak}",
  "chart.now": "Now",

  "incident.status.investigating": "Investigating",
  "incident.status.identified": "Identified",
  "incident.status.monitoring": "Monitoring",
  "incident.status.resolved": "Resolved",
  "incident.status.scheduled": "Scheduled",
  "incident.status.in_progress": "In progress",
  "incident.status.completed": "Completed",
  "incident.impact.none": "No impact",
  "incident.impact.minor": "Minor impact",
  "incident.impact.major": "Major impact",
  "incident.impact.critical": "Critical impact",
  "incident.started": "started {time}",
  "incident.affects": "Affects: {components}",
  "incident.report": "Incident report",
  "incident.noneOnDay": "No incidents reported.",
  "incident.historyLink": "Incident history →",

  "history.title": "Incident history: {month}",
  "history.none": "No incidents reported in {month}.",
  "history.months": "Months",

  "unlock.title": "This status page is protected",
  "unlock.hint": "Enter the password you were given to see it.",
  "unlock.password": "Password",
  "unlock.submit": "View status",
  "unlock.checking": "Checking…",
  "unlock.empty": "Enter the page's password",
  "unlock.tooLong": "That password is too long",
  "unlock.wrong": "That password is not correct. Check it and try again.",
  "unlock.failed": "Something went wrong. Please try again.",

  "meta.title": "{name} status",
  "meta.history": "Incident history",
  "meta.incident": "Incident",
  "meta.description": "Current status of {name}",

  "embed.viewStatus": "View the status page of {name}",
} as const;

type Plural = { zero?: string; one?: string; two?: string; few?: string; many?: string; other: string };
export type Messages = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural };
export type MessageKey = keyof Messages;
