using System.Collections.Concurrent;

namespace PaymentGateway.Settlement.Ledger;

/// <summary>
/// Account ids by account code, for this process: an account, once committed, is never deleted and never changes its
/// id or code, so each credit need not look its two accounts up again (four round trips per payment). Only ids seen
/// committed are kept (<see cref="LedgerWriter"/> never adds an account its own, possibly still open, transaction created).
/// </summary>
internal sealed class AccountIds
{
    private readonly ConcurrentDictionary<string, long> _byCode = new(StringComparer.Ordinal);

    public bool TryGet(string code, out long id) => _byCode.TryGetValue(code, out id);

    public void Add(string code, long id) => _byCode.TryAdd(code, id);
}
