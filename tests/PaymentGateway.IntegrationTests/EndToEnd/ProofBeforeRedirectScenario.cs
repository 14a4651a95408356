using PaymentGateway.IntegrationTests.Infrastructure;

namespace PaymentGateway.IntegrationTests.EndToEnd;

/// <summary>
/// A gateway whose paying customer waits up to 30 s (default 2 s) for the credit and the first proof delivery, whose
/// first attempt may take up to 20 s (default 2 s). The budget is counted from the submit, so on a loaded machine a
/// cold host's claim, charge and completion alone can use up the default one, and the customer is (rightly) redirected
/// before the proof is out; with this one, a test sees the order of events rather than the machine's speed. The default
/// budget is pinned by the slow merchant gateway test in <see cref="PayAndSettleTests"/>.
/// </summary>
public sealed class ProofBeforeRedirectScenario(PostgresServer postgres) : GatewayScenario(postgres)
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Checkout:RedirectWaitBudget"] = "00:00:30",
        ["Settlement:Delivery:FirstAttemptTimeout"] = "00:00:20",
    };
}
