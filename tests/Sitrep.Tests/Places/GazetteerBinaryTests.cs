using System.IO.Compression;
using Sitrep.Places;

namespace Sitrep.Tests.Places;

public sealed class GazetteerBinaryTests
{
    [Fact]
    public void Committed_binary_gazetteer_is_the_pack_of_the_text_gazetteer_and_the_overrides()
    {
        // Fails when place-overrides.tsv or gazetteer.tsv.gz changed without `sitrep gazetteer pack`.
        var data = DataFolder();
        using var source = File.OpenRead(Path.Combine(data, "gazetteer.tsv.gz"));
        var overrides = Overrides.Read(File.ReadLines(Path.Combine(data, "place-overrides.tsv")));
        var expected = GazetteerBinary.Payload(GazetteerSource.Read(source, overrides));
        using var packed = new GZipStream(File.OpenRead(Path.Combine(data, "gazetteer.bin")), CompressionMode.Decompress);
        using var actual = new MemoryStream();
        packed.CopyTo(actual);
        Assert.True(expected.AsSpan().SequenceEqual(actual.ToArray()), "gazetteer.bin is stale: run `./sitrep gazetteer pack`");
    }

    [Fact]
    public void Binary_gazetteer_keeps_names_kinds_codes_and_coordinates()
    {
        var gazetteer = Gazetteer.Shared;
        var konotop = gazetteer.Lookup("konotop").ToArray().Select(h => gazetteer.Entries[h.Entry]).Single(e => e.GeonamesId == 705135);
        Assert.Equal(("UA", "UA.21", "PPLA2"), (konotop.Country, konotop.Admin1Code, konotop.FeatureCode));
        Assert.InRange(konotop.Lat, 51.2, 51.3);
        Assert.Equal("Sumy Oblast", gazetteer.Admin1("UA.21")!.Name);
        Assert.Equal("UA", gazetteer.Admin1("UA.11")!.Country); // Crimea: the override is packed in
        Assert.Contains(gazetteer.Lookup("kharkov").ToArray(), h => gazetteer.Entries[h.Entry].Name == "Kharkiv");
        Assert.Equal("RU", gazetteer.DemonymCountry("russians"));
        Assert.True(gazetteer.StartsAnyCaseName("high"));
        Assert.False(gazetteer.Contains("qwxzvillehamlet"));
        Assert.Contains(gazetteer.Districts("sumy").ToArray(), d => gazetteer.Entries[d].Name == "Sumskyi Raion");
    }

    [Fact]
    public void Key_index_finds_every_key_and_nothing_else()
    {
        string[] keys = ["kyiv", "kharkiv", "sumy oblast", "a"];
        int[] keyStarts = [0, 4, 11, 22, 23], postings = [1, 2, 3, 4, 5], postingStarts = [0, 1, 3, 3, 5];
        var index = new KeyIndex(System.Text.Encoding.UTF8.GetBytes(string.Concat(keys)), keyStarts, postings, postingStarts);
        Assert.Equal([1], index.Get("kyiv").ToArray());
        Assert.Equal([2, 3], index.Get("kharkiv").ToArray());
        Assert.Empty(index.Get("sumy oblast").ToArray());
        Assert.Equal(2, index.Find("sumy oblast"));
        Assert.Equal([4, 5], index.Get("a").ToArray());
        Assert.Equal(-1, index.Find("kyi"));
        Assert.Equal(-1, index.Find(""));
    }

    [Fact]
    public void Key_index_of_many_keys_finds_each_and_refuses_near_misses()
    {
        // Enough keys for many shared slots and tags: a tag that hid a key, or let a different key through, fails.
        var keys = Enumerable.Range(0, 20_000).Select(i => $"place {i}").ToArray();
        var utf8 = System.Text.Encoding.UTF8.GetBytes(string.Concat(keys));
        var keyStarts = new int[keys.Length + 1];
        for (var k = 0; k < keys.Length; k++)
        {
            keyStarts[k + 1] = keyStarts[k] + keys[k].Length;
        }

        var index = new KeyIndex(utf8, keyStarts, Enumerable.Range(0, keys.Length).ToArray(), keyStarts.Select((_, k) => k).ToArray());
        Assert.All(Enumerable.Range(0, keys.Length), k => Assert.Equal(k, index.Find(keys[k])));
        Assert.All(Enumerable.Range(20_000, 5_000), i => Assert.Equal(-1, index.Find($"place {i}")));
        Assert.Equal(-1, index.Find("place "));
    }

    [Fact]
    public void A_truncated_or_overlong_binary_is_refused_with_its_reason()
    {
        using var packed = new GZipStream(File.OpenRead(Path.Combine(DataFolder(), "gazetteer.bin")), CompressionMode.Decompress);
        using var payload = new MemoryStream();
        packed.CopyTo(payload);
        var bytes = payload.ToArray();
        var stopWords = System.Collections.Frozen.FrozenSet<string>.Empty;

        var truncated = Assert.Throws<InvalidDataException>(() => GazetteerBinary.Read(Gzip(bytes[..(bytes.Length / 2)]), stopWords));
        var overlong = Assert.Throws<InvalidDataException>(() => GazetteerBinary.Read(Gzip([.. bytes[..12], .. BitConverter.GetBytes(bytes.Length + 4), .. bytes[16..]]), stopWords));

        Assert.Contains("truncated", truncated.Message, StringComparison.Ordinal);
        Assert.Contains("header announces", overlong.Message, StringComparison.Ordinal);
        Assert.Equal(Gazetteer.Shared.Entries.Count, GazetteerBinary.Read(Gzip(bytes), stopWords).Entries.Count);
    }

    private static MemoryStream Gzip(byte[] bytes)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        output.Position = 0;
        return output;
    }

    private static string DataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Sitrep", "Places", "Data");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("src/Sitrep/Places/Data not found above the test folder");
    }
}
