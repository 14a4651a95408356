using FastEndpoints;
using PaymentGateway.Opencharge.AspNetCore.Errors;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>
/// GET /operator/accounts/{ocid}/statement?currency=&amp;from=&amp;to=: a partner's entries in one currency with the running
/// balance after each; CSV when the client asks for text/csv.
/// </summary>
internal sealed class StatementEndpoint(OperatorLedgerQuery ledger) : Endpoint<StatementRequest, StatementResponse>
{
    public override void Configure()
    {
        Get("accounts/{ocid}/statement");
        Group<OperatorApi>();
        Summary(s =>
        {
            s.Summary = "A partner's statement with a running balance (operators)";
            s.Description = "HTTP Basic, any operator. Query: currency (required), from and to (ISO 8601, from <= posted_at < to). " +
                            "Opening balance, entries oldest first with debit, credit and the balance after each, closing balance. " +
                            "Accept: text/csv answers the entries as CSV. 404 NOT_FOUND when the partner has no account in that currency.";
        });
    }

    public override async Task HandleAsync(StatementRequest request, CancellationToken ct)
    {
        var statement = await ledger.StatementAsync(request.Ocid, request.Currency, request.From?.Value, request.To?.Value, ct)
            ?? throw new OpenchargeException(404, ErrorCodes.NotFound, $"OCID {request.Ocid} has no account in {request.Currency}.");
        if (request.WantsCsv())
            await Send.StringAsync(StatementCsv.Write(statement), 200, "text/csv; charset=utf-8", ct);
        else
            await Send.OkAsync(statement, ct);
    }
}
