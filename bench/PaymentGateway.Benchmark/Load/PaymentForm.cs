namespace PaymentGateway.Benchmark.Load;

/// <summary>
/// One open session as a customer's browser holds it after loading the page: the antiforgery cookie and the form's
/// hidden token, which the POST must send back together. <see cref="OrderId"/> ties it to the proof the MG receives.
/// </summary>
internal sealed record PaymentForm(string OrderId, string SessionId, string Cookie, string TokenField, string Token);
