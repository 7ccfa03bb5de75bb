import { appUrl } from "@/lib/accounts/app-url";

/** Links in messages point at the app's own address, which serves every page under /s/<slug>. */
export function pageLink(slug: string): string {
  return `${appUrl()}/s/${slug}`;
}

export function subscriptionLinks(slug: string, manageToken: string) {
  const page = pageLink(slug);
  return {
    page,
    manage: `${page}/subscription/${manageToken}`,
    /** RFC 8058: a POST here unsubscribes at once; a GET shows the manage page. */
    unsubscribe: `${appUrl()}/api/subscriptions/${manageToken}/unsubscribe`,
  };
}

export function confirmationLink(slug: string, confirmToken: string): string {
  return `${appUrl()}/s/${slug}/subscription/confirm/${confirmToken}`;
}
