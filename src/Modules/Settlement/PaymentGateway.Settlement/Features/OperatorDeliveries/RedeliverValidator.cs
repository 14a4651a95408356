using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorDeliveries;

internal sealed class RedeliverValidator : Validator<RedeliverRequest>
{
    /// <summary>The length of <c>settlement.deliveries.txid</c>.</summary>
    private const int MaxTxidLength = 40;

    public RedeliverValidator() => RuleFor(request => request.Txid).IsIdentifier(MaxTxidLength);
}
