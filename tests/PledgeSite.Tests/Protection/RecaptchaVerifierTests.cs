using System.Net;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PledgeSite.Web.Infrastructure;

namespace PledgeSite.Tests.Protection;

public class RecaptchaVerifierTests
{
    private sealed class FakeGoogle(Func<HttpRequestMessage, HttpResponseMessage> answer) : HttpMessageHandler
    {
        public List<string> Bodies { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            return answer(request);
        }
    }

    private static HttpResponseMessage Json(string json) =>
        new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    private static (RecaptchaVerifier Verifier, FakeGoogle Google) Create(Func<HttpRequestMessage, HttpResponseMessage> answer, bool keys = true)
    {
        var google = new FakeGoogle(answer);
        var options = Options.Create(new RecaptchaOptions { SiteKey = keys ? "site" : null, SecretKey = keys ? "secret" : null, MinimumScore = 0.5 });
        return (new RecaptchaVerifier(new HttpClient(google), options, NullLogger<RecaptchaVerifier>.Instance), google);
    }

    [Fact]
    public async Task Without_keys_it_is_off_and_never_calls_Google()
    {
        var (verifier, google) = Create(_ => throw new InvalidOperationException("should not be called"), keys: false);

        Assert.False(verifier.Enabled);
        Assert.True(await verifier.VerifyAsync(null, "pledge", null, TestContext.Current.CancellationToken));
        Assert.Empty(google.Bodies);
    }

    [Fact]
    public async Task A_good_score_for_the_expected_action_passes_and_sends_the_secret_and_token()
    {
        var (verifier, google) = Create(_ => Json("""{"success":true,"score":0.9,"action":"pledge"}"""));

        Assert.True(await verifier.VerifyAsync("token-123", "pledge", "203.0.113.9", TestContext.Current.CancellationToken));
        Assert.Contains("secret=secret", google.Bodies.Single(), StringComparison.Ordinal);
        Assert.Contains("response=token-123", google.Bodies.Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"success":true,"score":0.3,"action":"pledge"}""")]
    [InlineData("""{"success":true,"score":0.9,"action":"nominate"}""")]
    [InlineData("""{"success":false,"score":0.9,"action":"pledge"}""")]
    [InlineData("not json")]
    public async Task Low_score_wrong_action_failure_or_garbage_is_refused(string answer)
    {
        var (verifier, _) = Create(_ => Json(answer));

        Assert.False(await verifier.VerifyAsync("token", "pledge", null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task HTTP_errors_and_an_unreachable_Google_are_refused()
    {
        var (serverError, _) = Create(_ => new HttpResponseMessage(HttpStatusCode.InternalServerError));
        var (unreachable, _) = Create(_ => throw new HttpRequestException("connection refused"));

        Assert.False(await serverError.VerifyAsync("token", "pledge", null, TestContext.Current.CancellationToken));
        Assert.False(await unreachable.VerifyAsync("token", "pledge", null, TestContext.Current.CancellationToken));
        Assert.False(await unreachable.VerifyAsync("", "pledge", null, TestContext.Current.CancellationToken));
    }
}
