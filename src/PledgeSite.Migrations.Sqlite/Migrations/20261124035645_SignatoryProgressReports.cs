using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Bytes = table.Column<byte[]>(type: "BLOB", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgressReportEvidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProgressReport",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PledgeId = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetId = table.Column<int>(type: "INTEGER", nullable: false),
                    PeriodDueUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ValueReached = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    ValueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Narrative = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    EvidenceUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EvidenceFileId = table.Column<int>(type: "INTEGER", nullable: true),
                    SubmittedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QueryText = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    QueriedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    QueriedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
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
