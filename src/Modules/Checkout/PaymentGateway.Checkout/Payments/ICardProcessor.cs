namespace PaymentGateway.Checkout.Payments;

/// <summary>
/// A card acquirer. Money moves in <see cref="ChargeAsync"/>; when the session turns out to be no longer payable
/// (another submit won the race, or it expired meanwhile) the charge is undone with <see cref="VoidAsync"/>.
/// </summary>
internal interface ICardProcessor
{
    Task<CardResult> ChargeAsync(CardCharge charge, CancellationToken cancellationToken);

    Task VoidAsync(string paymentId, CancellationToken cancellationToken);
}
