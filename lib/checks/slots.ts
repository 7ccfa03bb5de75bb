/**
 * A check's runs sit on a grid of its interval, shifted by a phase derived from its id, so that
 * thousands of checks with the same interval are spread over it instead of firing together.
 * The database computes the same grid in `pingpage_next_slot` (migration 0002_scheduler).
 */
export function slotPhaseMs(checkId: string, intervalSeconds: number): number {
  const leading = Number.parseInt(checkId.replace(/-/g, "").slice(0, 8), 16);
  return leading % (intervalSeconds * 1000);
}

/** The first slot of the check's grid strictly after `afterMs` (epoch milliseconds). */
export function nextSlotMs(checkId: string, intervalSeconds: number, afterMs: number): number {
  const step = intervalSeconds * 1000;
  const phase = slotPhaseMs(checkId, intervalSeconds);
  return phase + step * (Math.floor((afterMs - phase) / step) + 1);
}

/** Every slot of the check's grid in [fromMs, toMs). */
export function slotsBetween(checkId: string, intervalSeconds: number, fromMs: number, toMs: number): number[] {
  const slots: number[] = [];
  for (let slot = nextSlotMs(checkId, intervalSeconds, fromMs - 1); slot < toMs; slot += intervalSeconds * 1000) {
    slots.push(slot);
  }
  return slots;
}
