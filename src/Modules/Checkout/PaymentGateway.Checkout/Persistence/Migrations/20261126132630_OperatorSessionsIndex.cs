using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Checkout.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class OperatorSessionsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_sessions_created_at",
                schema: "checkout",
                table: "sessions",
                column: "created_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_created_at",
                schema: "checkout",
                table: "sessions");
        }
    }
}
