using System.Text.RegularExpressions;

namespace PaymentGateway.ArchitectureTests;

/// <summary>
/// Parse input once, at the edge: in the /checkout/create slice the amount with its currency (Money) and the return
/// URLs (RedirectUrl) are parsed by the binder alone, next to the text they come from. The validator words what
/// that parse found and the handler gets the parsed values; a second parse elsewhere in the slice would be a second
/// judgement of the same text (in the validator's mode or the endpoint's) that nothing keeps in step with the first.
/// </summary>
public sealed partial class ParseOnceTests
{
    private static readonly string CreateCheckoutSlice =
        Path.Combine(Repository.Root, "src", "Modules", "Checkout", "PaymentGateway.Checkout", "Features", "CreateCheckout");

    [Fact]
    public void Only_the_create_binder_parses_the_amount_and_the_return_urls_each_in_one_place()
    {
        var parses = Directory.EnumerateFiles(CreateCheckoutSlice, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Parse().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetFileName(file)}: {match.Groups["type"].Value}.Parse"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(["CreateCheckoutRequestBinder.cs: Money.Parse", "CreateCheckoutRequestBinder.cs: RedirectUrl.Parse"], parses);
    }

    [GeneratedRegex(@"\b(?<type>Money|RedirectUrl)\s*\.\s*Parse\s*\(")]
    private static partial Regex Parse();
}
