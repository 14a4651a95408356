using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Orders;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.Merchant;

/// <summary>
/// The merchant role: signs orders and accepts payment only from its merchant gateway's verified proof — never from
/// the browser being redirected to the success page (docs/protocol.md, The hosted checkout).
/// </summary>
internal sealed class SandboxMerchant
{
    private readonly SandboxParties _parties;
    private readonly OrderStore _orders;
    private readonly TimeProvider _time;
    private readonly ILogger<SandboxMerchant> _logger;

    public SandboxMerchant(SandboxParties parties, OrderStore orders, TimeProvider time, ILogger<SandboxMerchant> logger)
    {
        _parties = parties;
        _orders = orders;
        _time = time;
        _logger = logger;
    }

    public SignedOrder CreateOrder(Product product)
    {
        var order = OrderFactory.Create(product, _parties.Merchant.Ocid, _parties.MerchantGateway.Ocid, _time.GetUtcNow());
        var signed = OrderSigner.Sign(_parties.Merchant.Key, order);
        _logger.LogInformation("Signed order {OrderId}: {Canonical}", signed.Id, signed.Canonical);
        return signed;
    }

    /// <summary>
    /// The merchant's <c>/transfer/webhook</c>, called in-process. A real merchant would fetch the merchant gateway's
    /// key from its metadata; here both share a process, so the key is taken directly.
    /// </summary>
    public ProtocolError? ReceiveProof(JsonObject proof, string signature)
    {
        var element = JsonSerializer.SerializeToElement(proof);
        // The order's accepts holds only our merchant gateway, so "issuer ∈ accepts" is "issuer == merchant gateway".
        var (verified, error) = ProofVerifier.Verify(element, signature, _parties.MerchantGateway.Ocid, _parties.Merchant.Ocid, _parties.MerchantGateway.PublicKey);
        if (error is not null)
            return error;

        var order = verified!.ToReference is null ? null : _orders.Find(verified.ToReference);
        if (order is null)
            return ProtocolError.BadRequest("ORDER_NOT_FOUND", "No order matches to.reference.");
        if (!string.Equals(verified.Amount, order.Amount, StringComparison.Ordinal) || !string.Equals(verified.Currency, order.Currency, StringComparison.Ordinal))
            return ProtocolError.BadRequest("AMOUNT_MISMATCH", "The proof's amount or currency differs from the order's.");

        _orders.MarkPaid(order.Id, verified.Txid, _time.GetUtcNow().ToUnixTimeSeconds());
        _logger.LogInformation("Order {OrderId} paid: merchant gateway proof {Txid} verified", order.Id, verified.Txid);
        return null;
    }
}
