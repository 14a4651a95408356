using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaymentGateway.Opencharge.AspNetCore.Requests;

/// <summary>
/// One pass of <see cref="JsonTextCheck"/> over a body. Every request is checked, and nearly every one is fine, so the
/// happy path allocates little: a field's path is written out only when something is wrong with it, and the repeated
/// name check of an object compares with the names seen so far in one list shared by the whole pass (a set only for
/// an object with many names, so a huge object cannot make the check quadratic).
/// </summary>
internal sealed class JsonTextWalk
{
    private const int LinearScanLimit = 16;

    // The way down to the current element: a property name, or (name null) an array index.
    private readonly List<(string? Name, int Index)> _path = [];

    // The names of the objects being visited, outermost first; each object truncates back to where it began.
    private readonly List<string> _names = [];

    public Dictionary<string, object?> Errors { get; } = [];

    public void Visit(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                VisitObject(element);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    _path.Add((null, index++));
                    Visit(item);
                    _path.RemoveAt(_path.Count - 1);
                }
                break;
            case JsonValueKind.String:
                if (!JsonTextCheck.IsReadable(element))
                    Errors[Path()] = JsonTextCheck.Problem;
                break;
        }
    }

    private void VisitObject(JsonElement element)
    {
        var first = _names.Count;
        HashSet<string>? many = null;
        foreach (var property in element.EnumerateObject())
        {
            if (JsonTextCheck.ReadableName(property) is not { } name)
            {
                Errors[Path()] = JsonTextCheck.NameProblem;
                continue;
            }
            if (!AddName(name, first, ref many))
                Errors[Path()] = JsonTextCheck.DuplicateProblem;
            _path.Add((name, 0));
            Visit(property.Value);
            _path.RemoveAt(_path.Count - 1);
        }
        _names.RemoveRange(first, _names.Count - first);
    }

    /// <summary>False when the object (whose names start at <paramref name="first"/>) already has this name.</summary>
    private bool AddName(string name, int first, ref HashSet<string>? many)
    {
        if (many is not null)
            return many.Add(name);
        for (var i = first; i < _names.Count; i++)
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
                return false;
        _names.Add(name);
        if (_names.Count - first > LinearScanLimit)
            many = new HashSet<string>(_names.Skip(first), StringComparer.Ordinal);
        return true;
    }

    /// <summary>"order.items[0].price"; the root itself is "body".</summary>
    private string Path()
    {
        if (_path.Count == 0)
            return "body";
        var path = new StringBuilder();
        foreach (var (name, index) in _path)
        {
            if (name is null)
                path.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            else
                path.Append(path.Length == 0 ? "" : ".").Append(name);
        }
        return path.ToString();
    }
}
