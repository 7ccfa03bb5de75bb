CREATE TYPE "public"."page_language" AS ENUM('auto', 'en', 'de', 'fr', 'es', 'pt', 'ja');--> statement-breakpoint
ALTER TABLE "pages" ADD COLUMN "language" "page_language" DEFAULT 'auto' NOT NULL;