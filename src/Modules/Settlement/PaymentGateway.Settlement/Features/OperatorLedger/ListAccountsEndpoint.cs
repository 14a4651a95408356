using FastEndpoints;
using PaymentGateway.Operators.Api;

namespace PaymentGateway.Settlement.Features.OperatorLedger;

/// <summary>GET /operator/accounts: every ledger account with its balance, and the trial balance per currency.</summary>
internal sealed class ListAccountsEndpoint(OperatorLedgerQuery ledger) : EndpointWithoutRequest<OperatorAccountsResponse>
{
    public override void Configure()
    {
        Get("accounts");
        Group<OperatorApi>();
        Summary(s =>
        {
            s.Summary = "Ledger accounts and the trial balance (operators)";
            s.Description = "HTTP Basic, any operator. accounts: code, kind (partner, customer_clearing, settlement, suspense), ocid, " +
                            "currency, debits_posted, credits_posted and balance in the account's normal direction. trial_balance per " +
                            "currency: debits, credits, difference and postings_sum, both of which must be \"0\"; anything else is an incident.";
        });
    }

    public override async Task HandleAsync(CancellationToken ct) => await Send.OkAsync(await ledger.AccountsAsync(ct), ct);
}
