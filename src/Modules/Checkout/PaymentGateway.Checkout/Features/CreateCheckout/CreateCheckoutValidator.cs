using System.Text.RegularExpressions;
using FastEndpoints;
using FluentValidation;
using Microsoft.Extensions.Options;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.Checkout.Features.CreateCheckout;

/// <summary>The rules of a /checkout/create body beyond JSON types; every failure is answered at once (400 INVALID_REQUEST).</summary>
internal sealed partial class CreateCheckoutValidator : Validator<CreateCheckoutRequest>
{
    public const string Required = "is required";

    public CreateCheckoutValidator()
    {
        // Insecure mode (development and tests): success and cancel URLs may be http.
        var allowHttp = Resolve<IOptions<GatewayOptions>>().Value.AllowInsecureMetadata;
        RuleFor(r => r.Order).NotNull().WithMessage(Required).SetValidator(new CheckoutOrderValidator()!);
        RuleFor(r => r.Signature).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(Required)
            .Matches(HexPattern()).WithMessage("must be a hex signature");
        RuleFor(r => r.MerchantOcid).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(Required)
            .GreaterThan(0).WithMessage("must be a positive OCID")
            .Must((r, ocid) => r.Order?.Ocid is not { } orderOcid || orderOcid == ocid).WithMessage("must equal order.ocid");
        RuleFor(r => r.Urls).NotNull().WithMessage(Required).SetValidator(new CheckoutUrlsValidator(allowHttp)!);
    }

    [GeneratedRegex("^(0x)?[0-9a-fA-F]{128,200}$")]
    private static partial Regex HexPattern();
}
