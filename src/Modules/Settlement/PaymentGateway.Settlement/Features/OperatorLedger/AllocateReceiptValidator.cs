using FastEndpoints;
using FluentValidation;
using PaymentGateway.Merchants.Contracts;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

internal sealed class AllocateReceiptValidator : Validator<AllocateReceiptRequest>
{
    /// <summary>The length of <c>settlement.receipts.txid</c>: another issuer's txid.</summary>
    private const int MaxTxidLength = 200;

    public AllocateReceiptValidator()
    {
        RuleFor(request => request.Issuer).GreaterThan(0).WithMessage("must be a positive integer OCID");
        RuleFor(request => request.Txid).IsIdentifier(MaxTxidLength);
        // Validators are singletons and so is the directory; it answers from memory.
        RuleFor(request => request.Ocid).Must(ocid => ocid > 0 && Resolve<IPartnerDirectory>().IsKnown(ocid))
            .WithMessage("must be the OCID of a partner in the directory");
    }
}
