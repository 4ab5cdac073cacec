using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.ActionPlan;

/// <summary>One validated change from a bulk update file.</summary>
public sealed record BulkChange(int Line, int ActionId, string Reference, string? PreviousProgressUpdate, string? ProgressUpdate, RagRating PreviousRag, RagRating Rag);

public sealed record BulkLineError(int Line, string Message);

public sealed record BulkReading(IReadOnlyList<BulkChange> Changes, IReadOnlyList<BulkLineError> Errors, int Unchanged);

/// <summary>
/// Reads a CSV or TSV of progress updates: a header row with <c>reference</c> ("R1.A-2", as in the downloads),
/// <c>progress_update</c> and/or <c>rag</c>; other columns are ignored. A blank cell leaves that field as it is.
/// Every line is checked; the caller applies nothing when any line has an error.
/// </summary>
public sealed class BulkUpdateFile(PledgeDbContext db)
{
    public const int MaxProgressLength = 4000;

    public async Task<BulkReading> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var text = await reader.ReadToEndAsync(cancellationToken);
        var firstLine = text.Split('\n', 2)[0];
        var separator = fileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || firstLine.Contains('\t') ? '\t' : ',';
        var options = new CsvReaderOptions { Separator = separator, TrackLineNumbers = true, TrimWhitespace = true };
        var errors = new List<BulkLineError>();
        var changes = new List<BulkChange>();
        var unchanged = 0;
        var actions = await db.Set<PlanAction>().AsNoTracking().Include(a => a.Recommendation).ToListAsync(cancellationToken);
        var byReference = actions.ToDictionary(a => a.Reference, StringComparer.OrdinalIgnoreCase);
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);

        using var csv = CsvReader.Create(new StringReader(text), options);
        await csv.ReadHeaderAsync(cancellationToken);
        var header = csv.Headers.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_')).ToList();
        if (header.Count == 0)
            return new([], [new(1, "The file is empty. It needs a header row with reference, progress_update and rag.")], 0);
        var hasProgress = header.Contains("progress_update");
        var hasRag = header.Contains("rag");
        if (!header.Contains("reference") || (!hasProgress && !hasRag))
            return new([], [new(1, "The header row must name a reference column and a progress_update or rag column.")], 0);
        string? Field(string name) => header.IndexOf(name) is var i and >= 0 && i < csv.FieldCount ? csv.GetString(i).Trim() : null;

        while (await csv.ReadAsync(cancellationToken))
        {
            var line = checked((int)csv.LineNumber);
            var reference = Field("reference") ?? "";
            var progress = Field("progress_update");
            var ragText = Field("rag");
            if (reference.Length == 0 && string.IsNullOrEmpty(progress) && string.IsNullOrEmpty(ragText)) continue;
            if (reference.Length == 0) { errors.Add(new(line, "Enter the action's reference, for example R1.A-2.")); continue; }
            if (!byReference.TryGetValue(reference, out var action)) { errors.Add(new(line, $"There is no action {reference} in the plan.")); continue; }
            if (seen.TryGetValue(reference, out var earlier)) { errors.Add(new(line, $"{reference} is already updated on line {earlier}.")); continue; }
            seen[reference] = line;
            var rag = action.Rag;
            if (!string.IsNullOrEmpty(ragText))
            {
                if (ActionPlanImport.ParseRag(ragText) is { } parsed) rag = parsed;
                else { errors.Add(new(line, $"RAG rating '{ragText}' is not one of Red, Amber, Green, Complete or Not rated.")); continue; }
            }
            var newProgress = string.IsNullOrEmpty(progress) ? action.ProgressUpdate : progress;
            if (newProgress?.Length > MaxProgressLength) { errors.Add(new(line, $"The progress update must be {MaxProgressLength} characters or fewer.")); continue; }
            if (newProgress == action.ProgressUpdate && rag == action.Rag) { unchanged++; continue; }
            changes.Add(new BulkChange(line, action.Id, action.Reference, action.ProgressUpdate, newProgress, action.Rag, rag));
        }
        if (changes.Count == 0 && errors.Count == 0 && unchanged == 0)
            errors.Add(new(1, "The file has no rows after the header."));
        return new BulkReading(changes, errors, unchanged);
    }
}
