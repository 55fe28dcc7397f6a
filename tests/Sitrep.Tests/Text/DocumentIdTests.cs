using Sitrep.Text;

namespace Sitrep.Tests.Text;

public sealed class DocumentIdTests
{
    [Fact]
    public void Windows_and_unix_line_ends_give_one_id()
    {
        Assert.Equal(DocumentId.Of("a\nb"), DocumentId.Of("a\r\nb"));
    }

    [Fact]
    public void Composed_and_decomposed_accents_give_one_id()
    {
        Assert.Equal(DocumentId.Of("Kyi\u0308v"), DocumentId.Of("Ky\u00efv"));
    }

    [Fact]
    public void Different_texts_give_different_ids()
    {
        Assert.NotEqual(DocumentId.Of("a"), DocumentId.Of("b"));
    }

    [Fact]
    public void Ids_are_sha256_in_lower_case_hex()
    {
        Assert.Equal("sha256:ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb", DocumentId.Of("a"));
    }
}
