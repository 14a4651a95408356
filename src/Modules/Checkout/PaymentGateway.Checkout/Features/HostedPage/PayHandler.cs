using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Contracts;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// POST /pay/{sessionId}: validate the card, claim the session (<see cref="PaymentClaims"/>), charge it under the
/// attempt's idempotency key, then complete the session (one conditional change plus the outbox event), relay the
/// event inline and send the customer on with a 303. A submit that finds the session claimed by another charges
/// nothing and shows the payment in progress (or its outcome). Card data is never stored or logged: only brand and
/// last four digits.
/// </summary>
internal sealed partial class PayHandler(
    SessionStore sessions,
    HostedPages pages,
    ICardProcessor processor,
    PaymentClaims claims,
    PaymentCompleter completer,
    InlineOutboxRelay<CheckoutDbContext> relay,
    IOptions<CheckoutOptions> options,
    TimeProvider clock,
    CheckoutMetrics metrics,
    ILogger<PayHandler> logger)
{
    private const string FixFields = "Please correct the highlighted fields.";
    private const string CannotSettle = "This order cannot be paid here: its amount is not one this gateway can settle. Please return to the merchant.";

    public async Task<IResult> HandleAsync(HttpContext context, CheckoutSession session, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var now = clock.GetUtcNow();
        if (SessionStates.Effective(session, now) != SessionStatus.Pending)
            return await pages.ForSessionAsync(context, session, FormFeedback.None, StatusCodes.Status409Conflict, cancellationToken);

        // Create refuses such amounts; a session stored before it did must not be charged for money we cannot book.
        if (!OpenchargeAmount.TryParse(session.Amount, out var amount))
        {
            LogUnsettleableAmount(logger, session.Id);
            return await pages.ForSessionAsync(context, session, FormFeedback.None with { Message = CannotSettle },
                StatusCodes.Status422UnprocessableEntity, cancellationToken);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken);
        var input = new CardFormInput(form[CardFields.Number], form[CardFields.Expiry], form[CardFields.Cvc], form[CardFields.Name]);
        var validation = CardValidator.Validate(input, now);
        if (validation.Card is not { } card)
            return await pages.ForSessionAsync(context, session, Feedback(input, validation.Errors, FixFields),
                StatusCodes.Status400BadRequest, cancellationToken);

        var attempt = await claims.TryClaimAsync(session.Id, card, cancellationToken);
        if (attempt is null)
            return await CurrentPageAsync(context, session.Id, StatusCodes.Status409Conflict, cancellationToken);

        // From here on the customer going away must not interrupt us: the card may be charged and must be accounted for.
        var result = await ChargeAsync(session, amount, attempt, card);
        if (result is null)
            return await CurrentPageAsync(context, session.Id, StatusCodes.Status202Accepted, CancellationToken.None);
        if (!result.Approved)
        {
            await claims.ReleaseAsync(attempt, CancellationToken.None);
            LogDeclined(logger, session.Id, card.Brand, card.Last4, result.DeclineCode);
            metrics.PaymentDeclines.Add(1);
            return await pages.ForSessionAsync(context, session, Feedback(input, new Dictionary<string, string>(), result.DeclineMessage),
                StatusCodes.Status402PaymentRequired, cancellationToken);
        }

        // Written already leased to us, so we relay it right after the commit with no claim and no poll in between.
        var lease = relay.NewLease(Guid.NewGuid());
        CheckoutCompleted? completed;
        try
        {
            completed = await completer.TryCompleteAsync(session, amount, attempt, lease, CancellationToken.None);
        }
        catch
        {
            // The charge must not outlive a completion that did not commit (e.g. the database went away). Voided, the
            // attempt took no money, so the session is given back when the database lets us (else the resolver will).
            await processor.VoidAsync(attempt.PaymentId, CancellationToken.None);
            await TryReleaseAsync(attempt);
            throw;
        }
        if (completed is null)
            return await LostClaimAsync(context, session, attempt);

        LogCompleted(logger, session.Id, attempt.PaymentId, card.Brand, card.Last4);
        // Credit and proof delivery happen now, so the MG normally has the proof before the customer is back at the
        // merchant; a slow or failing MG only costs the customer what is left of the budget (counted from the submit,
        // so a slow charge does not add to it), delivery then goes on in the background.
        var left = options.Value.RedirectWaitBudget - clock.GetElapsedTime(started);
        await relay.RelayAsync(completed, lease, left > TimeSpan.Zero ? left : TimeSpan.Zero);
        return new SeeOtherResult(HostedPages.RedirectTarget(context, session, session.SuccessUrl));
    }

    /// <returns>The processor's answer, or null when it is unknown (no answer within half the claim's lifetime, or an
    /// error): the claim then stays, and the attempt is resolved by its idempotency key once the claim runs out.</returns>
    private async Task<CardResult?> ChargeAsync(CheckoutSession session, OpenchargeAmount amount, PaymentAttempt attempt, CardDetails card)
    {
        using var timeout = new CancellationTokenSource(options.Value.ChargeClaimTimeout / 2, clock);
        try
        {
            return await processor.ChargeAsync(new CardCharge(attempt, amount, session.Currency, card), timeout.Token);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogChargeUnknown(logger, exception, session.Id, attempt.Number);
            return null;
        }
    }

    /// <summary>
    /// Our attempt no longer held the session when it came to completing: it outlived its claim and the resolver
    /// decided it. If the resolver found our charge the session is completed with it; otherwise our charge is undone.
    /// </summary>
    private async Task<IResult> LostClaimAsync(HttpContext context, CheckoutSession session, PaymentAttempt attempt)
    {
        var current = await sessions.FindAsync(session.Id, CancellationToken.None);
        if (current is { Status: SessionStatus.Completed } && current.PaymentId == attempt.PaymentId)
            return new SeeOtherResult(HostedPages.RedirectTarget(context, session, session.SuccessUrl));
        LogClaimLost(logger, session.Id, attempt.Number);
        await processor.VoidAsync(attempt.PaymentId, CancellationToken.None);
        return current is null
            ? HostedPages.NotFound(context)
            : await pages.ForSessionAsync(context, current, FormFeedback.None, StatusCodes.Status409Conflict, CancellationToken.None);
    }

    /// <summary>The session as it is now: another submit's payment in progress, or how the session ended.</summary>
    private async Task<IResult> CurrentPageAsync(HttpContext context, string sessionId, int statusCode, CancellationToken cancellationToken)
    {
        var current = await sessions.FindAsync(sessionId, cancellationToken);
        return current is null
            ? HostedPages.NotFound(context)
            : await pages.ForSessionAsync(context, current, FormFeedback.None, statusCode, cancellationToken);
    }

    private async Task TryReleaseAsync(PaymentAttempt attempt)
    {
        try
        {
            await claims.ReleaseAsync(attempt, CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            LogReleaseFailed(logger, exception, attempt.SessionId, attempt.Number);
        }
    }

    private static FormFeedback Feedback(CardFormInput input, IReadOnlyDictionary<string, string> errors, string? message) =>
        new(errors, message, input.Expiry, input.NameOnCard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card payment declined for session {SessionId} ({Brand} ending {Last4}): {DeclineCode}")]
    private static partial void LogDeclined(ILogger logger, string sessionId, string brand, string last4, string? declineCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId} has an amount the ledger cannot book exactly; payment refused")]
    private static partial void LogUnsettleableAmount(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} completed by payment {PaymentId} ({Brand} ending {Last4})")]
    private static partial void LogCompleted(ILogger logger, string sessionId, string paymentId, string brand, string last4);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No answer from the card processor for session {SessionId}, attempt {Attempt}; the attempt stays claimed and will be resolved by its idempotency key")]
    private static partial void LogChargeUnknown(ILogger logger, Exception exception, string sessionId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: attempt {Attempt} outlived its claim and was resolved without its charge; voiding the charge")]
    private static partial void LogClaimLost(ILogger logger, string sessionId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: attempt {Attempt} could not be released; the resolver will once its claim runs out")]
    private static partial void LogReleaseFailed(ILogger logger, Exception exception, string sessionId, int attempt);
}
