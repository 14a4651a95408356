using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PaymentGateway.EndToEndTests.Pages;

/// <summary>The gateway's hosted checkout page, driven through its labels like a customer (or a screen reader) would.</summary>
internal static partial class CheckoutPage
{
    public const string ApprovedCard = "4242 4242 4242 4242";
    public const string DeclinedCard = "4000 0000 0000 0002";

    [GeneratedRegex("/pay/[^/]+$")]
    public static partial Regex UrlPattern();

    public static ILocator PayButton(IPage page) => page.GetByRole(AriaRole.Button, new() { NameRegex = PayButtonName() });

    /// <summary>Fills every field; the page keeps expiry and name after a decline but never the number or CVC.</summary>
    public static async Task FillCardAsync(IPage page, string number)
    {
        // Always in the future: December, three years from now.
        var expiry = "12/" + ((DateTime.UtcNow.Year + 3) % 100).ToString("00", CultureInfo.InvariantCulture);
        await page.GetByLabel("Card number").FillAsync(number);
        await page.GetByLabel("Expiry (MM/YY)").FillAsync(expiry);
        await page.GetByLabel("CVC").FillAsync("123");
        await page.GetByLabel("Name on card").FillAsync("Ada Lovelace");
    }

    public static async Task PayAsync(IPage page, string number)
    {
        await FillCardAsync(page, number);
        await PayButton(page).ClickAsync(Waits.NavigatingClick);
    }

    /// <summary>The labels of the card fields whose box sticks out of the card form, as laid out right now.</summary>
    public static Task<string[]> FieldsSpillingOutOfTheFormAsync(IPage page) =>
        page.Locator("form.pay-form input:not([type=hidden])").EvaluateAllAsync<string[]>("""
            inputs => inputs
                .filter(input => input.getBoundingClientRect().right > input.form.getBoundingClientRect().right + 0.5)
                .map(input => input.labels[0]?.textContent ?? input.name)
            """);

    [GeneratedRegex("^Pay")]
    private static partial Regex PayButtonName();
}
