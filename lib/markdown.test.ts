import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders the Markdown people write in updates", () => {
    expect(renderMarkdown("We are **investigating** errors on `/api`.")).toBe("<p>We are <strong>investigating</strong> errors on <code>/api</code>.</p>");
    expect(renderMarkdown("- one\n- two")).toContain("<li>one</li>");
    expect(renderMarkdown("[docs](https://example.com)")).toBe('<p><a href="https://example.com">docs</a></p>');
  });

  it("escapes HTML instead of injecting it", () => {
    const html = renderMarkdown('<script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;script&gt;");
  });

  it("drops script URLs from links and images", () => {
    expect(renderMarkdown("[click](javascript:alert(1))")).toBe('<p><a href="">click</a></p>');
    expect(renderMarkdown("![x](data:text/html;base64,PHNjcmlwdD4=)")).not.toContain("data:");
  });
});
