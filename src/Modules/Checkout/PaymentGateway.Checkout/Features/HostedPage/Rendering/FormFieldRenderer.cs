namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>One labelled input; an error makes it <c>aria-invalid</c> and points it at the message.</summary>
internal static class FormFieldRenderer
{
    public static string Render(string name, string label, string attributes, string value, string? error)
    {
        var id = Html.Encode(name);
        var errorId = id + "-error";
        var invalid = error is null ? "" : $""" aria-invalid="true" aria-describedby="{errorId}" """;
        var message = error is null ? "" : $"""<p class="field-error" id="{errorId}">{Html.Encode(error)}</p>""";
        return $"""
            <div class="field">
            <label for="{id}">{Html.Encode(label)}</label>
            <input id="{id}" name="{id}" {attributes} value="{Html.Encode(value)}"{invalid}>
            {message}
            </div>
            """;
    }
}
