namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// The sandbox's test-card convention: 4000 0000 0000 0002 is declined, 4000 0000 0000 9995 is declined for
/// insufficient funds, every other (Luhn-valid) number is approved.
/// </summary>
internal static class SandboxCards
{
    public const string DeclinedCard = "4000000000000002";
    public const string InsufficientFundsCard = "4000000000009995";

    public static CardResult Decide(string number) => number switch
    {
        DeclinedCard => CardResult.Decline("card_declined", "Your card was declined."),
        InsufficientFundsCard => CardResult.Decline("insufficient_funds", "Your card has insufficient funds."),
        _ => CardResult.Approve(),
    };
}
