using System.Reflection;
using Hangfire;
using Hangfire.Server;
using Hangfire.States;
using Microsoft.Extensions.DependencyInjection;

namespace PaymentGateway.IntegrationTests.Infrastructure;

/// <summary>
/// Runs a gateway's Hangfire jobs on demand, at the test's clock, in place of a Hangfire server (the host runs with
/// <c>Hangfire:Server:Enabled=false</c>). Hangfire's scheduling is the seam (ADR 0005): a delayed job's due time is an
/// absolute instant the gateway computed from its <see cref="TimeProvider"/>, so "due" here means due by that clock.
/// Each job is built from the host's services like Hangfire's activator does, and ends Succeeded or Failed in storage,
/// as it would under a server.
/// </summary>
public sealed class DueJobs(GatewayHost host, TimeProvider clock)
{
    private JobStorage Storage => host.Services.GetRequiredService<JobStorage>();

    /// <summary>
    /// Does what Hangfire's server would by the clock: moves every scheduled job now due to its queue, then works the
    /// queues until they are empty (a job may enqueue or schedule others). Returns how many jobs ran.
    /// </summary>
    public async Task<int> RunDueAsync()
    {
        var ran = 0;
        while (true)
        {
            EnqueueDueScheduledJobs();
            var monitoring = Storage.GetMonitoringApi();
            var queues = monitoring.Queues().Select(queue => queue.Name).ToArray();
            if (queues.Sum(queue => monitoring.EnqueuedCount(queue)) == 0)
                return ran;
            using var connection = Storage.GetConnection();
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            wait.CancelAfter(TimeSpan.FromSeconds(10));
            using var fetched = connection.FetchNextJob(queues, wait.Token);
            await PerformAsync(fetched.JobId);
            fetched.RemoveFromQueue();
            ran++;
        }
    }

    /// <summary>The display names of the jobs scheduled for later, with their due instants.</summary>
    public IReadOnlyList<(string Name, DateTime DueAt)> Scheduled()
    {
        var monitoring = Storage.GetMonitoringApi();
        return [.. monitoring.ScheduledJobs(0, 10_000).Select(job => (job.Value.Job?.ToString() ?? "", job.Value.EnqueueAt))];
    }

    /// <summary>Runs a recurring job now, the way its Hangfire trigger would (resolved from the host's services).</summary>
    public async Task<T> RunNowAsync<TJob, T>(Func<TJob, Task<T>> run)
        where TJob : notnull
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await run(ActivatorUtilities.GetServiceOrCreateInstance<TJob>(scope.ServiceProvider));
    }

    /// <summary>What Hangfire's delayed-job scheduler does, with the test's clock instead of the machine's.</summary>
    private void EnqueueDueScheduledJobs()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var client = new BackgroundJobClient(Storage);
        foreach (var job in Storage.GetMonitoringApi().ScheduledJobs(0, 10_000).Where(job => job.Value.EnqueueAt <= now))
            client.ChangeState(job.Key, new EnqueuedState(), ScheduledState.StateName); // [Queue] picks the queue
    }

    private async Task PerformAsync(string id)
    {
        using var connection = Storage.GetConnection();
        var job = connection.GetJobData(id)?.Job ?? throw new InvalidOperationException($"Hangfire job {id} cannot be loaded.");
        var client = new BackgroundJobClient(Storage);
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var instance = job.Method.IsStatic ? null : ActivatorUtilities.GetServiceOrCreateInstance(scope.ServiceProvider, job.Type);
            var parameters = job.Method.GetParameters();
            var arguments = job.Args.Select((argument, i) => parameters[i].ParameterType == typeof(CancellationToken)
                ? TestContext.Current.CancellationToken
                : parameters[i].ParameterType == typeof(PerformContext) ? null : argument).ToArray();
            if (job.Method.Invoke(instance, arguments) is Task task)
                await task;
            client.ChangeState(id, new SucceededState(null, 0, 0), null);
        }
        catch (Exception exception)
        {
            var cause = exception is TargetInvocationException { InnerException: { } inner } ? inner : exception;
            client.ChangeState(id, new FailedState(cause), null);
        }
    }
}
