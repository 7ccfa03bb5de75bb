import { sql } from "drizzle-orm";
import { check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { checks } from "./checks";
import { workspaces } from "./workspaces";

/** A workspace's labels for checks ("production", "eu"), each with a colour; alert policies match on them. */
export const tags = pgTable(
  "tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    workspaceId: uuid("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** A colour name from lib/schemas/tag.ts's palette, so every tag stays readable in light and dark. */
    colour: text("colour").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // "Prod" and "prod" are one tag to a person.
    uniqueIndex("tags_workspace_name_idx").on(t.workspaceId, sql`lower(${t.name})`),
    check("tags_name_length", sql`char_length(${t.name}) between 1 and 40`),
  ],
);

export const checkTags = pgTable(
  "check_tags",
  {
    checkId: uuid("check_id")
      .notNull()
      .references(() => checks.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
  },
  // The key serves "tags of these checks"; the index serves the list's tag filter.
  (t) => [primaryKey({ columns: [t.checkId, t.tagId] }), index("check_tags_tag_idx").on(t.tagId, t.checkId)],
);
