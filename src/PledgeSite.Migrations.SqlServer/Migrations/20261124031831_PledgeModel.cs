using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PledgeModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AddressLine1",
                table: "Pledge",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AddressLine2",
                table: "Pledge",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ChangesSubmittedUtc",
                table: "Pledge",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ConsentToPublish",
                table: "Pledge",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeclarationAcceptedUtc",
                table: "Pledge",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EmailConfirmedUtc",
                table: "Pledge",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "LogoId",
                table: "Pledge",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "Pledge",
                type: "nvarchar(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Town",
                table: "Pledge",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebsiteDomain",
                table: "Pledge",
                type: "nvarchar(253)",
                maxLength: 253,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Commitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Guidance = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    IsRequired = table.Column<bool>(type: "bit", nullable: false),
                    RecommendationCode = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PledgeContact",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    Role = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    JobTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(320)", maxLength: 320, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSignInUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeContact", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgeContact_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgeHistoryEntry",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    OccurredUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FromStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ToStatus = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Actor = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ActorKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Event = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeHistoryEntry", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgeHistoryEntry_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgeLogo",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContentType = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Bytes = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OriginalFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    UploadedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeLogo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SignUpJourney",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StateJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ResumeLinkSentUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PledgeId = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignUpJourney", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WorkforceFigures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    AsAtDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TotalStaff = table.Column<int>(type: "int", nullable: false),
                    MinorityEthnicStaff = table.Column<int>(type: "int", nullable: false),
                    SeniorStaff = table.Column<int>(type: "int", nullable: true),
                    MinorityEthnicSeniorStaff = table.Column<int>(type: "int", nullable: true),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkforceFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WorkforceFigures_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PledgeCommitment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    CommitmentId = table.Column<int>(type: "int", nullable: false),
                    AddedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApprovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PledgeCommitment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PledgeCommitment_Commitment_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PledgeCommitment_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Target",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PledgeId = table.Column<int>(type: "int", nullable: false),
                    Measure = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BaselineValue = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    BaselineDate = table.Column<DateOnly>(type: "date", nullable: false),
                    TargetValue = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: false),
                    TargetDate = table.Column<DateOnly>(type: "date", nullable: false),
                    CommitmentId = table.Column<int>(type: "int", nullable: true),
                    IsPublic = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ApprovedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Target", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Target_Commitment_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "Commitment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Target_Pledge_PledgeId",
                        column: x => x.PledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SignatoryToken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UsedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignatoryToken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignatoryToken_PledgeContact_ContactId",
                        column: x => x.ContactId,
                        principalTable: "PledgeContact",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_LogoId",
                table: "Pledge",
                column: "LogoId");

            migrationBuilder.CreateIndex(
                name: "IX_Pledge_WebsiteDomain",
                table: "Pledge",
                column: "WebsiteDomain");

            migrationBuilder.CreateIndex(
                name: "IX_Commitment_Code",
                table: "Commitment",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Commitment_IsActive_SortOrder",
                table: "Commitment",
                columns: new[] { "IsActive", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PledgeCommitment_CommitmentId",
                table: "PledgeCommitment",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeCommitment_PledgeId_CommitmentId",
                table: "PledgeCommitment",
                columns: new[] { "PledgeId", "CommitmentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PledgeContact_Email",
                table: "PledgeContact",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_PledgeContact_PledgeId_Role",
                table: "PledgeContact",
                columns: new[] { "PledgeId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_PledgeHistoryEntry_PledgeId_OccurredUtc",
                table: "PledgeHistoryEntry",
                columns: new[] { "PledgeId", "OccurredUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_SignatoryToken_ContactId",
                table: "SignatoryToken",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_SignatoryToken_ExpiresUtc",
                table: "SignatoryToken",
                column: "ExpiresUtc");

            migrationBuilder.CreateIndex(
                name: "IX_SignatoryToken_TokenHash",
                table: "SignatoryToken",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignUpJourney_UpdatedUtc",
                table: "SignUpJourney",
                column: "UpdatedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Target_CommitmentId",
                table: "Target",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Target_PledgeId_SortOrder",
                table: "Target",
                columns: new[] { "PledgeId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkforceFigures_PledgeId_AsAtDate",
                table: "WorkforceFigures",
                columns: new[] { "PledgeId", "AsAtDate" });

            migrationBuilder.AddForeignKey(
                name: "FK_Pledge_PledgeLogo_LogoId",
                table: "Pledge",
                column: "LogoId",
                principalTable: "PledgeLogo",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Pledge_PledgeLogo_LogoId",
                table: "Pledge");

            migrationBuilder.DropTable(
                name: "PledgeCommitment");

            migrationBuilder.DropTable(
                name: "PledgeHistoryEntry");

            migrationBuilder.DropTable(
                name: "PledgeLogo");

            migrationBuilder.DropTable(
                name: "SignatoryToken");

            migrationBuilder.DropTable(
                name: "SignUpJourney");

            migrationBuilder.DropTable(
                name: "Target");

            migrationBuilder.DropTable(
                name: "WorkforceFigures");

            migrationBuilder.DropTable(
                name: "PledgeContact");

            migrationBuilder.DropTable(
                name: "Commitment");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_LogoId",
                table: "Pledge");

            migrationBuilder.DropIndex(
                name: "IX_Pledge_WebsiteDomain",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "AddressLine1",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "AddressLine2",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "ChangesSubmittedUtc",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "ConsentToPublish",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "DeclarationAcceptedUtc",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "EmailConfirmedUtc",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "LogoId",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "Town",
                table: "Pledge");

            migrationBuilder.DropColumn(
                name: "WebsiteDomain",
                table: "Pledge");
        }
    }
}
