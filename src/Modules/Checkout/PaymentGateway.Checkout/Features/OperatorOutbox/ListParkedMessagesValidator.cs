using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Checkout.Features.OperatorOutbox;

internal sealed class ListParkedMessagesValidator : Validator<ListParkedMessagesRequest>
{
    public ListParkedMessagesValidator() => Include(new OperatorListRules());
}
