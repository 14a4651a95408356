using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PaymentGateway.IntegrationTests.Infrastructure;
using PaymentGateway.IntegrationTests.Settlement;

namespace PaymentGateway.IntegrationTests.TimeTravel;

/// <summary>
/// The gateway with its production schedules (no shortened delays or lifetimes), a clock the test moves
/// (<see cref="FakeTimeProvider"/> as the host's <see cref="TimeProvider"/>) and no Hangfire server: the test runs due
/// jobs itself with <see cref="Jobs"/>. One host per test class, since a clock only moves forward.
/// </summary>
public sealed class TimeTravelScenario(PostgresServer postgres) : SettlementScenario(postgres)
{
    public const string AdminPassword = "time-travel-admin";

    /// <summary>
    /// Starts at the real time (signed requests carry the real time and must pass the timestamp check), on a whole
    /// multiple of the 5 s expiry window, so that a session's expiry instant is also its window's due time.
    /// </summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 5 * 5));

    public DueJobs Jobs { get; private set; } = null!;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Hangfire:Server:Enabled"] = "false",
        ["Hangfire:Dashboard:Users:0:Name"] = "admin",
        ["Hangfire:Dashboard:Users:0:Password"] = AdminPassword,
        ["Hangfire:Dashboard:Users:0:Role"] = "admin",
    };

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Jobs = new DueJobs(Gateway, Clock);
    }

    /// <summary>Moves the clock to <paramref name="instant"/> (never backwards) and runs what is due by then.</summary>
    public async Task<int> TravelToAsync(DateTimeOffset instant)
    {
        if (instant > Clock.GetUtcNow())
            Clock.SetUtcNow(instant);
        return await Jobs.RunDueAsync();
    }
}
