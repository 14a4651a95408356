using System.Text.Json.Nodes;
using PaymentGateway.Sandbox.Identity;
using PaymentGateway.Sandbox.Merchant;
using PaymentGateway.Sandbox.Protocol;

namespace PaymentGateway.Sandbox.MerchantGateway;

/// <summary>
/// The merchant gateway's call to the payment gateway: <c>POST {endpoint}/checkout/create</c>, signed with the
/// merchant gateway's key (docs/protocol.md, POST /checkout/create; Signed requests).
/// </summary>
internal sealed class CheckoutClient
{
    private readonly GatewayApiClient _gateway;
    private readonly SandboxParties _parties;

    public CheckoutClient(GatewayApiClient gateway, SandboxParties parties)
    {
        _gateway = gateway;
        _parties = parties;
    }

    public async Task<CheckoutResult> CreateAsync(SignedOrder order, long merchantOcid, string successUrl, string cancelUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var body = new JsonObject
        {
            ["order"] = order.Order.DeepClone(),
            ["signature"] = order.Signature,
            ["merchantOcid"] = merchantOcid,
            ["urls"] = new JsonObject { ["success"] = successUrl, ["cancel"] = cancelUrl },
        };
        var answer = await _gateway.SendAsync(_parties.MerchantGateway, HttpMethod.Post, "/checkout/create", body, cancellationToken).ConfigureAwait(false);
        if (!answer.IsOk)
            return CheckoutResult.Failure(answer.Status, answer.ErrorCode!, answer.ErrorMessage!);

        // Only absolute http(s) URLs: the customer's browser is sent there.
        var checkoutUrl = JsonText.String(answer.Json, "checkout_url");
        return Uri.TryCreate(checkoutUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
            ? CheckoutResult.Success(parsed.AbsoluteUri, JsonText.String(answer.Json, "session_id"))
            : CheckoutResult.Failure(answer.Status, "INVALID_RESPONSE", "The payment gateway answered 200 without an absolute checkout_url.");
    }
}
