using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PaymentGateway.Settlement.Persistence.Migrations
{
    /// <inheritdoc />
    internal partial class ReceiptAllocationAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "allocated_at",
                schema: "settlement",
                table: "receipts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "allocated_by",
                schema: "settlement",
                table: "receipts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "allocated_at",
                schema: "settlement",
                table: "receipts");

            migrationBuilder.DropColumn(
                name: "allocated_by",
                schema: "settlement",
                table: "receipts");
        }
    }
}
