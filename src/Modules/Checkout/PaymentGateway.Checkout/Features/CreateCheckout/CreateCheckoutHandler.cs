using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Features.ExpireSessions;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Opencharge;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Opencharge.AspNetCore.Identity;
using PaymentGateway.Settlement.Contracts;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>
/// The business rules of /checkout/create after the caller is authenticated and the body has the right shape:
/// the merchant's order signature, expiry, who may settle, currency, then an idempotent insert.
/// The identity of a checkout is (merchant OCID, order.id): the caller that created it repeating the same request gets
/// the same session; the same caller with other content, or any other caller, gets 409 ORDER_CONFLICT.
/// </summary>
internal sealed partial class CreateCheckoutHandler(
    IPartnerDirectory directory,
    SessionStore sessions,
    ExpiryScheduler expiry,
    GatewayIdentity identity,
    ISettlementTerms terms,
    IOptions<CheckoutOptions> options,
    TimeProvider clock,
    CheckoutMetrics metrics,
    ILogger<CreateCheckoutHandler> logger)
{
    public async Task<CheckoutSession> HandleAsync(long callerOcid, CheckoutRequest request, CancellationToken cancellationToken)
    {
        var merchant = await GetMerchantAsync(request.MerchantOcid, cancellationToken);
        var variant = ObjectSignatures.Verify(merchant.PublicKey, request.Order, request.Signature, out var canonicalOrder)
            ?? throw new OpenchargeException(400, ErrorCodes.InvalidSignature,
                $"The order signature does not verify with the published key of merchant OCID {request.MerchantOcid}.");

        var now = clock.GetUtcNow();
        if (request.ExpiresAt is { } orderExpiry && orderExpiry <= now.ToUnixTimeSeconds())
            throw new OpenchargeException(400, ErrorCodes.OrderExpired, "The order has expired (order.expiresAt is in the past).",
                new Dictionary<string, object?> { ["expiresAt"] = orderExpiry, ["serverTime"] = now.ToUnixTimeSeconds() });
        CheckSettlement(callerOcid, request);
        CheckCurrency(request.Money.Currency);

        var session = NewSession(callerOcid, request, variant, canonicalOrder!, now);
        var stored = await sessions.InsertOrGetAsync(session, cancellationToken);
        // The store hands back our own instance only when it inserted it; a repeat gets the stored row.
        if (ReferenceEquals(stored, session))
        {
            metrics.SessionsCreated.Add(1);
            LogSessionCreated(logger, session.Id, session.OrderId, session.MerchantOcid, callerOcid);
        }
        // One merchant order, one payable checkout: another party asking for it gets nothing it could pay or probe.
        if (stored.CallerOcid != callerOcid)
            throw new OpenchargeException(409, ErrorCodes.OrderConflict,
                $"Order '{request.OrderId}' of merchant OCID {request.MerchantOcid} already has a checkout created by another party.",
                new Dictionary<string, object?> { ["orderId"] = request.OrderId, ["merchantOcid"] = request.MerchantOcid });
        if (stored.RequestFingerprint != session.RequestFingerprint)
            throw new OpenchargeException(409, ErrorCodes.OrderConflict,
                $"Order '{request.OrderId}' was already submitted with different content; order ids must not be reused.",
                new Dictionary<string, object?> { ["orderId"] = request.OrderId, ["sessionId"] = stored.Id });
        if (ReferenceEquals(stored, session))
            await expiry.ScheduleAsync(session.ExpiresAt, cancellationToken); // only for a new session, not an idempotent repeat
        return stored;
    }

    private async Task<PartnerProfile> GetMerchantAsync(long merchantOcid, CancellationToken cancellationToken)
    {
        try
        {
            return await directory.GetAsync(merchantOcid, cancellationToken);
        }
        catch (UnknownPartnerException)
        {
            throw new OpenchargeException(400, ErrorCodes.UnknownOcid, $"Merchant OCID {merchantOcid} is not in this gateway's directory.");
        }
        catch (PartnerUnavailableException)
        {
            throw new OpenchargeException(502, ErrorCodes.MetadataUnavailable,
                $"The metadata of merchant OCID {merchantOcid} could not be fetched; try again later.");
        }
    }

    /// <summary>
    /// docs/protocol.md, POST /checkout/create (settlement path): an MG may only use us for orders whose <c>accepts</c> names it (the merchant
    /// would reject its onward proof otherwise); a merchant calling directly must accept our own proof.
    /// </summary>
    private void CheckSettlement(long callerOcid, CheckoutRequest request)
    {
        var required = callerOcid == request.MerchantOcid ? identity.Ocid : callerOcid;
        if (!request.Accepts.Contains(required))
            throw new OpenchargeException(400, ErrorCodes.SettlementNotSupported,
                $"order.accepts does not contain OCID {required}, so the merchant would not accept the resulting proof.",
                new Dictionary<string, object?> { ["required"] = required, ["accepts"] = request.Accepts });
    }

    private void CheckCurrency(string currency)
    {
        if (!terms.SettlesIn(currency))
            throw new OpenchargeException(400, ErrorCodes.CurrencyNotSupported, $"Currency {currency} is not supported by this gateway.",
                new Dictionary<string, object?> { ["currency"] = currency, ["supported"] = terms.Currencies });
    }

    /// <param name="canonicalOrder">The order's R canonical form, from the signature check: the fingerprint reuses it.</param>
    private CheckoutSession NewSession(long callerOcid, CheckoutRequest request, CanonicalVariant variant, string canonicalOrder, DateTimeOffset now)
    {
        var expiresAt = now + options.Value.SessionLifetime;
        if (request.ExpiresAt is { } orderExpiry && DateTimeOffset.FromUnixTimeSeconds(orderExpiry) < expiresAt)
            expiresAt = DateTimeOffset.FromUnixTimeSeconds(orderExpiry);
        // Whole seconds: expires_at travels as Unix seconds, and a repeat must answer the very same value.
        expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiresAt.ToUnixTimeSeconds());

        var orderJson = request.Order.GetRawText();
        return new CheckoutSession
        {
            Id = SessionIds.New(),
            CallerOcid = callerOcid,
            MerchantOcid = request.MerchantOcid,
            OrderId = request.OrderId,
            OrderJson = orderJson,
            OrderSignature = request.Signature,
            SignatureVariant = variant.ToString(),
            Amount = request.Money.Amount.Text,
            Currency = request.Money.Currency,
            SuccessUrl = request.SuccessUrl?.Value,
            CancelUrl = request.CancelUrl?.Value,
            RequestFingerprint = Sha256Hex.Of(string.Join('\n', canonicalOrder, request.Signature.ToLowerInvariant(),
                request.SuccessUrl?.Value, request.CancelUrl?.Value)),
            Status = SessionStatus.Pending,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created checkout session {SessionId} for order {OrderId} of merchant {MerchantOcid} (caller {CallerOcid})")]
    private static partial void LogSessionCreated(ILogger logger, string sessionId, string orderId, long merchantOcid, long callerOcid);
}
