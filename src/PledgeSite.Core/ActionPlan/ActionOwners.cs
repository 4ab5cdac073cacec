using System.Text;
using Microsoft.EntityFrameworkCore;
using PledgeSite.Core.Data;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.ActionPlan;

/// <summary>
/// The one list of action owners. The seed files spell some owners more than one way ("Children &amp; Families
/// Executive" and "Children and Families Executive", "Somen Banerjee , Director ..."), share some actions between
/// owners ("Health &amp; Wellbeing Board / Tower Hamlets Together") and cut one short ("... Marketing/ Sharon"); this
/// reads each wording into the owners it names, merging the variants, so filtering by an owner finds all its actions.
/// </summary>
public sealed class ActionOwners(PledgeDbContext db)
{
    /// <summary>The owners' names in a seed wording, tidied (spaces before commas, runs of spaces), shared owners split at "/".</summary>
    public static IReadOnlyList<string> Split(string? wording) =>
        (wording ?? "").Split('/').Select(Tidy).Where(p => p.Length > 0).ToList();

    /// <summary>What two spellings of one owner have in common: lower case, "&amp;" read as "and", punctuation and extra spaces dropped.</summary>
    public static string Key(string name)
    {
        var text = (name ?? "").ToLowerInvariant().Replace("&", " and ", StringComparison.Ordinal);
        var builder = new StringBuilder();
        foreach (var c in text) builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static string SlugOf(string name) => Key(name).Replace(' ', '-');

    /// <summary>
    /// Finds the owner a fragment names among <paramref name="owners"/>: the same key, or, for a lone first name
    /// ("Sharon"), the one owner whose name starts with it. Null when there is none (or more than one).
    /// </summary>
    public static ActionOwner? Match(string fragment, IEnumerable<ActionOwner> owners)
    {
        var key = Key(fragment);
        var list = owners.ToList();
        if (list.FirstOrDefault(o => Key(o.Name) == key) is { } same) return same;
        if (key.Length == 0 || key.Contains(' ', StringComparison.Ordinal)) return null;
        var starting = list.Where(o => Key(o.Name).StartsWith(key + " ", StringComparison.Ordinal)).ToList();
        return starting.Count == 1 ? starting[0] : null;
    }

    /// <summary>Every owner, by name.</summary>
    public Task<List<ActionOwner>> AllAsync(CancellationToken cancellationToken) =>
        db.Set<ActionOwner>().OrderBy(o => o.Name).ToListAsync(cancellationToken);

    /// <summary>
    /// Links each action that has an owner wording but no owners yet to the owners it names, adding owners to the list
    /// as needed: the most common spelling of each owner names it. Run after every import; links nothing twice. The caller saves.
    /// </summary>
    public async Task LinkAsync(IReadOnlyList<PlanAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var owners = await db.Set<ActionOwner>().ToListAsync(cancellationToken);
        var unlinked = actions.Where(a => a.Owners.Count == 0 && !string.IsNullOrWhiteSpace(a.Owner)).ToList();
        var fragments = unlinked.SelectMany(a => Split(a.Owner)).ToList();
        // Full names first, the most common spelling of each first; lone first names once every full name is known.
        foreach (var spelling in fragments.Where(f => Key(f).Contains(' ', StringComparison.Ordinal))
                     .GroupBy(f => f).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key))
        {
            if (Match(spelling, owners) is not null) continue;
            var owner = new ActionOwner { Name = spelling, Slug = SlugOf(spelling) };
            db.Add(owner);
            owners.Add(owner);
        }
        foreach (var action in unlinked)
        {
            foreach (var fragment in Split(action.Owner))
            {
                var owner = Match(fragment, owners);
                if (owner is null)
                {
                    owner = new ActionOwner { Name = fragment, Slug = SlugOf(fragment) };
                    db.Add(owner);
                    owners.Add(owner);
                }
                if (!action.Owners.Contains(owner)) action.Owners.Add(owner);
            }
        }
    }

    /// <summary>An owner by name, added to the list if no spelling of it is there yet (an editor typing a new owner). The caller saves.</summary>
    public async Task<ActionOwner> FindOrAddAsync(string name, CancellationToken cancellationToken)
    {
        var tidy = Tidy(name);
        var owners = await db.Set<ActionOwner>().ToListAsync(cancellationToken);
        var key = Key(tidy);
        if (owners.FirstOrDefault(o => Key(o.Name) == key) is { } existing) return existing;
        var owner = new ActionOwner { Name = tidy, Slug = SlugOf(tidy) };
        db.Add(owner);
        return owner;
    }

    private static string Tidy(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace(" ,", ",", StringComparison.Ordinal).Trim();
}
