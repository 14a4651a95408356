namespace PaymentGateway.Checkout.Persistence;

internal static class SessionStates
{
    /// <summary>
    /// The status a customer or partner sees: a pending session past its expiry is expired already, before any
    /// background sweep writes that down.
    /// </summary>
    public static string Effective(CheckoutSession session, DateTimeOffset now) =>
        session.Status == SessionStatus.Pending && session.ExpiresAt <= now ? SessionStatus.Expired : session.Status;
}
