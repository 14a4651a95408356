using Microsoft.EntityFrameworkCore;

namespace PaymentGateway.Modularity.Persistence;

/// <summary>The schema a module's plain SQL names, taken from the module's own model (never from input).</summary>
public static class ModuleSchema
{
    public static string Of(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.GetDefaultSchema() ?? "public";
    }
}
