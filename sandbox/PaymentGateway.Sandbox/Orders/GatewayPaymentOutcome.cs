namespace PaymentGateway.Sandbox.Orders;

internal enum GatewayPaymentOutcome
{
    Recorded,
    DuplicateTxid,
    OrderAlreadyPaid,
}
