using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using PaymentGateway.Opencharge.AspNetCore.Errors;

namespace PaymentGateway.Operators;

/// <summary>
/// Reads operator query parameters by hand, collecting every problem, so that bad input is one 400 envelope with
/// a detail per parameter instead of a binder's own error format (or a 500).
/// </summary>
public sealed partial class OperatorInput
{
    private readonly Dictionary<string, object?> _problems = new(StringComparer.Ordinal);

    public OperatorListQuery ReadListQuery(IQueryCollection query)
    {
        var page = ReadInt(query, "page", 1, 1, int.MaxValue / OperatorListQuery.MaxPageSize);
        var pageSize = ReadInt(query, "pageSize", OperatorListQuery.DefaultPageSize, 1, OperatorListQuery.MaxPageSize);
        var (from, to) = ReadWindow(query["from"], query["to"]);
        return new OperatorListQuery(page, pageSize, from, to);
    }

    /// <summary>An optional value that must be one of <paramref name="allowed"/>.</summary>
    public string? ReadChoice(IQueryCollection query, string name, IReadOnlyCollection<string> allowed)
    {
        var value = query[name].ToString();
        if (value.Length == 0)
            return null;
        if (allowed.Contains(value))
            return value;
        _problems[name] = $"must be one of {string.Join(", ", allowed)}";
        return null;
    }

    public long? ReadOcid(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ocid) && ocid > 0)
            return ocid;
        _problems[name] = "must be a positive integer OCID";
        return null;
    }

    /// <summary>ISO 8601 instants (a date alone means midnight UTC); <c>from</c> must not be after <c>to</c>.</summary>
    public (DateTimeOffset? From, DateTimeOffset? To) ReadWindow(string? from, string? to)
    {
        var start = ReadTime("from", from);
        var end = ReadTime("to", to);
        if (start > end)
            _problems["from"] = "must not be after 'to'";
        return (start, end);
    }

    public void Problem(string name, string message) => _problems[name] = message;

    /// <summary>Throws the 400 envelope when anything was wrong.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
            throw new OpenchargeException(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest, "The request has invalid parameters.", _problems);
    }

    private int ReadInt(IQueryCollection query, string name, int fallback, int min, int max)
    {
        var value = query[name].ToString();
        if (value.Length == 0)
            return fallback;
        if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return number;
        _problems[name] = $"must be an integer from {min} to {max}";
        return fallback;
    }

    private DateTimeOffset? ReadTime(string name, string? value)
    {
        if (string.IsNullOrEmpty(value))
            return null;
        // The shape check keeps TryParse from accepting locale-ish forms such as "1/2/2026".
        if (IsoDate().IsMatch(value)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            return time;
        _problems[name] = "must be an ISO 8601 date or date-time, e.g. 2026-11-26T12:00:00Z";
        return null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();
}
