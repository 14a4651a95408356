namespace PaymentGateway.Checkout.Persistence;

internal static class SessionStates
{
    /// <summary>
    /// The status a customer sees: a pending session past its expiry is expired already, before any background sweep
    /// writes that down. A charging one is not: its charge may have gone through, and only its resolution decides.
    /// </summary>
    public static string Effective(CheckoutSession session, DateTimeOffset now) =>
        session.Status == SessionStatus.Pending && session.ExpiresAt <= now ? SessionStatus.Expired : session.Status;

    /// <summary>
    /// The status partners read: the protocol knows no charging state, and a session being charged is still awaiting
    /// its payment (it may yet be declined), so they see pending until the outcome is decided.
    /// </summary>
    public static string ForPartner(CheckoutSession session, DateTimeOffset now)
    {
        var status = Effective(session, now);
        return status == SessionStatus.Charging ? SessionStatus.Pending : status;
    }
}
