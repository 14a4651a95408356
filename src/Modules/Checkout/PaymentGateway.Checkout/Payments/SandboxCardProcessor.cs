namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// A processor that moves no money, with the usual test-card convention: 4000 0000 0000 0002 is declined,
/// 4000 0000 0000 9995 is declined for insufficient funds, every other (Luhn-valid) number is approved.
/// </summary>
internal sealed class SandboxCardProcessor : ICardProcessor
{
    public const string DeclinedCard = "4000000000000002";
    public const string InsufficientFundsCard = "4000000000009995";

    public Task<CardResult> ChargeAsync(CardCharge charge, CancellationToken cancellationToken) =>
        Task.FromResult(charge.Card.Number switch
        {
            DeclinedCard => CardResult.Decline("card_declined", "Your card was declined."),
            InsufficientFundsCard => CardResult.Decline("insufficient_funds", "Your card has insufficient funds."),
            _ => CardResult.Approve(),
        });

    public Task VoidAsync(string paymentId, CancellationToken cancellationToken) => Task.CompletedTask;
}
