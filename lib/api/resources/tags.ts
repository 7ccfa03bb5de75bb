import { z } from "zod";
import { tagId, tagInput } from "@/lib/schemas/tag";
import { createTag, deleteTag, listTags, updateTag, type Tag } from "@/lib/services/checks/tags";
import { ApiProblem } from "../problem";
import { operation } from "../operation";

export const tagView = (tag: Tag) => ({ id: tag.id, name: tag.name, colour: tag.colour });
const tagSchema = z.object({ id: z.uuid(), name: z.string(), colour: z.string() }).meta({ id: "Tag" });
const tagParams = z.object({ tagId });

export const tagOperations = [
  operation({
    id: "listTags",
    method: "GET",
    path: "/tags",
    tag: "Tags",
    summary: "List the workspace's check tags",
    response: z.object({ items: z.array(tagSchema) }),
    run: async (ctx) => ({ items: (await listTags(ctx)).map(tagView) }),
  }),
  operation({
    id: "createTag",
    method: "POST",
    path: "/tags",
    tag: "Tags",
    summary: "Create a tag",
    body: tagInput,
    response: tagSchema,
    status: 201,
    run: async (ctx, { body }) => tagView(await createTag(ctx, body)),
  }),
  operation({
    id: "getTag",
    method: "GET",
    path: "/tags/{tagId}",
    tag: "Tags",
    summary: "Read a tag",
    params: tagParams,
    response: tagSchema,
    run: async (ctx, { params }) => {
      const tag = (await listTags(ctx)).find((candidate) => candidate.id === params.tagId);
      if (!tag) throw new ApiProblem(404, "Tag not found");
      return tagView(tag);
    },
  }),
  operation({
    id: "updateTag",
    method: "PUT",
    path: "/tags/{tagId}",
    tag: "Tags",
    summary: "Rename or recolour a tag",
    params: tagParams,
    body: tagInput,
    response: tagSchema,
    run: async (ctx, { params, body }) => {
      await updateTag(ctx, params.tagId, body);
      return { id: params.tagId, name: body.name, colour: body.colour };
    },
  }),
  operation({
    id: "deleteTag",
    method: "DELETE",
    path: "/tags/{tagId}",
    tag: "Tags",
    summary: "Delete a tag (its checks keep running)",
    params: tagParams,
    status: 204,
    run: (ctx, { params }) => deleteTag(ctx, params.tagId),
  }),
];
