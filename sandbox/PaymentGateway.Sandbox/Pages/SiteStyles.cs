namespace PaymentGateway.Sandbox.Pages;

/// <summary>
/// The one stylesheet, served from <c>/site.css</c> so the CSP can forbid inline styles (style-src 'self').
/// System fonts only: no external assets.
/// </summary>
internal static class SiteStyles
{
    public const string Path = "/site.css";

    public const string Css = """
        :root { color-scheme: light dark; --accent: #0b57d0; --muted: #5f6368; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
        header, main, footer { max-width: 44rem; margin: 0 auto; padding: 1rem; }
        header { border-bottom: 1px solid #8884; }
        header p { margin: 0; color: var(--muted); }
        nav { display: flex; flex-wrap: wrap; gap: 1rem; margin-top: 0.25rem; }
        h2 { font-size: 1.2rem; margin: 1rem 0 0.5rem; }
        table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: 0.9rem; }
        caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
        th, td { border-bottom: 1px solid #8884; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
        .balances dd { font-variant-numeric: tabular-nums; font-size: 1.25rem; }
        input { font: inherit; padding: 0.375rem 0.5rem; }
        h1 { font-size: 1.5rem; margin: 0.5rem 0; }
        ul.products { list-style: none; padding: 0; display: grid; gap: 1rem; }
        ul.products li { border: 1px solid #8886; border-radius: 0.5rem; padding: 1rem; display: grid; gap: 0.25rem; }
        .name { font-weight: 600; font-size: 1.1rem; margin: 0; }
        .price { font-variant-numeric: tabular-nums; margin: 0; }
        .description { color: var(--muted); margin: 0; }
        button { font: inherit; min-height: 44px; padding: 0.5rem 1.25rem; border: 0; border-radius: 0.375rem;
                 background: var(--accent); color: #fff; cursor: pointer; justify-self: start; }
        button:focus-visible, a:focus-visible { outline: 3px solid #f9ab00; outline-offset: 2px; }
        .status { padding: 1rem; border-radius: 0.5rem; border: 1px solid #8886; }
        .paid { border-color: #188038; }
        .failed { border-color: #d93025; }
        code { word-break: break-all; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
        dd { margin: 0; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        """;
}
