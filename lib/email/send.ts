/** For user-chosen text in mail HTML. Messages are sent by the worker: see lib/email/enqueue.ts. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
