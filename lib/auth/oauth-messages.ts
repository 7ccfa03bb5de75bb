import { providerName } from "./oauth-providers";

/** What the sign-in and sign-in methods pages say for an OAuth error code in their query string. */
export function oauthErrorMessage(code: string, provider: string | undefined): string {
  const name = providerName(provider ?? "");
  switch (code) {
    case "OAuthAccountExists":
      return `An account with this e-mail already exists. Sign in with your password, then link ${name} under Account → Sign-in methods.`;
    case "OAuthEmailUnverified":
      return `${name} has not verified this e-mail address. Verify it with ${name} first, or create an account with a password.`;
    case "OAuthLinkedElsewhere":
      return `This ${name} account is already linked to another Pingpage account.`;
    case "OAuthNoEmail":
      return `${name} did not share an e-mail address with Pingpage.`;
    case "AccessDenied":
      return "Sign-in was cancelled or denied.";
    default:
      return "Sign-in failed. Please try again.";
  }
}
