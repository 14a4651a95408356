using System.Text;
using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Features.CreateCheckout;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Identity;

namespace PaymentGateway.UnitTests.Checkout;

/// <summary>
/// The create binder is where the amount with its currency and the return URLs are parsed (once): in the mode
/// Opencharge:AllowInsecureMetadata sets, which the integration tests cannot leave (their partners are http).
/// </summary>
public sealed class CreateCheckoutRequestBinderTests
{
    private const string Body = """
        {"order":{"amount":"1.5","currency":"JPY"},
         "urls":{"success":"http://merchant.example/ok","cancelled":"https://merchant.example/no"}}
        """;

    private static async Task<CreateCheckoutRequest> BindAsync(bool allowHttp)
    {
        var binder = new CreateCheckoutRequestBinder(Options.Create(new GatewayOptions { AllowInsecureMetadata = allowHttp }));
        var context = new DefaultHttpContext();
        context.Features.Set(new AuthenticatedCaller(300, Encoding.UTF8.GetBytes(Body)));
        var failures = new List<ValidationFailure>();
        var request = await binder.BindAsync(new BinderContext(context, failures, null, false, []), TestContext.Current.CancellationToken);
        Assert.Empty(failures);
        return request;
    }

    [Fact]
    public async Task An_http_return_url_is_refused_unless_insecure_mode_allows_it()
    {
        var production = (await BindAsync(allowHttp: false)).Urls!;
        Assert.Null(production.ParsedSuccess);
        Assert.Equal("https://merchant.example/no", production.ParsedCancelled?.Value);
        var failure = Assert.Single(new CheckoutUrlsValidator(allowHttp: false).Validate(production).Errors);
        Assert.Equal(nameof(CheckoutUrls.Success), failure.PropertyName);
        Assert.StartsWith("must be an absolute https URL", failure.ErrorMessage, StringComparison.Ordinal);

        var insecure = (await BindAsync(allowHttp: true)).Urls!;
        Assert.Equal("http://merchant.example/ok", insecure.ParsedSuccess?.Value);
        Assert.True(new CheckoutUrlsValidator(allowHttp: true).Validate(insecure).IsValid);
    }

    [Fact]
    public async Task The_amount_is_parsed_with_its_currency()
    {
        var money = (await BindAsync(allowHttp: false)).Order!.ParsedMoney;
        Assert.Null(money.Money);
        Assert.Equal("must have at most 0 digits after the point: JPY has 0 minor units (ISO 4217)", money.AmountError);
        Assert.Null(money.CurrencyError);
    }
}
