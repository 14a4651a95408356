using System.Diagnostics;
using System.Globalization;
using System.Net;
using PaymentGateway.Checkout.Payments;

namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// The timed part of the pay scenario: <see cref="LoadRunner.Connections"/> workers submit the card form of every
/// session once. A payment is complete when its 303 (to the merchant's success URL) arrives.
/// </summary>
internal sealed class PaymentRunner(Uri baseUrl, int connections = LoadRunner.Connections) : IDisposable
{
    private const int MaxErrorChars = 500;
    private readonly HttpClient _client = BenchHttpClient.Create(baseUrl);
    private string? _firstError;

    public string? FirstError => _firstError;

    public async Task<PaymentOutcome[]> PayAllAsync(PaymentForm[] forms)
    {
        var outcomes = new PaymentOutcome[forms.Length];
        // The card form as a customer fills it in; an expiry some years ahead so that it never runs out.
        var expiry = string.Create(CultureInfo.InvariantCulture, $"12/{(DateTime.UtcNow.Year + 4) % 100:00}");
        await Parallel.ForEachAsync(Enumerable.Range(0, forms.Length),
            new ParallelOptions { MaxDegreeOfParallelism = connections },
            async (i, _) => outcomes[i] = await PayAsync(forms[i], expiry));
        return outcomes;
    }

    private async Task<PaymentOutcome> PayAsync(PaymentForm form, string expiry)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/pay/" + Uri.EscapeDataString(form.SessionId))
        {
            Content = new FormUrlEncodedContent(
            [
                new(form.TokenField, form.Token),
                new(CardFields.Number, "4242424242424242"),
                new(CardFields.Expiry, expiry),
                new(CardFields.Cvc, "123"),
                new(CardFields.Name, "Bench Customer"),
            ]),
        };
        request.Headers.TryAddWithoutValidation("Cookie", form.Cookie);
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request);
            var ended = Stopwatch.GetTimestamp();
            if (response.StatusCode == HttpStatusCode.SeeOther)
                return new PaymentOutcome(form, started, ended, true);
            var body = await response.Content.ReadAsStringAsync();
            Keep($"HTTP {(int)response.StatusCode}: {body}");
            return new PaymentOutcome(form, started, ended, false);
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            Keep($"{exception.GetType().Name}: {exception.Message}");
            return new PaymentOutcome(form, started, Stopwatch.GetTimestamp(), false);
        }
    }

    private void Keep(string error) =>
        Interlocked.CompareExchange(ref _firstError, error.Length > MaxErrorChars ? error[..MaxErrorChars] : error, null);

    public void Dispose() => _client.Dispose();
}
