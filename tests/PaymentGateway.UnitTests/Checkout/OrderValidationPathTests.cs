using FluentValidation;
using PaymentGateway.Checkout.Features.CreateCheckout;
using PaymentGateway.Opencharge.Amounts;
using PaymentGateway.Opencharge.AspNetCore.Requests;

namespace PaymentGateway.UnitTests.Checkout;

/// <summary>
/// The order of a create, asked asynchronously as FastEndpoints asks, is judged on FluentValidation's synchronous path
/// (<see cref="SynchronousValidator{T}"/>), with the very failures the rules give.
/// </summary>
public sealed class OrderValidationPathTests
{
    [Fact]
    public void The_order_and_its_lines_are_judged_synchronously()
    {
        Assert.IsAssignableFrom<SynchronousValidator<CheckoutOrder>>(new CheckoutOrderValidator());
        Assert.IsAssignableFrom<SynchronousValidator<CheckoutOrderItem>>(new CheckoutOrderItemValidator());
    }

    [Fact]
    public async Task Asked_asynchronously_an_order_gets_the_failures_of_its_rules_at_once()
    {
        var order = new CheckoutOrder
        {
            Id = "ord\u0000", Ocid = 500, Amount = "1.234", Currency = "USD", ParsedMoney = Money.Parse("1.234", "USD"), CreatedAt = -1, Accepts = [300],
            Items = [new CheckoutOrderItem { Id = "i1", Name = "A", Quantity = 0, Price = "x" }, null],
        };
        IValidator<CheckoutOrder> validator = new CheckoutOrderValidator();

        var asked = validator.ValidateAsync(order, TestContext.Current.CancellationToken);

        Assert.True(asked.IsCompletedSuccessfully);
        var failures = (await asked).Errors.Select(failure => (failure.PropertyName, failure.ErrorMessage)).ToList();
        Assert.Equal(validator.Validate(order).Errors.Select(failure => (failure.PropertyName, failure.ErrorMessage)), failures);
        Assert.Equal(["Id", "Amount", "CreatedAt", "Items[0].Price", "Items[0].Quantity"], failures.Select(failure => failure.PropertyName));
    }

    [Fact]
    public async Task An_async_rule_fails_loudly_instead_of_being_skipped()
    {
        IValidator<string> validator = new WithAsyncRule();

        await Assert.ThrowsAsync<AsyncValidatorInvokedSynchronouslyException>(() => validator.ValidateAsync("text", TestContext.Current.CancellationToken));
    }

    private sealed class WithAsyncRule : SynchronousValidator<string>
    {
        public WithAsyncRule() => RuleFor(text => text).MustAsync((_, _) => Task.FromResult(true));
    }
}
