using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PaymentGateway.Host.KeyRing.Migrations
{
    /// <summary>
    /// The key ring's table in the host's schema, with the keys of <c>checkout.data_protection_keys</c> where an earlier
    /// version kept them, so antiforgery cookies and forms issued before the upgrade stay valid. Runs before Checkout's
    /// migration that drops that table (see <see cref="KeyRingExtensions"/>).
    /// </summary>
    internal partial class InitialKeyRing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "host");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                schema: "host",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF to_regclass('checkout.data_protection_keys') IS NOT NULL THEN
                        INSERT INTO host.data_protection_keys (friendly_name, xml)
                        SELECT friendly_name, xml FROM checkout.data_protection_keys ORDER BY id;
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "data_protection_keys",
                schema: "host");
        }
    }
}
