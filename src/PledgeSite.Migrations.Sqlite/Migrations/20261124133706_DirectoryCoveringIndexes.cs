using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_NextReportDueUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_OrganisationName",
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

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_ApprovedUtc_ConsentToPublish",
                table: "Pledge",
                columns: new[] { "Status", "ApprovedUtc", "ConsentToPublish" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_NextReportDueUtc_ConsentToPublish_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "NextReportDueUtc", "ConsentToPublish", "ApprovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "OrganisationName", "Id", "ConsentToPublish", "ApprovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_OrganisationType_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "OrganisationType", "OrganisationName", "Id", "ConsentToPublish", "ApprovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_Sector_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "Sector", "OrganisationName", "Id", "ConsentToPublish", "ApprovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_SizeBand_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "SizeBand", "OrganisationName", "Id", "ConsentToPublish", "ApprovedUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_ApprovedUtc_ConsentToPublish",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_NextReportDueUtc_ConsentToPublish_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_OrganisationType_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_Sector_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_Status_SizeBand_OrganisationName_Id_ConsentToPublish_ApprovedUtc",
                table: "Pledge");

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_ApprovedUtc",
                table: "Pledge",
                columns: new[] { "Status", "ApprovedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_NextReportDueUtc",
                table: "Pledge",
                columns: new[] { "Status", "NextReportDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_Status_OrganisationName",
                table: "Pledge",
                columns: new[] { "Status", "OrganisationName" });

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
        }
    }
}
