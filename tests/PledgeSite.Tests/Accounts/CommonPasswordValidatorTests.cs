using PledgeSite.Core.Accounts;

namespace PledgeSite.Tests.Accounts;

public class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password1234")]
    [InlineData("Password123456!")]
    [InlineData("qwertyuiop123")]
    [InlineData("123456789012")]
    [InlineData("aaaaaaaaaaaa")]
    [InlineData("Welcome2026!!")]
    [InlineData("towerhamlets2026")]
    public void Common_passwords_and_common_words_padded_with_digits_are_refused(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("purple elephant dancing")]
    [InlineData("saffron kettle meadow bridge")]
    [InlineData("Xq7!vR2#mK9@")]
    public void Uncommon_passwords_are_accepted(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password));

    [Fact]
    public void A_password_made_of_the_users_own_email_or_name_is_refused()
    {
        Assert.True(CommonPasswordValidator.IsCommon("shahana.begum@example.org", "shahana.begum@example.org"));
        Assert.True(CommonPasswordValidator.IsCommon("ShahanaBegum2026", null, "Shahana Begum"));
    }
}
