using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace PledgeSite.Web.Infrastructure;

/// <summary>Configuration section "Recaptcha". reCAPTCHA v3 is on only when both keys are set.</summary>
public sealed class RecaptchaOptions
{
    public const string Section = "Recaptcha";
    public string? SiteKey { get; set; }
    public string? SecretKey { get; set; }
    public double MinimumScore { get; set; } = 0.5;
    public Uri VerifyUrl { get; set; } = new("https://www.google.com/recaptcha/api/siteverify");
    public bool Enabled => !string.IsNullOrWhiteSpace(SiteKey) && !string.IsNullOrWhiteSpace(SecretKey);
}

/// <summary>Checks a reCAPTCHA v3 token with Google's siteverify endpoint over HttpClient.</summary>
public sealed class RecaptchaVerifier(HttpClient http, IOptions<RecaptchaOptions> options, ILogger<RecaptchaVerifier> logger)
{
    public bool Enabled => options.Value.Enabled;

    /// <summary>True when reCAPTCHA is off, or the token is valid for this action with a good enough score.</summary>
    public async Task<bool> VerifyAsync(string? token, string expectedAction, string? remoteIp, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled) return true;
        if (string.IsNullOrWhiteSpace(token)) return false;
        var form = new Dictionary<string, string> { ["secret"] = settings.SecretKey!, ["response"] = token };
        if (remoteIp is not null) form["remoteip"] = remoteIp;
        try
        {
            using var content = new FormUrlEncodedContent(form);
            using var response = await http.PostAsync(settings.VerifyUrl, content, cancellationToken);
            if (!response.IsSuccessStatusCode) return false;
            var result = await response.Content.ReadFromJsonAsync<SiteVerifyResponse>(cancellationToken);
            return result is { Success: true }
                && result.Score >= settings.MinimumScore
                && string.Equals(result.Action, expectedAction, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            // Google unreachable: fail closed for this submission, and say so in the log.
            logger.LogWarning(ex, "reCAPTCHA verification failed to complete");
            return false;
        }
    }

    private sealed class SiteVerifyResponse
    {
        [JsonPropertyName("success")] public bool Success { get; set; }
        [JsonPropertyName("score")] public double Score { get; set; }
        [JsonPropertyName("action")] public string? Action { get; set; }
    }
}
