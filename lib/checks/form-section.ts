import type { ComponentType } from "react";
import type { CheckTypeMeta } from "./define";

/** A check another check may include (composites); offered from the form's own workspace only. */
export type MemberOption = { id: string; name: string };

/** What the check form gives every type's section; most sections need none of it. */
export type FormSectionProps = { members: MemberOption[] };

/** One type as the browser's form knows it: its name, whether it is probed, and its fields. */
export type CheckTypeForm = CheckTypeMeta & { Fields: ComponentType<FormSectionProps> };
