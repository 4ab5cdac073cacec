using System.Reflection;
using Microsoft.AspNetCore.Identity;
using PledgeSite.Core.Entities;

namespace PledgeSite.Core.Accounts;

/// <summary>
/// Refuses passwords that appear on a list of commonly used passwords (shipped as an embedded resource),
/// common words padded with digits or symbols ("Password123456!"), one character repeated, or the
/// user's own email address or name.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password)) return Task.FromResult(IdentityResult.Success);
        return Task.FromResult(IsCommon(password, user.Email, user.DisplayName)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "CommonPassword",
                Description = "Choose a password that is harder to guess. This one is too common or too close to your name or email address",
            })
            : IdentityResult.Success);
    }

    public static bool IsCommon(string password, string? email = null, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        if (lower.Distinct().Count() <= 2) return true;
        var list = Common.Value;
        if (list.Contains(lower)) return true;
        // Strip what people pad a common word with, then check what is left.
        var core = new string(lower.Where(char.IsLetter).ToArray());
        if (core.Length == 0 || list.Contains(core)) return true;
        var compact = new string(lower.Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (list.Contains(compact)) return true;
        if (!string.IsNullOrWhiteSpace(email))
        {
            var local = email.Split('@')[0].ToLowerInvariant();
            if (local.Length >= 4 && (lower.Contains(email.ToLowerInvariant(), StringComparison.Ordinal) || core == new string(local.Where(char.IsLetter).ToArray())))
                return true;
        }
        if (!string.IsNullOrWhiteSpace(name))
        {
            var nameLetters = new string(name.ToLowerInvariant().Where(char.IsLetter).ToArray());
            if (nameLetters.Length >= 4 && core == nameLetters) return true;
        }
        return false;
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("PledgeSite.Core.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the assembly");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length == 0 || entry.StartsWith('#')) continue;
            set.Add(entry.ToLowerInvariant());
        }
        return set;
    }
}
