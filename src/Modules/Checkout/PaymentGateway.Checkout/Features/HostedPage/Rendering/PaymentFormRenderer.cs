using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>The card form and the Cancel form. Plain HTML posts: the page works without JavaScript.</summary>
internal static class PaymentFormRenderer
{
    public static string Render(CheckoutPageModel page)
    {
        var action = Html.Encode(page.PathBase + HostedPagePaths.PagePrefix + "/") + Html.PathSegment(page.SessionId);
        var feedback = page.Feedback;
        string? Error(string field) => feedback.FieldErrors.TryGetValue(field, out var e) ? e : null;
        var alert = feedback.Message is null ? "" : $"""<div class="alert" role="alert">{Html.Encode(feedback.Message)}</div>""";
        return $"""
            <section class="payment" aria-labelledby="payment-heading">
            <h2 id="payment-heading">Card details</h2>
            {alert}
            <form method="post" action="{action}" class="pay-form">
            {page.Antiforgery.Render()}
            {FormFieldRenderer.Render(CardFields.Number, "Card number",
                "type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-number\" maxlength=\"23\" required", "", Error(CardFields.Number))}
            <div class="field-row">
            {FormFieldRenderer.Render(CardFields.Expiry, "Expiry (MM/YY)",
                "type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-exp\" maxlength=\"7\" placeholder=\"MM/YY\" required", feedback.Expiry, Error(CardFields.Expiry))}
            {FormFieldRenderer.Render(CardFields.Cvc, "CVC",
                "type=\"text\" inputmode=\"numeric\" autocomplete=\"cc-csc\" maxlength=\"4\" required", "", Error(CardFields.Cvc))}
            </div>
            {FormFieldRenderer.Render(CardFields.Name, "Name on card",
                "type=\"text\" autocomplete=\"cc-name\" maxlength=\"100\" required", feedback.NameOnCard, Error(CardFields.Name))}
            <button type="submit" class="pay">Pay {Html.Encode(page.Amount)} {Html.Encode(page.Currency)}</button>
            </form>
            <form method="post" action="{action}/cancel" class="cancel-form">
            {page.Antiforgery.Render()}
            <button type="submit" class="cancel">Cancel</button>
            </form>
            </section>
            """;
    }
}
