namespace PaymentGateway.Checkout.Features.HostedPage.Rendering;

/// <summary>The hidden input that carries the antiforgery request token.</summary>
internal sealed record AntiforgeryField(string Name, string Token)
{
    public string Render() => $"""<input type="hidden" name="{Html.Encode(Name)}" value="{Html.Encode(Token)}">""";
}
