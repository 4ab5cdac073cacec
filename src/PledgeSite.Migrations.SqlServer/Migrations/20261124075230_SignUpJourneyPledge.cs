using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SignUpJourneyPledge : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_SignUpJourney_PledgeId",
                table: "SignUpJourney",
                column: "PledgeId");

            migrationBuilder.AddForeignKey(
                name: "FK_SignUpJourney_Pledge_PledgeId",
                table: "SignUpJourney",
                column: "PledgeId",
                principalTable: "Pledge",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SignUpJourney_Pledge_PledgeId",
                table: "SignUpJourney");

            migrationBuilder.DropIndex(
                name: "IX_SignUpJourney_PledgeId",
                table: "SignUpJourney");
        }
    }
}
