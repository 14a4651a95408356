namespace PaymentGateway.Opencharge;

/// <summary>
/// The request-path forms a peer may have signed (docs/protocol.md, Signed requests; contradiction B2): the spec's full path with query, Express's
/// <c>req.path</c> style without query, and the path relative to our endpoint base (router mount point), with and
/// without query. Ordered so the strict spec form is tried first.
/// </summary>
internal static class RequestPathCandidates
{
    public static List<string> For(string rawPathAndQuery, string? basePath)
    {
        var candidates = new List<string>(4) { rawPathAndQuery };
        var queryStart = rawPathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var pathOnly = queryStart >= 0 ? rawPathAndQuery[..queryStart] : rawPathAndQuery;
        AddDistinct(candidates, pathOnly);

        var normalisedBase = basePath?.TrimEnd('/');
        if (!string.IsNullOrEmpty(normalisedBase)
            && pathOnly.StartsWith(normalisedBase, StringComparison.Ordinal)
            && (pathOnly.Length == normalisedBase.Length || pathOnly[normalisedBase.Length] == '/'))
        {
            // Only strip on a segment boundary: base /opencharge must not turn /openchargex/a into x/a.
            var relative = rawPathAndQuery[normalisedBase.Length..];
            if (relative.Length == 0 || relative[0] == '?')
            {
                relative = "/" + relative;
            }

            AddDistinct(candidates, relative);
            var relativeQuery = relative.IndexOf('?', StringComparison.Ordinal);
            AddDistinct(candidates, relativeQuery >= 0 ? relative[..relativeQuery] : relative);
        }

        return candidates;
    }

    private static void AddDistinct(List<string> candidates, string candidate)
    {
        if (!candidates.Contains(candidate, StringComparer.Ordinal))
        {
            candidates.Add(candidate);
        }
    }
}
