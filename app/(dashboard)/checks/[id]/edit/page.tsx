import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireCtx } from "@/lib/auth/context";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { checkId } from "@/lib/schemas/check";
import { getCheckForEditing } from "@/lib/services/checks/edit";
import { listTags, tagsOfChecks } from "@/lib/services/checks/tags";
import { updateCheckAction } from "../../actions";
import { CheckForm } from "../../_components/check-form";
import { CheckTagsForm } from "../../_components/check-tags-form";
import { setCheckTagsAction } from "../actions";
import { EditorsOnly } from "../../_components/editors-only";
import { checkFormValues } from "../../_components/form-values";

export const metadata: Metadata = { title: "Edit check" };

/** The form, for editors; saved secrets show as "set" (see lib/schemas/check-config/secret-fields.ts). */
async function load(id: string) {
  const ctx = await requireCtx();
  const parsed = checkId.safeParse(id);
  if (!parsed.success) notFound();
  try {
    const editing = await getCheckForEditing(ctx, parsed.data);
    const [tags, chosen] = await Promise.all([listTags(ctx), tagsOfChecks(ctx, [parsed.data])]);
    return { ...editing, tags, chosen: (chosen.get(parsed.data) ?? []).map((tag) => tag.id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) return null;
    throw error;
  }
}

export default async function EditCheckPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  const editing = await load(id);
  if (!editing) return <EditorsOnly backHref={`/checks/${id}`} backLabel="Back to the check" />;
  const { check, members, tags, chosen } = editing;
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/checks/${check.id}`} className="text-sm text-slate-600 hover:underline">
          ← {check.name}
        </Link>
        <h1 className="text-2xl font-semibold">Edit check</h1>
        <p className="text-sm text-slate-600">Saving reschedules the check at once.</p>
      </div>
      <CheckForm action={updateCheckAction.bind(null, check.id)} submitLabel="Save changes" initialValues={checkFormValues(check)} members={members} />
      <section aria-labelledby="tags-heading" className="space-y-2">
        <h2 id="tags-heading" className="text-lg font-medium">Tags</h2>
        <CheckTagsForm tags={tags} chosen={chosen} action={setCheckTagsAction.bind(null, check.id)} />
      </section>
    </div>
  );
}
