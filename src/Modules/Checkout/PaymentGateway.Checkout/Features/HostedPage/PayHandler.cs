using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaymentGateway.Checkout.Features.HostedPage.Rendering;
using PaymentGateway.Checkout.Payments;
using PaymentGateway.Checkout.Persistence;
using PaymentGateway.Modularity.Messaging;
using PaymentGateway.Opencharge.Amounts;

namespace PaymentGateway.Checkout.Features.HostedPage;

/// <summary>
/// POST /pay/{sessionId}: validate the card, charge it, then complete the session (one conditional change plus the
/// outbox event), relay the event inline and send the customer on with a 303. Card data is never stored or logged:
/// only brand and last four digits.
/// </summary>
internal sealed partial class PayHandler(
    SessionStore sessions,
    HostedPages pages,
    ICardProcessor processor,
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

        var paymentId = PaymentIds.New();
        var result = await processor.ChargeAsync(new CardCharge(paymentId, session.Id, amount, session.Currency, card), cancellationToken);
        if (!result.Approved)
        {
            LogDeclined(logger, session.Id, card.Brand, card.Last4, result.DeclineCode);
            metrics.PaymentDeclines.Add(1);
            return await pages.ForSessionAsync(context, session, Feedback(input, new Dictionary<string, string>(), result.DeclineMessage),
                StatusCodes.Status402PaymentRequired, cancellationToken);
        }

        Guid? eventId;
        try
        {
            eventId = await completer.TryCompleteAsync(session, amount, paymentId, card, cancellationToken);
        }
        catch
        {
            // The charge must not outlive a completion that did not commit (e.g. the database went away).
            await processor.VoidAsync(paymentId, CancellationToken.None);
            throw;
        }
        if (eventId is null)
            return await LostRaceAsync(context, session.Id, paymentId, cancellationToken);

        LogCompleted(logger, session.Id, paymentId, card.Brand, card.Last4);
        // Credit and proof delivery happen now, so the MG normally has the proof before the customer is back at the
        // merchant; a slow or failing MG only costs the customer what is left of the budget (counted from the submit,
        // so a slow charge does not add to it), delivery then goes on in the background.
        var left = options.Value.RedirectWaitBudget - clock.GetElapsedTime(started);
        await relay.RelayAsync(eventId.Value, left > TimeSpan.Zero ? left : TimeSpan.Zero);
        return new SeeOtherResult(HostedPages.RedirectTarget(context, session, session.SuccessUrl));
    }

    /// <summary>Someone else completed, cancelled or the session expired meanwhile: undo our charge and show what happened.</summary>
    private async Task<IResult> LostRaceAsync(HttpContext context, string sessionId, string paymentId, CancellationToken cancellationToken)
    {
        await processor.VoidAsync(paymentId, CancellationToken.None);
        var current = await sessions.FindAsync(sessionId, cancellationToken);
        return current is null
            ? HostedPages.NotFound(context)
            : await pages.ForSessionAsync(context, current, FormFeedback.None, StatusCodes.Status409Conflict, cancellationToken);
    }

    private static FormFeedback Feedback(CardFormInput input, IReadOnlyDictionary<string, string> errors, string? message) =>
        new(errors, message, input.Expiry, input.NameOnCard);

    [LoggerMessage(Level = LogLevel.Information, Message = "Card payment declined for session {SessionId} ({Brand} ending {Last4}): {DeclineCode}")]
    private static partial void LogDeclined(ILogger logger, string sessionId, string brand, string last4, string? declineCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "Session {SessionId} has an amount the ledger cannot book exactly; payment refused")]
    private static partial void LogUnsettleableAmount(ILogger logger, string sessionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId} completed by payment {PaymentId} ({Brand} ending {Last4})")]
    private static partial void LogCompleted(ILogger logger, string sessionId, string paymentId, string brand, string last4);
}
