using Microsoft.Playwright;

namespace PaymentGateway.EndToEndTests.Infrastructure;

/// <summary>
/// One headless Chromium for the whole run, driven by Playwright. The browser is Debian's <c>chromium</c> package,
/// never Playwright's download (which is not reachable from CI): <c>PAYMENTGATEWAY_TEST_CHROMIUM</c> or /usr/bin/chromium.
/// Each test gets its own context (cookies, storage), so tests never share a session.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumVariable = "PAYMENTGATEWAY_TEST_CHROMIUM";

    // Flags for a container without a user namespace sandbox or GPU, and no calls home during tests.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(ChromiumVariable);
        var executable = string.IsNullOrWhiteSpace(configured) ? "/usr/bin/chromium" : configured;
        if (!File.Exists(executable))
            throw new InvalidOperationException(
                $"No Chromium at {executable}: install Debian's chromium package (scripts/test.sh does) or set {ChromiumVariable}.");

        // Pages render on a busy 2-core CI machine next to two apps and PostgreSQL: Playwright's 5 s default is tight.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh browser profile with a desktop-sized window.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1100, Height = 900 },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
