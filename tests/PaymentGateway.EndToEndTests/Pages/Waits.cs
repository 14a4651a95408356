using Microsoft.Playwright;

namespace PaymentGateway.EndToEndTests.Pages;

/// <summary>
/// Timeouts for clicks that navigate through several parties: Buy (merchant → merchant gateway → gateway, with
/// metadata fetches) and Pay (charge, settlement, proof delivery). The first of each in a run is cold (JIT, first
/// queries, empty metadata caches), and CI machines are small and shared; a slow first step is not a failure.
/// </summary>
internal static class Waits
{
    public const float NavigationMilliseconds = 60_000;

    public static LocatorClickOptions NavigatingClick => new() { Timeout = NavigationMilliseconds };

    public static PageWaitForURLOptions Url => new() { Timeout = NavigationMilliseconds };
}
