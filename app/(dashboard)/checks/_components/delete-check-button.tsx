"use client";

import type { ActionButtonProps } from "@/components/ui/action-button";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

/** Deleting loses the check's history, so it asks first. */
export function DeleteCheckButton({ name, action, disabledReason }: { name: string } & Pick<ActionButtonProps, "action" | "disabledReason">) {
  return (
    <ConfirmActionButton action={action} disabledReason={disabledReason} label="Delete" title={`Delete “${name}”?`} confirmLabel="Delete check">
      Its runs, uptime history and outages are deleted too, and status pages stop showing it. This cannot be undone.
    </ConfirmActionButton>
  );
}
