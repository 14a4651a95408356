using FastEndpoints;
using FluentValidation;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.Settlement.Features.CreateTransfer;

/// <summary>The rules of a /transfer/create body beyond JSON types; every failure is answered at once (400 INVALID_REQUEST).</summary>
internal sealed class CreateTransferValidator : Validator<CreateTransferRequest>
{
    public const string Required = "is required";

    private const int MaxMoneyLength = 64;
    private const int MaxMemoLength = 300;

    public CreateTransferValidator()
    {
        RuleFor(r => r.From).NotNull().WithMessage(Required).SetValidator(new TransferPartyValidator(ocidRequired: false, referenceRequired: true)!);
        RuleFor(r => r.To).NotNull().WithMessage(Required).SetValidator(new TransferPartyValidator(ocidRequired: true, referenceRequired: false)!);
        // The gateway's one amount grammar, the same as checkout orders' (ISO 4217 minor units included). Amount and
        // currency were parsed together by the binder (ParsedMoney): these rules say what that parse found, they do not parse again.
        RuleFor(r => r.Amount).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(Required)
            .NoControlCharacters(allowLineBreaks: true)
            .Length(1, MaxMoneyLength).WithMessage($"must be 1 to {MaxMoneyLength} characters")
            .AmountAsParsed(r => r.ParsedMoney);
        RuleFor(r => r.Currency).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(Required)
            .NoControlCharacters(allowLineBreaks: true)
            .Length(1, MaxMoneyLength).WithMessage($"must be 1 to {MaxMoneyLength} characters")
            .CurrencyAsParsed(r => r.ParsedMoney);
        RuleFor(r => r.Memo).Cascade(CascadeMode.Stop)
            .NoControlCharacters(allowLineBreaks: true)
            .MaximumLength(MaxMemoLength).WithMessage($"must be 1 to {MaxMemoLength} characters");
    }
}
