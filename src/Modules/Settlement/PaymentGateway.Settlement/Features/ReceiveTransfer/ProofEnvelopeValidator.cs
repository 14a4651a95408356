using FastEndpoints;
using FluentValidation;

namespace PaymentGateway.Settlement.Features.ReceiveTransfer;

/// <summary>The shape of a /transfer/webhook body: <c>{proof: object, signature: string}</c>, else 400 INVALID_REQUEST.</summary>
internal sealed class ProofEnvelopeValidator : Validator<ProofEnvelope>
{
    public ProofEnvelopeValidator()
    {
        RuleFor(e => e.Proof).NotNull().WithMessage("must be an object");
        RuleFor(e => e.Signature).NotNull().WithMessage("must be a string");
    }
}
