using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// Set-up of the pay scenario, not timed: opens sessions with signed /checkout/create calls, then loads each hosted
/// page once, as the customer's browser would, to get its antiforgery cookie and form token.
/// </summary>
internal static partial class SessionOpener
{
    public static async Task<PaymentForm[]> OpenAsync(Uri baseUrl, PreparedRequest[] creates)
    {
        using var client = BenchHttpClient.Create(baseUrl);
        var forms = new PaymentForm[creates.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, creates.Length),
            new ParallelOptions { MaxDegreeOfParallelism = LoadRunner.Connections },
            async (i, ct) => forms[i] = await OpenOneAsync(client, baseUrl, creates[i], ct));
        return forms;
    }

    private static async Task<PaymentForm> OpenOneAsync(HttpClient client, Uri baseUrl, PreparedRequest create, CancellationToken ct)
    {
        var orderId = JsonNode.Parse(create.Body)!["order"]!["id"]!.GetValue<string>();
        using var request = create.ToHttpRequest(new Uri(baseUrl, CheckoutRequestFactory.Path));
        using var created = await client.SendAsync(request, ct);
        var createdBody = await created.Content.ReadAsStringAsync(ct);
        if (created.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"create failed: HTTP {(int)created.StatusCode}: {createdBody}");
        using var json = JsonDocument.Parse(createdBody);
        var sessionId = json.RootElement.GetProperty("session_id").GetString()!;

        using var page = await client.GetAsync("/pay/" + Uri.EscapeDataString(sessionId), ct);
        var html = await page.Content.ReadAsStringAsync(ct);
        if (page.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET /pay/{sessionId} failed: HTTP {(int)page.StatusCode}");
        var field = AntiforgeryInput().Match(html);
        if (!field.Success)
            throw new InvalidOperationException($"GET /pay/{sessionId}: no antiforgery token in the page");
        // Only name=value goes back, as a browser sends it; the attributes (path, samesite, httponly) stay behind.
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var values)
            ? string.Join("; ", values.Select(v => v.Split(';', 2)[0]))
            : throw new InvalidOperationException($"GET /pay/{sessionId}: no antiforgery cookie");
        return new PaymentForm(orderId, sessionId, cookies, WebUtility.HtmlDecode(field.Groups["name"].Value),
            WebUtility.HtmlDecode(field.Groups["value"].Value));
    }

    // The field name is whatever antiforgery is configured with (by default __RequestVerificationToken).
    [System.Text.RegularExpressions.GeneratedRegex("""<input type="hidden" name="(?<name>[^"]+)" value="(?<value>[^"]*)">""")]
    private static partial System.Text.RegularExpressions.Regex AntiforgeryInput();
}
