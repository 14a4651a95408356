using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// GET /operator/accounts/{ocid}/statement?currency=&amp;from=&amp;to=: a partner's entries in one currency with the running
/// balance after each; CSV when the client asks for text/csv.
/// </summary>
internal sealed class StatementEndpoint(OperatorLedgerQuery ledger) : EndpointWithoutRequest<StatementResponse>
{
    public override void Configure()
    {
        Get("operator/accounts/{ocid}/statement");
        RoutePrefixOverride(string.Empty);
        AuthSchemes(OperatorAccess.Scheme);
        Policies(OperatorAccess.Policy);
        Tags(OperatorAccess.Tag);
        Summary(s =>
        {
            s.Summary = "A partner's statement with a running balance (operators)";
            s.Description = "HTTP Basic, any operator. Query: currency (required), from and to (ISO 8601, from <= posted_at < to). " +
                            "Opening balance, entries oldest first with debit, credit and the balance after each, closing balance. " +
                            "Accept: text/csv answers the entries as CSV. 404 NOT_FOUND when the partner has no account in that currency.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var input = new OperatorInput();
        var query = HttpContext.Request.Query;
        var ocid = input.ReadOcid("ocid", Route<string>("ocid", isRequired: false));
        var currency = query["currency"].ToString();
        if (Money.Parse(null, currency).CurrencyError is not null || currency.Length == 0)
            input.Problem("currency", "is required: 3 to 10 uppercase letters or digits");
        var (from, to) = input.ReadWindow(query["from"], query["to"]);
        input.ThrowIfInvalid();

        var statement = await ledger.StatementAsync(ocid!.Value, currency, from, to, ct)
            ?? throw new OpenchargeException(404, ErrorCodes.NotFound, $"OCID {ocid} has no account in {currency}.");
        var wantsCsv = HttpContext.Request.Headers.Accept.ToString().Contains("text/csv", StringComparison.OrdinalIgnoreCase);
        if (wantsCsv)
            await Send.StringAsync(StatementCsv.Write(statement), 200, "text/csv; charset=utf-8", ct);
        else
            await Send.OkAsync(statement, ct);
    }
}
