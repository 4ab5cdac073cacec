using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PledgeSite.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit log is append-only: the database itself refuses to change or remove an entry.
            // One exception: the audit interceptor fills in the key of an entity whose key the database generated
            // ("new" until then), changing nothing else. An AFTER trigger, so row counts are the statement's own.
            // Wrapped in EXEC: CREATE TRIGGER must start its own batch, also inside the idempotent script's IF blocks.
            migrationBuilder.Sql("""
                EXEC(N'
                CREATE TRIGGER TR_AuditEntries_AppendOnly ON AuditEntries AFTER UPDATE, DELETE AS
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

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS TR_AuditEntries_AppendOnly;");
        }
    }
}
