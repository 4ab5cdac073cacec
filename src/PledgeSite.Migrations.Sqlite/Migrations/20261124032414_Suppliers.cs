using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Suppliers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKey",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    KeyHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RevokedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    LastUsedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKey", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Supplier",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Supplier", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupplierContract",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonitoringCycleMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    OfficerEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    SupplierContactEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierContract", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierContract_Supplier_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Supplier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierDeclaration",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SupplierId = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplierName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompanyNumber = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContractReference = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ContractTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValueBand = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Stage = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PledgeStatus = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PledgeReference = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PledgeStandingWhenDeclared = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    WillSignBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WillNotReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Advancement = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CommitmentCodes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TotalStaff = table.Column<int>(type: "INTEGER", nullable: true),
                    MinorityEthnicStaff = table.Column<int>(type: "INTEGER", nullable: true),
                    MinorityEthnicLeaders = table.Column<int>(type: "INTEGER", nullable: true),
                    AccountableName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountableRole = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AccountableEmail = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    SignedName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SupersedesId = table.Column<int>(type: "INTEGER", nullable: true),
                    SupersededById = table.Column<int>(type: "INTEGER", nullable: true),
                    SupersededUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierDeclaration", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierDeclaration_SupplierDeclaration_SupersededById",
                        column: x => x.SupersededById,
                        principalTable: "SupplierDeclaration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierDeclaration_SupplierDeclaration_SupersedesId",
                        column: x => x.SupersedesId,
                        principalTable: "SupplierDeclaration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierDeclaration_Supplier_SupplierId",
                        column: x => x.SupplierId,
                        principalTable: "Supplier",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupplierDeclarationDraft",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswersJson = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    SupersedesDeclarationId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedDeclarationId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupplierDeclarationDraft", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupplierDeclarationDraft_SupplierDeclaration_SubmittedDeclarationId",
                        column: x => x.SubmittedDeclarationId,
                        principalTable: "SupplierDeclaration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupplierDeclarationDraft_SupplierDeclaration_SupersedesDeclarationId",
                        column: x => x.SupersedesDeclarationId,
                        principalTable: "SupplierDeclaration",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKey_KeyHash",
                table: "ApiKey",
                column: "KeyHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supplier_CompanyNumber",
                table: "Supplier",
                column: "CompanyNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Supplier_Name",
                table: "Supplier",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierContract_Reference",
                table: "SupplierContract",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplierContract_SupplierId",
                table: "SupplierContract",
                column: "SupplierId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclaration_ContractReference",
                table: "SupplierDeclaration",
                column: "ContractReference");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclaration_Reference",
                table: "SupplierDeclaration",
                column: "Reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclaration_SupersededById",
                table: "SupplierDeclaration",
                column: "SupersededById");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclaration_SupersedesId",
                table: "SupplierDeclaration",
                column: "SupersedesId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclaration_SupplierId_ContractReference",
                table: "SupplierDeclaration",
                columns: new[] { "SupplierId", "ContractReference" });

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclarationDraft_SubmittedDeclarationId",
                table: "SupplierDeclarationDraft",
                column: "SubmittedDeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclarationDraft_SupersedesDeclarationId",
                table: "SupplierDeclarationDraft",
                column: "SupersedesDeclarationId");

            migrationBuilder.CreateIndex(
                name: "IX_SupplierDeclarationDraft_UpdatedUtc",
                table: "SupplierDeclarationDraft",
                column: "UpdatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKey");

            migrationBuilder.DropTable(
                name: "SupplierContract");

            migrationBuilder.DropTable(
                name: "SupplierDeclarationDraft");

            migrationBuilder.DropTable(
                name: "SupplierDeclaration");

            migrationBuilder.DropTable(
                name: "Supplier");
        }
    }
}
