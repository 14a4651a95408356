using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Settlement.Persistence.Migrations
{
    /// <summary>
    /// A received proof's <c>to.reference</c> is kept whole, whatever its length: a proof whose reference names no
    /// partner is still money received (suspense), and one longer than 200 characters failed the insert with a 500.
    /// </summary>
    internal partial class ReceiptReferenceAnyLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "to_reference",
                schema: "settlement",
                table: "receipts",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "to_reference",
                schema: "settlement",
                table: "receipts",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
