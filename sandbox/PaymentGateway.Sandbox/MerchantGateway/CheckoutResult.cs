namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>
/// Outcome of asking the payment gateway for a hosted checkout: a checkout URL, or the error to show the customer.
/// </summary>
internal sealed record CheckoutResult(string? CheckoutUrl, string? SessionId, int? HttpStatus, string? ErrorCode, string? ErrorMessage)
{
    public bool Succeeded => CheckoutUrl is not null;

    public static CheckoutResult Success(string checkoutUrl, string? sessionId) => new(checkoutUrl, sessionId, null, null, null);

    public static CheckoutResult Failure(int? httpStatus, string code, string message) => new(null, null, httpStatus, code, message);
}
