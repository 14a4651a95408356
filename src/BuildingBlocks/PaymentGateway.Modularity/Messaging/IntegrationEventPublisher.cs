using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PaymentGateway.IntegrationEvents;

namespace PaymentGateway.Modularity.Messaging;

/// <summary>Calls every registered handler of an event's runtime type, each in its own DI scope (its own DbContext).</summary>
public sealed class IntegrationEventPublisher(IServiceScopeFactory scopes)
{
    private static readonly ConcurrentDictionary<Type, Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task>> Dispatchers = new();

    public async Task PublishAsync(IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var dispatch = Dispatchers.GetOrAdd(integrationEvent.GetType(), CreateDispatcher);
        await using var scope = scopes.CreateAsyncScope();
        await dispatch(scope.ServiceProvider, integrationEvent, cancellationToken);
    }

    private static Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task> CreateDispatcher(Type eventType) =>
        (Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task>)typeof(IntegrationEventPublisher)
            .GetMethod(nameof(DispatchAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(eventType)
            .CreateDelegate(typeof(Func<IServiceProvider, IIntegrationEvent, CancellationToken, Task>));

    private static async Task DispatchAsync<TEvent>(IServiceProvider services, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
            await handler.HandleAsync((TEvent)integrationEvent, cancellationToken);
    }
}
