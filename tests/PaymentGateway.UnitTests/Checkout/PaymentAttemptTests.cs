using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.UnitTests.Checkout;

public sealed class PaymentAttemptTests
{
    [Fact]
    public void Key_and_payment_id_are_derived_from_session_and_attempt_so_every_host_names_one_charge_alike()
    {
        var attempt = new PaymentAttempt("cs_0123456789abcdef0123456789abcdef", 2);

        Assert.Equal("cs_0123456789abcdef0123456789abcdef:2", attempt.IdempotencyKey);
        Assert.Equal(attempt.PaymentId, new PaymentAttempt(attempt.SessionId, 2).PaymentId);
        Assert.NotEqual(attempt.PaymentId, new PaymentAttempt(attempt.SessionId, 3).PaymentId);
        Assert.Matches("^pay_[0-9a-f]{32}$", attempt.PaymentId);
    }
}
