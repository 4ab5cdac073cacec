using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditStrictlyAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Audit entries are now written once, with their final keys: no update or delete of any kind is allowed
            // any more (AuditAppendOnly let the key "new" be filled in). Wrapped in EXEC, as there.
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE OR ALTER TRIGGER TR_AuditEntries_AppendOnly ON AuditEntries AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted)
                        THROW 51000, ''The audit log is append-only'', 1;
                END
                ');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE OR ALTER TRIGGER TR_AuditEntries_AppendOnly ON AuditEntries AFTER UPDATE, DELETE AS
                BEGIN
                    SET NOCOUNT ON;
                    IF EXISTS (SELECT 1 FROM deleted) AND (NOT EXISTS (SELECT 1 FROM inserted) OR EXISTS (
                        SELECT 1 FROM deleted d LEFT JOIN inserted i ON i.Id = d.Id
                        WHERE i.Id IS NULL
                           OR NOT (d.EntityKey = ''new'' OR d.EntityKey LIKE ''new,%'' OR d.EntityKey LIKE ''%,new'' OR d.EntityKey LIKE ''%,new,%'')
                           OR i.OccurredUtc <> d.OccurredUtc OR i.Actor <> d.Actor OR ISNULL(i.ActorId, '''') <> ISNULL(d.ActorId, '''')
                           OR i.Action <> d.Action OR i.EntityType <> d.EntityType OR i.Changes <> d.Changes
                           OR ISNULL(i.IpAddress, '''') <> ISNULL(d.IpAddress, '''')))
                        THROW 51000, ''The audit log is append-only'', 1;
                END
                ');
                """);
        }
    }
}
