using System.Text.RegularExpressions;

namespace PaymentGateway.ArchitectureTests;

/// <summary>
/// Parse input once, at the edge: in the /checkout/create and /transfer/create slices the amount with its currency
/// (Money) and the return URLs (RedirectUrl) are parsed by the slice's binder alone, next to the text they come from.
/// The validator words what that parse found and the handler gets the parsed values; a second parse elsewhere in the
/// slice would be a second judgement of the same text (in the validator's mode or the endpoint's) that nothing keeps
/// in step with the first.
/// </summary>
public sealed partial class ParseOnceTests
{
    private static string Slice(string module, string feature) =>
        Path.Combine(Repository.Root, "src", "Modules", module, "PaymentGateway." + module, "Features", feature);

    private static List<string> ParsesIn(string slice) =>
        Directory.EnumerateFiles(slice, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Parse().Matches(File.ReadAllText(file)).Select(match => $"{Path.GetFileName(file)}: {match.Groups["type"].Value}.Parse"))
            .Order(StringComparer.Ordinal)
            .ToList();

    [Fact]
    public void Only_the_create_binder_parses_the_amount_and_the_return_urls_each_in_one_place() =>
        Assert.Equal(["CreateCheckoutRequestBinder.cs: Money.Parse", "CreateCheckoutRequestBinder.cs: RedirectUrl.Parse"],
            ParsesIn(Slice("Checkout", "CreateCheckout")));

    [Fact]
    public void Only_the_transfer_create_binder_parses_the_amount_in_one_place() =>
        Assert.Equal(["CreateTransferRequestBinder.cs: Money.Parse"], ParsesIn(Slice("Settlement", "CreateTransfer")));

    // The webhook's binder reads a proof's fields leniently: the handler judges them after the signature, in the
    // protocol's order, with INVALID_PROOF. It parses the money there, once.
    [Fact]
    public void The_transfer_webhook_parses_the_proofs_amount_in_one_place() =>
        Assert.Equal(["ReceiveTransferHandler.cs: Money.Parse"], ParsesIn(Slice("Settlement", "ReceiveTransfer")));

    [GeneratedRegex(@"\b(?<type>Money|RedirectUrl)\s*\.\s*Parse\s*\(")]
    private static partial Regex Parse();
}
