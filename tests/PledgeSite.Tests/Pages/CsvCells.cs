namespace PledgeSite.Tests.Pages;

/// <summary>Reads a CSV download (RFC 4180) into cells, and checks no cell would be run by a spreadsheet as a formula.</summary>
public static class CsvCells
{
    /// <summary>What a spreadsheet reads as the start of a formula (OWASP "CSV injection").</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.TrimStart('\uFEFF');
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\n') { fields.Add(field.ToString()); field.Clear(); rows.Add([.. fields]); fields.Clear(); }
            else if (c != '\r') field.Append(c);
        }
        if (field.Length > 0 || fields.Count > 0) { fields.Add(field.ToString()); rows.Add([.. fields]); }
        return rows;
    }

    /// <summary>Fails naming every cell that starts like a formula.</summary>
    public static void AssertNoFormula(IEnumerable<string[]> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var formulas = rows.SelectMany((row, r) => row.Select((cell, c) => (r, c, cell)))
            .Where(x => x.cell.Length > 0 && FormulaStarts.Contains(x.cell[0])).Select(x => $"row {x.r} column {x.c}: {x.cell}").ToList();
        Assert.True(formulas.Count == 0, "Cells a spreadsheet would run as formulas:\n" + string.Join("\n", formulas));
    }
}
