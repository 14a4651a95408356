using System.Text;
using FastEndpoints;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Settlement.Features.CreateTransfer;

namespace PaymentGateway.UnitTests.Settlement;

/// <summary>
/// The transfer create binder is where the amount with its currency is parsed (once): the validator words that
/// parse's errors and <see cref="TransferRequest.From"/> takes its money, the amount exactly as received.
/// </summary>
public sealed class CreateTransferRequestBinderTests
{
    private static async Task<CreateTransferRequest> BindAsync(string body)
    {
        var context = new DefaultHttpContext();
        context.Features.Set(new AuthenticatedCaller(300, Encoding.UTF8.GetBytes(body)));
        var failures = new List<ValidationFailure>();
        var request = await new CreateTransferRequestBinder().BindAsync(new BinderContext(context, failures, null, false, []),
            TestContext.Current.CancellationToken);
        Assert.Empty(failures);
        return request;
    }

    [Fact]
    public async Task The_amount_is_parsed_with_its_currency_and_its_errors_are_what_the_validator_says()
    {
        var request = await BindAsync("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":"1.5","currency":"JPY"}""");
        Assert.Null(request.ParsedMoney.Money);
        Assert.Equal("must have at most 0 digits after the point: JPY has 0 minor units (ISO 4217)", request.ParsedMoney.AmountError);
        Assert.Null(request.ParsedMoney.CurrencyError);
        var failure = Assert.Single(new CreateTransferValidator().Validate(request).Errors);
        Assert.Equal(nameof(CreateTransferRequest.Amount), failure.PropertyName);
        Assert.Equal(request.ParsedMoney.AmountError, failure.ErrorMessage);
    }

    [Fact]
    public async Task A_valid_amount_reaches_the_handler_as_the_exact_string_received()
    {
        var request = await BindAsync("""{"from":{"reference":"r"},"to":{"ocid":500},"amount":"25.10","currency":"USD"}""");
        Assert.True(new CreateTransferValidator().Validate(request).IsValid);
        var money = TransferRequest.From(request).Money;
        Assert.Equal("25.10", money.Amount.Text);
        Assert.Equal("USD", money.Currency);
    }
}
