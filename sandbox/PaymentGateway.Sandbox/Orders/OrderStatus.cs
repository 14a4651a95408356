namespace PaymentGateway.Sandbox.Orders;

internal enum OrderStatus
{
    /// <summary>The gateway accepted the checkout; the customer has not paid yet (as far as the merchant knows).</summary>
    Pending,

    /// <summary>The merchant verified the merchant gateway's proof. Only this state means "paid" (docs/protocol.md, The hosted checkout).</summary>
    Paid,
}
