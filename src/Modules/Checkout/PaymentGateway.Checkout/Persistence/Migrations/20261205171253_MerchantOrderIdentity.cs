using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Checkout.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class MerchantOrderIdentity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A checkout is now identified by the merchant's order, not by who asked for it. Should a database already
            // hold two sessions of one merchant order (created by two callers before this rule), PostgreSQL refuses
            // this index naming the duplicated (merchant_ocid, order_id) and the migration stops: an operator has to
            // look at those orders (one of them may have been paid twice) before the gateway can start.
            migrationBuilder.CreateIndex(
                name: "ix_sessions_merchant_ocid_order_id",
                schema: "checkout",
                table: "sessions",
                columns: new[] { "merchant_ocid", "order_id" },
                unique: true);

            migrationBuilder.DropIndex(
                name: "ix_sessions_caller_ocid_order_id",
                schema: "checkout",
                table: "sessions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_merchant_ocid_order_id",
                schema: "checkout",
                table: "sessions");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_caller_ocid_order_id",
                schema: "checkout",
                table: "sessions",
                columns: new[] { "caller_ocid", "order_id" },
                unique: true);
        }
    }
}
