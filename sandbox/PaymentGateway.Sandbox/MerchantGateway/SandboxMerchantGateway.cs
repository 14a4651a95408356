using System.Text.Json;
using System.Text.Json.Nodes;
using PaymentGateway.Opencharge;
using PaymentGateway.Sandbox.Configuration;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.Orders;
using PaymentGateway.Sandbox.Protocol;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>
/// The merchant gateway role: takes the merchant's signed order to the payment gateway, and turns the payment
/// gateway's proof into its own proof for the merchant (docs/protocol.md, Parties and OCIDs; Proof delivery).
/// </summary>
internal sealed class SandboxMerchantGateway
{
    private readonly SandboxParties _parties;
    private readonly SandboxSettings _settings;
    private readonly CheckoutClient _checkout;
    private readonly GatewayProofReceiver _receiver;
    private readonly OrderStore _orders;
    private readonly SandboxMerchant _merchant;
    private readonly TimeProvider _time;
    private readonly ILogger<SandboxMerchantGateway> _logger;

    public SandboxMerchantGateway(SandboxParties parties, SandboxSettings settings, CheckoutClient checkout, GatewayProofReceiver receiver, OrderStore orders, SandboxMerchant merchant, TimeProvider time, ILogger<SandboxMerchantGateway> logger)
    {
        _parties = parties;
        _settings = settings;
        _checkout = checkout;
        _receiver = receiver;
        _orders = orders;
        _merchant = merchant;
        _time = time;
        _logger = logger;
    }

    private SandboxParty Self => _parties.MerchantGateway;

    /// <summary>What <c>POST /orders/checkout</c> of a real merchant gateway does, called in-process by the merchant.</summary>
    public async Task<CheckoutResult> StartCheckoutAsync(SignedOrder order, Product product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(product);

        // The checks an MG makes before calling the gateway (docs/protocol.md, Parties and OCIDs), so a broken merchant signer is caught here and not blamed on the gateway.
        var merchant = _parties.Merchant;
        if (ObjectSignatures.Verify(merchant.PublicKey, JsonSerializer.SerializeToElement(order.Order), order.Signature) != CanonicalVariant.R)
            return CheckoutResult.Failure(null, "INVALID_SIGNATURE", "The merchant's order signature does not verify.");
        if (order.Order["accepts"] is not JsonArray accepts || !accepts.Any(a => a?.GetValue<long>() == Self.Ocid))
            return CheckoutResult.Failure(null, "SETTLEMENT_NOT_SUPPORTED", "The order does not accept this merchant gateway.");
        if ((long)order.Order["expiresAt"]! <= _time.GetUtcNow().ToUnixTimeSeconds())
            return CheckoutResult.Failure(null, "ORDER_EXPIRED", "The order has expired.");

        var orderUrl = $"{_settings.PublicBase}/orders/{Uri.EscapeDataString(order.Id)}";
        var result = await _checkout.CreateAsync(order, merchant.Ocid, orderUrl + "/success", orderUrl + "/cancel", cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            _logger.LogWarning("checkout/create for order {OrderId} failed: {Status} {Code} {Message}", order.Id, result.HttpStatus, result.ErrorCode, result.ErrorMessage);
            return result;
        }

        _orders.Add(new SandboxOrder(
            order.Id, product.Id, product.Name, order.Amount, order.Currency,
            (long)order.Order["createdAt"]!, (long)order.Order["expiresAt"]!,
            OrderStatus.Pending, result.SessionId, result.CheckoutUrl, null, null, null));
        _logger.LogInformation("Order {OrderId} pending at the payment gateway, session {SessionId}", order.Id, result.SessionId);
        return result;
    }

    /// <summary><c>POST /mg/opencharge/transfer/webhook</c>: the payment gateway delivers its proof (docs/protocol.md, Proof delivery).</summary>
    public async Task<IResult> ReceiveGatewayProofAsync(HttpContext context)
    {
        var (proof, sender, error) = await _receiver.ReceiveAsync(context, SandboxSettings.MerchantGatewayBasePath, Self.Ocid).ConfigureAwait(false);
        if (error is not null)
            return Reject(error, sender);

        if (_orders.IsProcessed(proof!.Issuer, proof.Txid))
            return Accepted(proof.Txid, "Duplicate proof: this txid was already processed.");

        var order = proof.ToReference is null ? null : _orders.Find(proof.ToReference);
        if (order is null)
        {
            // docs/protocol.md, Transfer proofs (what a receiver checks): an unmatched proof is still accepted (the money arrived); it is logged for follow-up.
            _orders.MarkProcessed(proof.Issuer, proof.Txid);
            _logger.LogWarning("Proof {Txid} from {Issuer} matches no order (to.reference {Reference})", proof.Txid, proof.Issuer, proof.ToReference);
            return Accepted(proof.Txid, "No order matches to.reference; the proof was recorded.");
        }

        // Exact string comparison: "12.50" and "12.5" are different amounts on the wire (docs/protocol.md, Transfer proofs).
        if (!string.Equals(proof.Amount, order.Amount, StringComparison.Ordinal) || !string.Equals(proof.Currency, order.Currency, StringComparison.Ordinal))
        {
            return Reject(
                ProtocolError.BadRequest("AMOUNT_MISMATCH", $"The proof pays {proof.Amount} {proof.Currency}; order {order.Id} is {order.Amount} {order.Currency}."),
                sender);
        }

        switch (_orders.RecordGatewayPayment(order.Id, proof.Issuer, proof.Txid))
        {
            case GatewayPaymentOutcome.DuplicateTxid:
                return Accepted(proof.Txid, "Duplicate proof: this txid was already processed.");
            case GatewayPaymentOutcome.OrderAlreadyPaid:
                _logger.LogWarning("Order {OrderId} received a second payment, proof {Txid}", order.Id, proof.Txid);
                return Accepted(proof.Txid, "The order was already paid by an earlier proof; this one was recorded.");
        }

        _logger.LogInformation("Proof {Txid} from OCID {Issuer} pays order {OrderId}", proof.Txid, proof.Issuer, order.Id);
        ForwardToMerchant(proof, order);
        return Accepted(proof.Txid, null);
    }

    /// <summary>docs/protocol.md, Parties and OCIDs (flow step 6): the merchant gateway's own proof, from = the payment gateway's from.</summary>
    private void ForwardToMerchant(VerifiedProof proof, SandboxOrder order)
    {
        var merchant = _parties.Merchant;
        var (merchantProof, signature) = ProofFactory.Create(Self, proof.From, merchant.Ocid, order.Id, order.Amount, order.Currency, _time.GetUtcNow(), $"Payment for {order.Id}");
        var error = _merchant.ReceiveProof(merchantProof, signature);
        if (error is not null)
            _logger.LogError("The merchant rejected the merchant gateway's proof for {OrderId}: {Code} {Message}", order.Id, error.Code, error.Message);
    }

    private SignedJsonResult Accepted(string txid, string? message)
    {
        var body = new JsonObject { ["status"] = "accepted", ["txid"] = txid };
        if (message is not null)
            body["message"] = message;
        return new SignedJsonResult(Self, StatusCodes.Status200OK, body);
    }

    private SignedJsonResult Reject(ProtocolError error, long? sender)
    {
        _logger.LogWarning("Rejected a webhook from OCID {Sender}: {Status} {Code} {Message}", sender, error.Status, error.Code, error.Message);
        return SignedJsonResult.Error(Self, error);
    }
}
