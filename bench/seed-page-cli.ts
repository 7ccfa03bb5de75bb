import { closeDb, db } from "@/lib/db";
import { seedBenchPage } from "./page-seed";

/** `DATABASE_URL=… node --conditions=react-server --import tsx bench/seed-page-cli.ts`: prints the new page's slug. */
seedBenchPage(db)
  .then(async ({ slug }) => {
    console.log(slug);
    await closeDb();
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
