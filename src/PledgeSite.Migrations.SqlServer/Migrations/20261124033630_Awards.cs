using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Awards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AwardCycle",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    NominationsOpenUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    NominationsCloseUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    JudgingDeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AnnouncementUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RetentionDays = table.Column<int>(type: "int", nullable: false),
                    PersonalDataDeletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NomineesEmailedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardCycle", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AwardCategory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CycleId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    NomineeKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RequiresApprovedSignatory = table.Column<bool>(type: "bit", nullable: false),
                    RequiresTowerHamletsConnection = table.Column<bool>(type: "bit", nullable: false),
                    SelfNominationAllowed = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    DecisionNote = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardCategory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardCategory_AwardCycle_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AwardCycle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AwardCriterion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CategoryId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Guidance = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Weight = table.Column<int>(type: "int", nullable: false),
                    MinScore = table.Column<int>(type: "int", nullable: false),
                    MaxScore = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardCriterion_AwardCategory_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "AwardCategory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AwardQuestion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CategoryId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Hint = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MaxWords = table.Column<int>(type: "int", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardQuestion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardQuestion_AwardCategory_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "AwardCategory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JudgeAssignment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CategoryId = table.Column<int>(type: "int", nullable: false),
                    JudgeUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JudgeAssignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JudgeAssignment_AspNetUsers_JudgeUserId",
                        column: x => x.JudgeUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JudgeAssignment_AwardCategory_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "AwardCategory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Nomination",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    JourneyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CycleId = table.Column<int>(type: "int", nullable: false),
                    CategoryId = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SubmittedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    NomineePledgeId = table.Column<int>(type: "int", nullable: true),
                    NomineeName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NomineeEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NomineePhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NomineeConnection = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    IsSelfNomination = table.Column<bool>(type: "bit", nullable: false),
                    NotifyNominee = table.Column<bool>(type: "bit", nullable: false),
                    NominatorName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    NominatorEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NominatorPhone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    NominatorRelationship = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ConsentGiven = table.Column<bool>(type: "bit", nullable: false),
                    SupportingFileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    SupportingFileStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    SupportingFileContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Eligibility = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EligibilityReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    MergedIntoId = table.Column<int>(type: "int", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Citation = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    PhotoStoredName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PhotoContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    PhotoAltText = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    NomineeEmailedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PersonalDataDeletedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nomination", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nomination_AwardCategory_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "AwardCategory",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Nomination_AwardCycle_CycleId",
                        column: x => x.CycleId,
                        principalTable: "AwardCycle",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nomination_Pledge_NomineePledgeId",
                        column: x => x.NomineePledgeId,
                        principalTable: "Pledge",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ConflictOfInterest",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    JudgeUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DeclaredUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConflictOfInterest", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConflictOfInterest_Nomination_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nomination",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NominationAnswer",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    QuestionId = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationAnswer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationAnswer_AwardQuestion_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "AwardQuestion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NominationAnswer_Nomination_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nomination",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NominationScore",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NominationId = table.Column<int>(type: "int", nullable: false),
                    CriterionId = table.Column<int>(type: "int", nullable: false),
                    JudgeUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Value = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NominationScore", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NominationScore_AwardCriterion_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "AwardCriterion",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_NominationScore_Nomination_NominationId",
                        column: x => x.NominationId,
                        principalTable: "Nomination",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardCategory_CycleId",
                table: "AwardCategory",
                column: "CycleId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardCriterion_CategoryId",
                table: "AwardCriterion",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardCycle_Year",
                table: "AwardCycle",
                column: "Year",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardQuestion_CategoryId",
                table: "AwardQuestion",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ConflictOfInterest_NominationId_JudgeUserId",
                table: "ConflictOfInterest",
                columns: new[] { "NominationId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JudgeAssignment_CategoryId_JudgeUserId",
                table: "JudgeAssignment",
                columns: new[] { "CategoryId", "JudgeUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JudgeAssignment_JudgeUserId",
                table: "JudgeAssignment",
                column: "JudgeUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Nomination_CategoryId",
                table: "Nomination",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_Nomination_CycleId_Status",
                table: "Nomination",
                columns: new[] { "CycleId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Nomination_JourneyId",
                table: "Nomination",
                column: "JourneyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nomination_NomineePledgeId",
                table: "Nomination",
                column: "NomineePledgeId");

            migrationBuilder.CreateIndex(
                name: "IX_Nomination_Reference",
                table: "Nomination",
                column: "Reference",
                unique: true,
                filter: "[Reference] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_NominationAnswer_NominationId_QuestionId",
                table: "NominationAnswer",
                columns: new[] { "NominationId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NominationAnswer_QuestionId",
                table: "NominationAnswer",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationScore_CriterionId",
                table: "NominationScore",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_NominationScore_NominationId_CriterionId_JudgeUserId",
                table: "NominationScore",
                columns: new[] { "NominationId", "CriterionId", "JudgeUserId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConflictOfInterest");

            migrationBuilder.DropTable(
                name: "JudgeAssignment");

            migrationBuilder.DropTable(
                name: "NominationAnswer");

            migrationBuilder.DropTable(
                name: "NominationScore");

            migrationBuilder.DropTable(
                name: "AwardQuestion");

            migrationBuilder.DropTable(
                name: "AwardCriterion");

            migrationBuilder.DropTable(
                name: "Nomination");

            migrationBuilder.DropTable(
                name: "AwardCategory");

            migrationBuilder.DropTable(
                name: "AwardCycle");
        }
    }
}
