using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>A transfer's <c>from</c> or <c>to</c>: a positive OCID, and a reference that can be stored and shown.</summary>
internal sealed class TransferPartyValidator : AbstractValidator<TransferParty>
{
    private const int MaxReferenceLength = 200;

    /// <summary>
    /// The rules both sides share. FastEndpoints creates child validators through their parameterless constructor to
    /// put their rules in the OpenAPI document; requests are judged by the instances <see cref="CreateTransferValidator"/>
    /// builds for <c>from</c> and <c>to</c>.
    /// </summary>
    [ActivatorUtilitiesConstructor]
    public TransferPartyValidator()
        : this(ocidRequired: false, referenceRequired: false)
    {
    }

    /// <param name="ocidRequired">Whether the side must name an OCID.</param>
    /// <param name="referenceRequired">Whether the side must carry a reference.</param>
    public TransferPartyValidator(bool ocidRequired, bool referenceRequired)
    {
        if (ocidRequired)
            RuleFor(p => p.Ocid).NotNull().WithMessage(CreateTransferValidator.Required);
        RuleFor(p => p.Ocid).GreaterThan(0).WithMessage("must be a positive integer OCID");
        if (referenceRequired)
            RuleFor(p => p.Reference).NotNull().WithMessage(CreateTransferValidator.Required);
        RuleFor(p => p.Reference).Cascade(CascadeMode.Stop)
            .NoControlCharacters(allowLineBreaks: true)
            .Length(referenceRequired ? 1 : 0, MaxReferenceLength).WithMessage($"must be 1 to {MaxReferenceLength} characters");
    }
}
