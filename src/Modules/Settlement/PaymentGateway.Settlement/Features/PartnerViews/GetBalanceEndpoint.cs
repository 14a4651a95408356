using FastEndpoints;
using Microsoft.EntityFrameworkCore;
using PaymentGateway.Opencharge.AspNetCore.Authentication;
using PaymentGateway.Opencharge.AspNetCore.Endpoints;
using PaymentGateway.Settlement.Persistence;

namespace PaymentGateway.Settlement.Features.PartnerViews;

/// <summary>
/// GET {BasePath}/accounts/balance — the calling partner's balance at this gateway per currency (an extension of this
/// gateway, not an Opencharge capability). Read from the account totals the posting trigger maintains.
/// </summary>
internal sealed class GetBalanceEndpoint(SettlementDbContext db) : EndpointWithoutRequest<BalanceResponse>
{
    public override void Configure()
    {
        Get("accounts/balance");
        Group<OpenchargeApi>();
        Summary(s =>
        {
            s.Summary = "The calling partner's balance at this gateway (extension, not an Opencharge capability)";
            s.Description = "Signed request (empty body). One entry per currency in which the caller has an account: what it may " +
                            "transfer with /transfer/create, as an exact decimal string.";
            s.Responses[200] = "The caller's OCID and its balances.";
            s.ResponseExamples[200] = new BalanceResponse(300, [new BalanceItem("USD", "125.40")]);
        });
    }

    public override async Task HandleAsync(CancellationToken ct)
    {
        var caller = HttpContext.GetCaller().Ocid;
        var rows = await db.Accounts.AsNoTracking()
            .Where(a => a.Kind == AccountKinds.Partner && a.Ocid == caller)
            .OrderBy(a => a.Currency)
            // Rendered by PostgreSQL: a total may hold more digits than a .NET decimal.
            .Select(a => new { a.Currency, Available = (a.CreditsPosted - a.DebitsPosted).ToString() })
            .ToListAsync(ct);
        await Send.OkAsync(new BalanceResponse(caller,
            [.. rows.Select(r => new BalanceItem(r.Currency, r.Available))]), ct);
    }
}
