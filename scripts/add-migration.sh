#!/usr/bin/env bash
# Adds a migration with the same name for both database providers: scripts/add-migration.sh NAME
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh NAME}
dotnet tool restore >/dev/null
dotnet build src/PledgeSite.Web -v q -nologo
dotnet ef migrations add "$name" --no-build --project src/PledgeSite.Migrations.Sqlite --startup-project src/PledgeSite.Web -- --Database:Provider Sqlite
dotnet ef migrations add "$name" --no-build --project src/PledgeSite.Migrations.SqlServer --startup-project src/PledgeSite.Web -- --Database:Provider SqlServer --ConnectionStrings:SqlServer "Server=localhost;Database=PledgeSite;Trusted_Connection=True;TrustServerCertificate=True"
