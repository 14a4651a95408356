namespace PaymentGateway.Settlement.Delivery;

/// <summary>What one attempt amounted to, with a short reason for the attempts table (never more than 500 chars).</summary>
internal sealed record ClassifiedResponse(DeliveryOutcome Outcome, int? HttpStatus, string Reason)
{
    public const int MaxReasonLength = 500;

    public static ClassifiedResponse Of(DeliveryOutcome outcome, int? httpStatus, string reason) =>
        new(outcome, httpStatus, reason.Length <= MaxReasonLength ? reason : reason[..MaxReasonLength]);
}
