using System.Net;
using System.Reflection;
using System.Text.Json;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.IntegrationTests.Checkout.Fuzzing;

/// <summary>What the fuzzers accept as an answer that is not a success: a client error in the documented envelope.</summary>
internal static class FuzzAnswer
{
    // A 500 or 503 is never an acceptable answer to bad input, so their codes do not count as documented here.
    private static readonly HashSet<string> DocumentedCodes = [.. typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!).Except([ErrorCodes.InternalError, ErrorCodes.ServiceUnavailable])];

    /// <summary>"4xx CODE" for a documented client error; anything else fails the sample with what came back.</summary>
    public static string ClientError(HttpStatusCode status, string body)
    {
        Assert.True((int)status is >= 400 and < 500, $"status {(int)status}: {body}");
        string? code;
        try
        {
            using var json = JsonDocument.Parse(body);
            var error = json.RootElement.GetProperty("error");
            code = error.GetProperty("code").GetString();
            Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()), body);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new Xunit.Sdk.XunitException($"status {(int)status} without the error envelope: {body}");
        }
        Assert.True(code is not null && DocumentedCodes.Contains(code), $"undocumented code in {(int)status}: {body}");
        return $"{(int)status} {code}";
    }
}
