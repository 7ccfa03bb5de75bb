import { expect, test } from "@playwright/test";
import { signUp } from "../support/accounts";

// Issue 7, defect 7: a sign-in link must not bounce the user to another site.
for (const callbackUrl of ["/%09/evil.example", "//evil.example", "/%5Cevil.example", "https://evil.example/"]) {
  test(`sign-in with callbackUrl=${callbackUrl} stays on this site`, async ({ page, baseURL }) => {
    const { email, password } = await signUp(page);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);

    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/checks`);
  });
}
