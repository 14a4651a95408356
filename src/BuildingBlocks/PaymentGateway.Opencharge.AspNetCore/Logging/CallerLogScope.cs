using System.Collections;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Authentication;

namespace PaymentGateway.Opencharge.AspNetCore.Logging;

/// <summary>
/// Log scope state <c>CallerOcid</c>, read when a log line is written rather than when the scope starts: the scope
/// opens before authentication (so the error middleware's lines are inside it) and the OCID is only trusted after it.
/// Until then the value is null; an unverified X-OC-ID header is never logged as the caller.
/// </summary>
internal sealed class CallerLogScope(HttpContext context) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string Key = "CallerOcid";

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? new(Key, context.Features.Get<AuthenticatedCaller>()?.Ocid) : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() =>
        context.Features.Get<AuthenticatedCaller>() is { } caller
            ? string.Create(CultureInfo.InvariantCulture, $"{Key}:{caller.Ocid}")
            : $"{Key}:(unauthenticated)";
}
