using FluentValidation;
using FluentValidation.Results;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// A validator whose rules are all synchronous (no MustAsync, no async child), judged on FluentValidation's synchronous
/// path even when it is asked asynchronously. FastEndpoints always validates a request asynchronously, and a child
/// validator then runs every one of its rules through FluentValidation's async state machines, which cost a create
/// several per cent of its CPU for rules that never wait. The same rules, the same failures, in the same order: only
/// the machinery differs. Should an async rule ever be added, FluentValidation refuses to run it synchronously
/// (<see cref="AsyncValidatorInvokedSynchronouslyException"/>), so it fails at the first request, loudly, not silently.
/// </summary>
public abstract class SynchronousValidator<T> : AbstractValidator<T>
{
    public override Task<ValidationResult> ValidateAsync(ValidationContext<T> context, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        return Task.FromResult(Validate(context));
    }
}
