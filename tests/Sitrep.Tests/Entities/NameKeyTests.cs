using Sitrep.Entities.Resolution;

namespace Sitrep.Tests.Entities;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Zelenskyy", "Zelensky")]
    [InlineData("Zelenskiy", "Zelensky")]
    [InlineData("Sergey", "Sergei")]
    [InlineData("Syrskyi", "Syrsky")]
    [InlineData("Kristoffersen", "Kristofersen")]
    public void Transliteration_variants_share_a_key(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Lavrov", "Lavrova")]
    [InlineData("Sergey", "Sergiy")]
    public void Different_names_keep_different_keys(string a, string b) => Assert.NotEqual(NameKey.Of(a), NameKey.Of(b));
}
