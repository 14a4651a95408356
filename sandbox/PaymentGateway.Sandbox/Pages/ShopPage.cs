using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using PaymentGateway.Sandbox.Shop;

namespace PaymentGateway.Sandbox.Pages;

/// <summary><c>GET /</c>: the product list, one form per product so every Buy button works without script.</summary>
internal static class ShopPage
{
    public static string Body(IEnumerable<Product> products, AntiforgeryTokenSet tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var html = new StringBuilder();
        html.Append("<h1>Sandbox shop</h1>\n<ul class=\"products\">\n");
        foreach (var product in products)
        {
            var nameId = "product-" + Html.Encode(product.Id);
            html.Append("<li>")
                .Append("<p class=\"name\" id=\"").Append(nameId).Append("\">").Append(Html.Encode(product.Name)).Append("</p>")
                .Append("<p class=\"description\">").Append(Html.Encode(product.Description)).Append("</p>")
                .Append("<p class=\"price\">").Append(Html.Encode(product.Price)).Append(' ').Append(Html.Encode(ProductCatalog.Currency)).Append("</p>")
                .Append("<form method=\"post\" action=\"/buy\">")
                .Append("<input type=\"hidden\" name=\"").Append(Html.Encode(tokens.FormFieldName)).Append("\" value=\"").Append(Html.Encode(tokens.RequestToken)).Append("\">")
                .Append("<input type=\"hidden\" name=\"productId\" value=\"").Append(Html.Encode(product.Id)).Append("\">")
                // The visible text is "Buy"; the accessible name also says what is being bought.
                .Append("<button type=\"submit\">Buy<span class=\"visually-hidden\"> ")
                .Append(Html.Encode(product.Name)).Append("</span></button>")
                .Append("</form></li>\n");
        }

        html.Append("</ul>\n");
        return html.ToString();
    }
}
