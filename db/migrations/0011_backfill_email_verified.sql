-- Accounts created before e-mail verification existed count as verified. An instance upgraded
-- without any mail transport configured would otherwise lock every user out of the dashboard,
-- with no way to receive the link that unlocks it.
UPDATE "users" SET "email_verified_at" = "created_at" WHERE "email_verified_at" IS NULL;
