using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SignatoryProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProgressReportEvidence",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReportEvidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    TargetId = table.Column<int>(type: "int", nullable: false),
                    PeriodDueUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ValueReached = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Narrative = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    EvidenceFileId = table.Column<int>(type: "int", nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    QueryText = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    QueriedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    QueriedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgressReport_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProgressReport_ProgressReportEvidence_EvidenceFileId",
                        column: x => x.EvidenceFileId,
                        principalTable: "ProgressReportEvidence",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ProgressReport_Target_TargetId",
                        column: x => x.TargetId,
                        principalTable: "Target",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "ApprovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_NextReportDueUtc",
                table: "Pledge",
                columns: new[] { "Status", "NextReportDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_OrganisationType_OrganisationName",
                table: "Pledge",
                columns: new[] { "Status", "OrganisationType", "OrganisationName" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_Sector_OrganisationName",
                table: "Pledge",
                columns: new[] { "Status", "Sector", "OrganisationName" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_SizeBand_OrganisationName",
                table: "Pledge",
                columns: new[] { "Status", "SizeBand", "OrganisationName" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_WithdrawnUtc",
                table: "Pledge",
                columns: new[] { "Status", "WithdrawnUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReport_EvidenceFileId",
                table: "ProgressReport",
                column: "EvidenceFileId");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReport_PledgeId_PeriodDueUtc",
                table: "ProgressReport",
                columns: new[] { "PledgeId", "PeriodDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReport_Status",
                table: "ProgressReport",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReport_TargetId_PeriodDueUtc",
                table: "ProgressReport",
                columns: new[] { "TargetId", "PeriodDueUtc" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProgressReport");

            migrationBuilder.DropTable(
                name: "ProgressReportEvidence");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_NextReportDueUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_OrganisationType_OrganisationName",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_Sector_OrganisationName",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_SizeBand_OrganisationName",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_WithdrawnUtc",
                table: "Pledge");
        }
    }
}
